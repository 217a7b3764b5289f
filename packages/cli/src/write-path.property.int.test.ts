import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BodyEvent, bodyDecider } from '@politburo/core';
import { openBodies, startServer } from '@politburo/server';
import { openStore } from '@politburo/store';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixture, ROLE_MEMBERS } from '../../server/src/test-support/fixture-body.ts';
import { runCli } from './run-cli.ts';

/**
 * Random command sequences through the two edges that write — the HTTP API (as any
 * role, allowed or not) and the CLI (in-process, on the same SQLite file the server
 * serves) — and after every step: no 5xx and no "internal" exit; the server's folded
 * state of the body equals a fresh replay of its log and the state another process
 * would fold; and the server lists exactly the bodies the CLI lists.
 */
const ROLES = ['leader', 'deputy', 'member', 'candidate', 'secretariat', 'observer', 'external', 'anonymous'] as const;
type Role = (typeof ROLES)[number];
const B = 'prop';
const item = fc.integer({ min: 1, max: 4 }).map((n) => `it-${n}`);
// Mostly those who may act, so that sequences get somewhere; everyone now and then.
const role = fc.oneof({ weight: 3, arbitrary: fc.constantFrom<Role>('deputy', 'secretariat', 'leader', 'member') }, { weight: 1, arbitrary: fc.constantFrom(...ROLES) });
const member = fc.constantFrom(...Object.values(ROLE_MEMBERS), 'voroshilov', 'nobody', '__proto__');

type Step =
  | { edge: 'http'; role: Role; method: string; path: string; body?: unknown }
  | { edge: 'cli'; args: (db: string, n: number) => string[] };

const httpStep: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ role, id: item }).map(({ role, id }) => ({ edge: 'http' as const, role, method: 'POST', path: '/items', body: { itemId: id, title: `Item ${id}` } })),
  fc.record({ role, id: item }).map(({ role, id }) => ({ edge: 'http' as const, role, method: 'POST', path: `/items/${id}/poll`, body: { deadline: '1934-09-03T10:00' } })),
  fc
    .record({ role, id: item, vote: fc.constantFrom('for', 'against', 'abstain') })
    .map(({ role, id, vote }) => ({ edge: 'http' as const, role, method: 'POST', path: `/items/${id}/votes`, body: { vote } })),
  fc.record({ role, id: item }).map(({ role, id }) => ({ edge: 'http' as const, role, method: 'POST', path: `/items/${id}/close`, body: {} })),
  fc.record({ role, id: item }).map(({ role, id }) => ({ edge: 'http' as const, role, method: 'POST', path: `/items/${id}/register`, body: {} })),
  fc.record({ role, to: member, id: item }).map(({ role, to, id }) => ({
    edge: 'http' as const,
    role,
    method: 'POST',
    path: '/messages',
    body: { kind: 'telegram', toIds: [to], itemIds: [id], summary: `About ${id}` },
  })),
  fc.record({ role, minutes: fc.integer({ min: 1, max: 3000 }) }).map(({ role, minutes }) => ({ edge: 'http' as const, role, method: 'POST', path: '/clock/step', body: { minutes } })),
  fc.record({ role, m: member, u: fc.constantFrom('u1', 'u2', 'deputy') }).map(({ role, m, u }) => ({
    edge: 'http' as const,
    role,
    method: 'POST',
    path: '/accounts',
    body: { username: u, password: 'long-enough', memberId: m },
  })),
);
const cliStep: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ m: member, u: fc.constantFrom('c1', 'c2', 'leader') }).map(({ m, u }) => ({
    edge: 'cli' as const,
    args: (db: string) => ['account', '--db', db, '--body', B, '--member', m, '--username', u, '--password', 'long-enough'],
  })),
  fc.constantFrom<Step>({ edge: 'cli', args: (db, n) => ['init', '--db', db, '--body', `new-${n % 3}`, '--name', 'New body'] }),
);

describe('one write path, property: HTTP and CLI in any order agree with a fresh replay of the log', () => {
  let dir: string;
  let db: string;
  let server: Awaited<ReturnType<typeof startServer>>;
  let as: Awaited<ReturnType<typeof makeFixture>>['as'];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'politburo-prop-'));
    db = join(dir, 'prop.db');
    server = await startServer({ port: 0, databaseUrl: db, demo: false, webRoot: false, schedulerIntervalMs: 3_600_000 });
    as = (await makeFixture(server.url, B)).as;
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('after every step: no 5xx, no internal exit, folded state = replay = another process, same body list', async () => {
    let n = 0;
    let refused = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof({ weight: 4, arbitrary: httpStep }, { weight: 1, arbitrary: cliStep }), { minLength: 1, maxLength: 12 }), async (steps) => {
        for (const step of steps) {
          n++;
          if (step.edge === 'http') {
            const res = await as[step.role].raw(step.method, `/api/bodies/${B}${step.path}`, step.body);
            const text = await res.text();
            expect(res.status, `${step.method} ${step.path} as ${step.role}: ${text}`).toBeLessThan(500);
            expect(text).not.toMatch(/\n\s+at /);
            if (res.status < 300) accepted++;
            else refused++;
          } else {
            const r = await runCli(step.args(db, n));
            expect(r.exitCode, r.errorLines.join('\n')).not.toBe(1);
            if (r.exitCode === 0) accepted++;
            else refused++;
          }
          const entry = await server.services.repo.get(B);
          await server.services.repo.refresh(entry);
          const log = await server.services.store.read<BodyEvent>(`body-${B}`);
          const replayed = log.reduce((s, e) => bodyDecider.evolve(s, e.event), bodyDecider.initialState());
          expect(entry.version).toBe(log.length);
          expect(entry.state).toEqual(replayed);
          const other = await openStore(db);
          try {
            const bodies = await openBodies(other);
            const theirs = await bodies.get(B);
            expect(theirs.state).toEqual(entry.state);
            expect([...theirs.accounts.keys()].sort()).toEqual([...entry.accounts.keys()].sort());
            const listed = (await (await fetch(`${server.url}/api/bodies`)).json()) as { bodies: Array<{ id: string }> };
            expect(listed.bodies.map((b) => b.id).sort()).toEqual((await bodies.list()).map((l) => l.bodyId).sort());
            bodies.repo.stop();
          } finally {
            await other.close();
          }
        }
      }),
      { numRuns: Number(process.env.POLITBURO_PROPERTY_RUNS ?? 30), seed: Number(process.env.POLITBURO_PROPERTY_SEED ?? 1934) },
    );
    // The sequences exercised both outcomes, or the property proved little.
    expect(accepted, `${n} steps`).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(5);
  }, 240_000);
});
