import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore, verifyLog } from '@politburo/store';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFixture } from '../../server/src/test-support/fixture-body.ts';
import type { TestClient } from '../../server/src/test-support/http-client.ts';

/**
 * kill -9 in the middle of work (the reliability issue). An import is all or nothing;
 * a server keeps every write it acknowledged, without a gap; the hash chain verifies
 * after every crash. `POLITBURO_CRASH_TRIALS=100` for the long mode.
 */
const TRIALS = Number(process.env.POLITBURO_CRASH_TRIALS ?? 10);
const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const SERVE = fileURLToPath(new URL('../../server/src/test-support/serve-child.ts', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'politburo-crash-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const exits = new WeakMap<ChildProcess, Promise<number | null>>();
const node = (args: string[]): ChildProcess => {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  // Listened for at once: a child that finishes before the kill has still exited.
  exits.set(child, new Promise((resolve) => child.once('exit', (code) => resolve(code))));
  return child;
};
const exited = (child: ChildProcess) => exits.get(child)!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** A seeded spread of kill times, so every run tries the same moments. */
const moment = (trial: number, from: number, to: number) => from + ((trial * 7919) % 97) * ((to - from) / 97);

describe('kill -9', () => {
  it(`an import killed at ${TRIALS} moments leaves all of the body or none of it, and a log that verifies`, async () => {
    // The full import once, to know what "all" is.
    const full = join(work, 'full.db');
    expect(await exited(node([MAIN, 'import', '--scenario', '1934', '--db', full, '--body', 'b']))).toBe(0);
    const whole = await openStore(full);
    const events = await whole.version('body-b');
    await whole.close();
    let none = 0;
    let all = 0;
    for (let t = 0; t < TRIALS; t++) {
      const db = join(work, `import-${t}.db`);
      const child = node([MAIN, 'import', '--scenario', '1934', '--db', db, '--body', 'b']);
      await sleep(moment(t, 300, 2500));
      child.kill('SIGKILL');
      await exited(child);
      if (!existsSync(db)) {
        none++;
        continue;
      }
      const store = await openStore(db);
      try {
        const version = await store.version('body-b');
        expect([0, events], `trial ${t}`).toContain(version);
        if (version === 0) none++;
        else all++;
        const check = await verifyLog(store);
        expect(check.ok, `trial ${t}: ${JSON.stringify(check.problem)}`).toBe(true);
      } finally {
        await store.close();
      }
    }
    expect(none + all).toBe(TRIALS);
  }, 60_000 + TRIALS * 15_000);

  it(`a server killed under ${TRIALS} write storms keeps every acknowledged write, gapless, and verifies`, async () => {
    for (let t = 0; t < TRIALS; t++) {
      const db = join(work, `serve-${t}.db`);
      const child = node([SERVE, db]);
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout?.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /READY (\S+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.once('exit', () => reject(new Error(`server exited: ${out}`)));
      });
      const { as } = await makeFixture(url, 'crash');
      const acknowledged: string[] = [];
      let stop = false;
      const writer = async (w: number, client: TestClient) => {
        for (let i = 0; !stop; i++) {
          const itemId = `it-${w}-${i}`;
          try {
            const r = await client.raw('POST', '/api/bodies/crash/items', { itemId, title: `Item ${itemId}` });
            if (r.status === 201) acknowledged.push(itemId);
          } catch {
            return; // the connection died with the server
          }
        }
      };
      const writers = [as.deputy, as.leader, as.member, as.secretariat, as.candidate].map((c, w) => writer(w, c));
      await sleep(moment(t, 100, 1500));
      child.kill('SIGKILL');
      await exited(child);
      stop = true;
      await Promise.all(writers);
      const store = await openStore(db);
      try {
        const items = new Set(
          (await store.read<{ type: string; item?: { id: string } }>('body-crash')).flatMap((e) => (e.event.type === 'ItemProposed' && e.event.item ? [e.event.item.id] : [])),
        );
        for (const id of acknowledged) expect(items.has(id), `trial ${t}: acknowledged ${id} lost`).toBe(true);
        const check = await verifyLog(store);
        expect(check.ok, `trial ${t}: ${JSON.stringify(check.problem)}`).toBe(true);
      } finally {
        await store.close();
      }
    }
  }, 60_000 + TRIALS * 20_000);
});
