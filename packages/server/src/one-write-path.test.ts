import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRecord } from '@politburo/record';
import { openStore } from '@politburo/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBodies } from './services.ts';
import { startServer } from './start-server.ts';
import { makeFixture, ROLE_MEMBERS } from './test-support/fixture-body.ts';
import { TestClient } from './test-support/http-client.ts';
import { pdfText } from './test-support/pdf-text.ts';
import { startTestServer } from './test-support/test-server.ts';

type Srv = Awaited<ReturnType<typeof startTestServer>>;
const TINY = fileURLToPath(new URL('../../../examples/tiny-record', import.meta.url));

/**
 * The engine issue's defects, each as it was reproduced, and the rule behind them:
 * every write takes the one path (deciders, one handler, metadata); nothing reaches
 * the log around it.
 */
describe('one write path', () => {
  let srv: Srv;
  const B = 'owp';
  let as: Awaited<ReturnType<typeof makeFixture>>['as'];

  beforeAll(async () => {
    srv = await startTestServer({ demo: false, schedulerIntervalMs: 3_600_000 });
    as = (await makeFixture(srv.url, B)).as;
  });
  afterAll(async () => srv?.stopAndClean());

  it('defect 1: a record whose meta.json carries a "politburoServer" event smuggles nothing past the core', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'politburo-smuggle-'));
    try {
      cpSync(TINY, join(dir, 'rec'), { recursive: true });
      const metaFile = join(dir, 'rec', 'meta.json');
      const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Record<string, unknown>;
      const forged = { type: 'DecisionRegistered', historical: false, at: '1934-08-01T10:00', decision: { id: 'smuggled', protocolNo: 99, itemNo: 1, date: '1934-08-01', mode: 'poll', title: 'Never decided', restricted: false } };
      writeFileSync(metaFile, JSON.stringify({ ...meta, politburoServer: forged }));
      const record = await readRecord(join(dir, 'rec'));
      const file = join(dir, 'smuggle.db');
      const store = await openStore(file);
      const bodies = await openBodies(store);
      await bodies.importRecord(record, { bodyId: 'tiny' });
      bodies.repo.stop();
      await store.close();

      const served = await startServer({ port: 0, databaseUrl: file, demo: false, webRoot: false, schedulerIntervalMs: 3_600_000 });
      try {
        const anon = await new TestClient(served.url).ready();
        const list = await anon.json<{ bodies: Array<{ id: string }> }>('GET', '/api/bodies');
        expect(list.body.bodies.map((b) => b.id)).toEqual(['tiny']);
        const reg = await anon.json<{ total: number; items: Array<{ id: string }> }>('GET', '/api/bodies/tiny/decisions?pageSize=500');
        // What an anonymous reader may see of the record, no more: the special folder stays out.
        expect(reg.body.total).toBe(record.decisions.filter((d) => !d.restricted).length);
        expect(reg.body.total).toBeGreaterThan(0);
        expect(reg.body.items.map((d) => d.id)).not.toContain('smuggled');
        expect((await anon.json('GET', '/api/bodies/tiny/decisions/smuggled')).status).toBe(404);
      } finally {
        await served.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const restore = (backup: unknown, id: string) => as.secretariat.json<{ code: string; errors: Array<{ field: string; message: string }> }>('POST', '/api/bodies/restore', { id, backup });

  it('defect 2: a forged backup (an event about an item and a member that do not exist) is refused with a 4xx naming it, writes nothing, and the server stays healthy', async () => {
    const backup = (await as.secretariat.json<{ events: unknown[] }>('GET', `/api/bodies/${B}/backup`)).body;
    const n = backup.events.length;
    const forged = { ...backup, events: [...backup.events, { type: 'VoteCast', itemId: 'no-such-item', ballot: { memberId: 'nobody', vote: 'for', at: '1934-09-01T10:00' } }] };
    const r = await restore(forged, 'forged');
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('BAD_BACKUP');
    expect(r.body.errors[0]?.field).toBe(`backup.events.${n} (VoteCast)`);
    expect(r.body.errors[0]?.message).toMatch(/unknown item "no-such-item"/);
    const list = await as.anonymous.json<{ bodies: Array<{ id: string }> }>('GET', '/api/bodies');
    expect(list.status).toBe(200);
    expect(list.body.bodies.map((b) => b.id)).not.toContain('forged');
    expect((await as.anonymous.json('GET', '/api/bodies/forged')).status).toBe(404);
    expect((await as.anonymous.json('GET', `/api/bodies/${B}/decisions`)).status).toBe(200);
    expect(await srv.services.store.version('body-forged')).toBe(0);
  });

  it('refuses a truncated, a reordered, a mistyped and an unknown-field backup, each naming its first bad event', async () => {
    const backup = (await as.secretariat.json<{ events: Array<Record<string, unknown>> }>('GET', `/api/bodies/${B}/backup`)).body;
    const ev = backup.events;
    const truncated = await restore({ ...backup, events: ev.slice(1) }, 'truncated');
    expect(truncated.status).toBe(422);
    expect(truncated.body.errors[0]?.field).toBe('backup.events.0');
    const admitted = ev.findIndex((e) => e.type === 'MemberAdmitted' && (e.member as { id: string }).id === ROLE_MEMBERS.leader);
    const roleChange = { type: 'RoleChanged', memberId: ROLE_MEMBERS.leader, role: 'member', from: '1934-02-01', at: '1934-09-01T10:00' };
    const reordered = await restore({ ...backup, events: [...ev.slice(0, admitted), roleChange, ...ev.slice(admitted)] }, 'reordered');
    expect(reordered.status).toBe(422);
    expect(reordered.body.errors[0]?.field).toBe(`backup.events.${admitted} (RoleChanged)`);
    const mistyped = await restore({ ...backup, events: [...ev, { type: 'RoleChanged', role: 'member', from: '1934-08-01', at: '1934-09-01T10:00' }] }, 'mistyped');
    expect(mistyped.status).toBe(422);
    expect(mistyped.body.errors[0]?.field).toBe(`backup.events.${ev.length} (RoleChanged).memberId`);
    const extra = await restore({ ...backup, events: [{ ...ev[0], politburoServer: { type: 'ServerBodyListed' } }, ...ev.slice(1)] }, 'extra');
    expect(extra.status).toBe(422);
    const proto = await restore({ ...backup, events: [...ev, { type: 'MemberRetired', memberId: '__proto__', on: '1934-08-01', at: '1934-09-01T10:00' }] }, 'proto');
    expect(proto.status).toBe(422);
    for (const id of ['truncated', 'reordered', 'mistyped', 'extra', 'proto']) expect(await srv.services.store.version(`body-${id}`)).toBe(0);
    // The genuine backup still restores, accounts and clock included.
    const good = await restore(backup, 'good');
    expect(good.status).toBe(201);
    const again = await new TestClient(srv.url).login('good', 'deputy', 'password-deputy');
    expect((await again.json<{ mode: string }>('GET', '/api/bodies/good/clock')).body.mode).toBe('replay');
  });

  it('writes actor, real time, body time and request id into every event a request causes, and honours Idempotency-Key', async () => {
    const before = await srv.services.store.version(`body-${B}`);
    const send = () =>
      as.deputy.raw('POST', `/api/bodies/${B}/items`, { itemId: 'owp-item', title: 'On the metro' }, { 'x-request-id': 'req-owp-1', 'idempotency-key': 'owp-item-1' });
    const first = await send();
    expect(first.status).toBe(201);
    const again = await send();
    expect(again.status).toBe(201);
    expect(await srv.services.store.version(`body-${B}`)).toBe(before + 1);
    const [stored] = await srv.services.store.read(`body-${B}`, { fromVersion: before + 1 });
    expect(stored?.event.type).toBe('ItemProposed');
    expect(stored?.meta).toMatchObject({ actor: `member:${ROLE_MEMBERS.deputy}`, bodyTime: '1934-09-01T10:00', requestId: 'req-owp-1' });
    expect(Math.abs(Date.parse(stored?.meta.at ?? '') - Date.now())).toBeLessThan(60_000);
    // Every event of every stream the server wrote for this body carries the same four facts.
    for (const stream of [`body-${B}`, `srv-${B}`, `acct-${B}`, 'srv-index']) {
      for (const e of await srv.services.store.read(stream)) {
        expect(e.meta.actor, `${stream} v${e.version}`).toMatch(/^(system|member:[a-z]+|account:[a-z]+\/[a-z]+)$/);
        expect(e.meta.at, `${stream} v${e.version}`).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        expect(e.meta.requestId, `${stream} v${e.version}`).toBeTruthy();
        if (stream === `body-${B}`) expect(e.meta.bodyTime, `${stream} v${e.version}`).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
      }
    }
    const bad = await as.deputy.raw('POST', `/api/bodies/${B}/items`, { title: 'x' }, { 'idempotency-key': 'has spaces' });
    expect(bad.status).toBe(400);
  });

  it('the audit view reads who did what from the log, for the steering roles, as JSON and CSV', async () => {
    await as.deputy.raw('POST', `/api/bodies/${B}/items`, { itemId: 'audited', title: 'Audited item' }, { 'x-request-id': 'req-audit-1' });
    const r = await as.secretariat.json<{ rows: Array<{ actor: string; type: string; subject: string; requestId: string; bodyTime: string; stream: string }> }>('GET', `/api/bodies/${B}/audit?limit=5000`);
    expect(r.status).toBe(200);
    const row = r.body.rows.find((x) => x.subject === 'audited');
    expect(row).toMatchObject({ actor: `member:${ROLE_MEMBERS.deputy}`, type: 'ItemProposed', requestId: 'req-audit-1', stream: 'body' });
    expect(r.body.rows.some((x) => x.stream === 'accounts' && x.type === 'ServerAccountCreated')).toBe(true);
    expect(JSON.stringify(r.body)).not.toMatch(/"salt"|"hash"/);
    const csv = await as.secretariat.raw('GET', `/api/bodies/${B}/audit?format=csv&limit=5000`);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toBe('position,at,bodyTime,actor,requestId,stream,type,subject');
    expect(text).toMatch(/,member:kaganovich,req-audit-1,body,ItemProposed,audited/);
    expect((await as.member.json('GET', `/api/bodies/${B}/audit`)).status).toBe(403);
    expect((await as.observer.json('GET', `/api/bodies/${B}/audit`)).status).toBe(403);
  });

  it('GET /verify gives the steering roles the chain check, and no one else', async () => {
    const r = await as.secretariat.json<{ ok: boolean; events: number; head: { position: number } }>('GET', `/api/bodies/${B}/verify`);
    expect(r.status).toBe(200);
    expect(r.body.ok).toBe(true);
    expect(r.body.events).toBe(await srv.services.store.lastPosition());
    expect((await as.member.json('GET', `/api/bodies/${B}/verify`)).status).toBe(403);
    expect((await as.anonymous.json('GET', `/api/bodies/${B}/verify`)).status).toBe(401);
  });

  it('refuses an account for an unknown member or a taken username with a typed error, not a bug', async () => {
    const unknown = await as.secretariat.json<{ code: string }>('POST', `/api/bodies/${B}/accounts`, { username: 'ghost', password: 'long-enough', memberId: 'nobody' });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'UNKNOWN_MEMBER']);
    const taken = await as.secretariat.json<{ code: string }>('POST', `/api/bodies/${B}/accounts`, { username: 'deputy', password: 'long-enough', memberId: ROLE_MEMBERS.member });
    expect([taken.status, taken.body.code]).toEqual([409, 'USERNAME_TAKEN']);
  });
  it('the secretariat signs a closed protocol; verify checks the signature, and a changed decision breaks it', async () => {
    // A sitting that registers one decision, then closes: its protocol is closed.
    const m = await as.deputy.json<{ meeting: { id: string } }>('POST', `/api/bodies/${B}/meetings`, { date: '1934-09-01' });
    const meetingId = m.body.meeting?.id ?? (m.body as unknown as { id: string }).id;
    expect(m.status).toBe(201);
    const must = async (r: Promise<{ status: number; body: unknown }>) => {
      const done = await r;
      expect(done.status, JSON.stringify(done.body)).toBeLessThan(300);
    };
    await must(as.deputy.json('POST', `/api/bodies/${B}/meetings/${meetingId}/open`, { chairId: ROLE_MEMBERS.leader, attendees: [ROLE_MEMBERS.deputy, ROLE_MEMBERS.member, 'voroshilov', ROLE_MEMBERS.leader] }));
    await must(as.deputy.json('POST', `/api/bodies/${B}/items`, { itemId: 'signed-item', title: 'On the signed protocol' }));
    await must(as.deputy.json('POST', `/api/bodies/${B}/meetings/${meetingId}/agenda`, { itemId: 'signed-item' }));
    for (const who of ['deputy', 'member', 'leader'] as const) await must(as[who].json('POST', `/api/bodies/${B}/items/signed-item/votes`, { vote: 'for' }));
    await must(as.deputy.json('POST', `/api/bodies/${B}/items/signed-item/close`, {}));
    const reg = await as.deputy.json<{ protocolNo: number }>('POST', `/api/bodies/${B}/items/signed-item/register`, {});
    expect(reg.status, JSON.stringify(reg.body)).toBe(201);
    const no = reg.body.protocolNo;
    const early = await as.secretariat.json<{ code: string }>('POST', `/api/bodies/${B}/protocols/${no}/sign`);
    expect(early.body.code).toBe('PROTOCOL_OPEN');
    expect((await as.deputy.json('POST', `/api/bodies/${B}/meetings/${meetingId}/close`, {})).status).toBe(200);
    expect((await as.deputy.json('POST', `/api/bodies/${B}/protocols/${no}/sign`)).status).toBe(403);
    const signed = await as.secretariat.json<{ fingerprint: string; digest: string }>('POST', `/api/bodies/${B}/protocols/${no}/sign`);
    expect(signed.status).toBe(201);
    expect(signed.body.fingerprint).toMatch(/^[0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}$/);
    expect((await as.secretariat.json<{ code: string }>('POST', `/api/bodies/${B}/protocols/${no}/sign`)).body.code).toBe('PROTOCOL_SIGNED');
    expect((await as.anonymous.json<{ fingerprint: string }>('GET', `/api/bodies/${B}/protocols/${no}/signature`)).body.fingerprint).toBe(signed.body.fingerprint);
    const pdf = await as.member.raw('GET', `/api/bodies/${B}/protocols/${no}/export.pdf`);
    expect(await pdfText(new Uint8Array(await pdf.arrayBuffer()))).toContain(`Fingerprint: ${signed.body.fingerprint}`);
    const fine = await as.secretariat.json<{ ok: boolean; signatures: { checked: number; problems: unknown[] } }>('GET', `/api/bodies/${B}/verify`);
    expect([fine.body.ok, fine.body.signatures.checked, fine.body.signatures.problems]).toEqual([true, 1, []]);
  });

  // Last: it damages the body's log on purpose.
  it('a copy checks its source\'s links and records the head it was taken from; a tampered source is not copied', async () => {
    const copied = await as.secretariat.json<{ body: { id: string } }>('POST', `/api/bodies/${B}/copy`, { id: 'owp-copy' });
    expect(copied.status).toBe(201);
    const source = await srv.services.store.read(`body-${B}`);
    const last = source.at(-1)!;
    const [first] = await srv.services.store.read('body-owp-copy', { limit: 1 });
    expect(first?.meta.sourceHead).toEqual({ streamId: `body-${B}`, position: last.position, hash: last.hash });
    const { default: Database } = await import('better-sqlite3');
    const raw = new Database(srv.file);
    raw.prepare("UPDATE events SET data = REPLACE(data, 'Test body', 'Test bodY') WHERE stream_id = ? AND version = 1").run(`body-${B}`);
    raw.close();
    const refused = await as.secretariat.json<{ code: string }>('POST', `/api/bodies/${B}/copy`, { id: 'owp-copy-2' });
    expect(refused.body.code).toBe('CHAIN_BROKEN');
    expect(await srv.services.store.version('body-owp-copy-2')).toBe(0);
    const check = await as.secretariat.json<{ ok: boolean; problem: { position: number } }>('GET', `/api/bodies/${B}/verify`);
    expect(check.body.ok).toBe(false);
    expect(check.body.problem.position).toBe(source[0]!.position);
    // The signed protocol's decision edited in the file: a fresh fold no longer matches its signature.
    const edit = new Database(srv.file);
    edit.prepare("UPDATE events SET data = REPLACE(data, 'On the signed protocol', 'On the edited protocol') WHERE stream_id = ? AND type = 'DecisionRegistered'").run(`body-${B}`);
    edit.close();
    const other = await openStore(srv.file);
    const bodies = await openBodies(other);
    const fresh = await bodies.get(B);
    const { checkSignatures } = await import('./bodies/protocol-signing.ts');
    const sig = await checkSignatures(other, fresh.state.status === 'active' ? fresh.state.body : (undefined as never));
    expect(sig.problems.map((p) => p.message)).toEqual(['its decisions have changed since it was signed']);
    bodies.repo.stop();
    await other.close();
  });

});
