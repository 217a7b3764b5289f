import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from './test-support/http-client.ts';
import { startTestServer } from './test-support/test-server.ts';

type Srv = Awaited<ReturnType<typeof startTestServer>>;

const GROUPS = Number(process.env.CLASSROOM_GROUPS ?? 30);
const PER_GROUP = Number(process.env.CLASSROOM_STUDENTS ?? 10);
/** What one group may add to the server's heap: its as-of copy folded in memory, its logins, its class facts. */
const MB_PER_GROUP = 10;

// A full collection before each reading, so the figure is what stays, not what was allocated on the way.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const heapMb = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

/**
 * A class of 30 groups of 10 students, over HTTP: memory per group stays bounded, and
 * every student's action is there afterwards (none lost under concurrent writes).
 * Figures: bench/classroom.ts and bench/README.md.
 */
describe(`a class of ${GROUPS} groups × ${PER_GROUP} students over HTTP`, () => {
  let srv: Srv;
  let teacher: TestClient;
  let classId = '';
  let before = 0;

  beforeAll(async () => {
    srv = await startTestServer({ schedulerIntervalMs: 200 });
    teacher = await new TestClient(srv.url).ready();
    const t = await teacher.json<{ csrfToken: string }>('POST', '/api/teachers', { username: 'scale', password: 'scale-pass-1' });
    teacher.csrf = t.body.csrfToken;
    // the shipped scenarios are loaded and folded once whatever the class size
    await teacher.json('GET', '/api/bodies/1934/decisions?pageSize=1');
    before = heapMb();
  }, 120_000);
  afterAll(async () => srv?.stopAndClean());

  it('creates the groups, seats every student, and keeps each one\'s action', async () => {
    const made = await teacher.json<{ classId: string }>('POST', '/api/classes', { name: 'Scale', groups: GROUPS, asOf: '1934-07-30' });
    expect(made.status).toBe(201);
    classId = made.body.classId;
    const students: Array<{ client: TestClient; bodyId: string; memberId: string }> = [];
    for (let g = 1; g <= GROUPS; g++) {
      const joined = await Promise.all(
        Array.from({ length: PER_GROUP }, async () => {
          const client = await new TestClient(srv.url).ready();
          const r = await client.json<{ bodyId: string; memberId: string; csrfToken: string }>('POST', `/api/classes/${classId}/join`, { groupId: `g${g}` });
          expect(r.status, JSON.stringify(r.body)).toBe(201);
          client.csrf = r.body.csrfToken;
          return { client, bodyId: r.body.bodyId, memberId: r.body.memberId };
        }),
      );
      expect(new Set(joined.map((j) => j.memberId)).size).toBe(PER_GROUP);
      students.push(...joined);
    }
    expect((await teacher.json('POST', `/api/classes/${classId}/clock`, { action: 'start', speed: 60 })).status).toBe(200);
    const grown = heapMb() - before;
    console.info(`classroom scale: ${GROUPS} groups, ${students.length} students, heap +${grown.toFixed(0)} MB (${(grown / GROUPS).toFixed(1)} MB a group)`);
    expect(grown / GROUPS).toBeLessThan(MB_PER_GROUP);

    // every student proposes an item at once (10 writers a group): each one is kept
    const results = await Promise.all(students.map((s, i) => s.client.json('POST', `/api/bodies/${s.bodyId}/items`, { itemId: `scale-${i}`, title: `Scale item ${i}` })));
    expect(results.filter((r) => r.status !== 201).map((r) => r.body)).toEqual([]);
    const perBody = new Map<string, number>();
    for (const [i, s] of students.entries()) {
      const item = await teacher.json<{ title: string }>('GET', `/api/bodies/${s.bodyId}/items/scale-${i}`);
      expect(item.body.title).toBe(`Scale item ${i}`);
      perBody.set(s.bodyId, (perBody.get(s.bodyId) ?? 0) + 1);
    }
    expect([...perBody.values()]).toEqual(Array(GROUPS).fill(PER_GROUP));
    const debrief = await teacher.json<{ groups: unknown[] }>('GET', `/api/classes/${classId}/debrief`);
    expect(debrief.body.groups).toHaveLength(GROUPS);
  }, 900_000);
});
