/**
 * A class end to end over HTTP on this machine: a teacher creates a class of N groups (each
 * an as-of copy of 1934), S students a group join with the code, the class clock runs, and
 * every student proposes an item at once. Reports the time to make the class, join and
 * action latencies (median, 95th percentile), the server heap per group after a full
 * collection, and that no action was lost. Baseline in the same run: the heap with the
 * shipped scenarios alone.
 *
 *   npx tsx bench/classroom.ts [groups=30] [students=10]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { startServer } from '../packages/server/src/start-server.ts';
import { TestClient } from '../packages/server/src/test-support/http-client.ts';

const GROUPS = Number(process.argv[2] ?? 30);
const PER = Number(process.argv[3] ?? 10);
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(p * xs.length) - 1)]!;
const timed = async <T>(f: () => Promise<T>, into: number[]): Promise<T> => {
  const t = performance.now();
  const r = await f();
  into.push(performance.now() - t);
  return r;
};

const dir = mkdtempSync(join(tmpdir(), 'classroom-bench-'));
const srv = await startServer({ port: 0, databaseUrl: join(dir, 'bench.db'), webRoot: false, schedulerIntervalMs: 500 });
try {
  const teacher = await new TestClient(srv.url).ready();
  teacher.csrf = (await teacher.json<{ csrfToken: string }>('POST', '/api/teachers', { username: 'bench', password: 'bench-pass-1' })).body.csrfToken;
  await teacher.json('GET', '/api/bodies/1934/decisions?pageSize=1');
  const base = heap();
  const t0 = performance.now();
  const made = await teacher.json<{ classId: string }>('POST', '/api/classes', { name: 'Bench', groups: GROUPS, asOf: '1934-07-30' });
  const createS = (performance.now() - t0) / 1000;
  const joins: number[] = [];
  const students: Array<{ client: TestClient; bodyId: string }> = [];
  for (let g = 1; g <= GROUPS; g++) {
    students.push(
      ...(await Promise.all(
        Array.from({ length: PER }, async () => {
          const client = await new TestClient(srv.url).ready();
          const r = await timed(() => client.json<{ bodyId: string; csrfToken: string }>('POST', `/api/classes/${made.body.classId}/join`, { groupId: `g${g}` }), joins);
          client.csrf = r.body.csrfToken;
          return { client, bodyId: r.body.bodyId };
        }),
      )),
    );
  }
  await teacher.json('POST', `/api/classes/${made.body.classId}/clock`, { action: 'start', speed: 60 });
  const withClass = heap();
  const acts: number[] = [];
  const results = await Promise.all(students.map((s, i) => timed(() => s.client.json('POST', `/api/bodies/${s.bodyId}/items`, { itemId: `b-${i}`, title: `Bench item ${i}` }), acts)));
  let kept = 0;
  for (const [i, s] of students.entries()) if ((await teacher.json('GET', `/api/bodies/${s.bodyId}/items/b-${i}`)).status === 200) kept++;
  const reads: number[] = [];
  for (const s of students.slice(0, 50)) await timed(() => s.client.json('GET', `/api/bodies/${s.bodyId}/decisions?pageSize=50`), reads);
  const debriefMs: number[] = [];
  await timed(() => teacher.json('GET', `/api/classes/${made.body.classId}/debrief`), debriefMs);
  console.log(`class of ${GROUPS} groups × ${PER} students (SQLite, ${process.version})`);
  console.log(`  create the class           ${createS.toFixed(1)} s (${((createS * 1000) / GROUPS).toFixed(0)} ms a group)`);
  console.log(`  join                       median ${pct(joins, 0.5).toFixed(0)} ms, p95 ${pct(joins, 0.95).toFixed(0)} ms`);
  console.log(`  propose (all at once)      median ${pct(acts, 0.5).toFixed(0)} ms, p95 ${pct(acts, 0.95).toFixed(0)} ms; ${results.filter((r) => r.status === 201).length} accepted, ${kept} of ${students.length} kept`);
  console.log(`  register page read         median ${pct(reads, 0.5).toFixed(0)} ms, p95 ${pct(reads, 0.95).toFixed(0)} ms`);
  console.log(`  debrief (all groups)       ${debriefMs[0]!.toFixed(0)} ms`);
  console.log(`  heap: scenarios alone ${base.toFixed(0)} MB; with the class ${withClass.toFixed(0)} MB: ${((withClass - base) / GROUPS).toFixed(1)} MB a group; rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
} finally {
  await srv.close();
  rmSync(dir, { recursive: true, force: true });
}
