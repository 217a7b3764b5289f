import { eventHash } from '@politburo/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixture } from './test-support/fixture-body.ts';
import { startTestServer } from './test-support/test-server.ts';

type Srv = Awaited<ReturnType<typeof startTestServer>>;
interface Link {
  position: number;
  version: number;
  previousHash: string;
  hash: string;
  meta: Record<string, unknown>;
}
interface BackupJson {
  format: string;
  bodyId: string;
  events: Array<Record<string, unknown>>;
  accounts: Array<Record<string, unknown>>;
  chain: { events: Link[]; server: Link[]; accounts: Link[] };
}
type Problem = { code: string; detail: string; errors: Array<{ field: string; message: string }> };

/**
 * A backup carries each event's link in the source chain, and restore verifies the file
 * before it writes anything: an edited byte, a deleted, swapped or re-hashed event is
 * refused with a 4xx naming the first bad event, and no stream of the new body exists.
 */
describe('restore verifies the backup chain', () => {
  let srv: Srv;
  const B = 'rch';
  let as: Awaited<ReturnType<typeof makeFixture>>['as'];
  let backup: BackupJson;
  const clone = (): BackupJson => structuredClone(backup);
  const restore = (file: unknown, id: string) => as.secretariat.json<Problem & { id: string }>('POST', '/api/bodies/restore', { id, backup: file });
  const nothingWritten = async (id: string) => {
    for (const s of [`body-${id}`, `srv-${id}`, `acct-${id}`]) expect(await srv.services.store.version(s), s).toBe(0);
    expect((await as.anonymous.json('GET', `/api/bodies/${id}`)).status).toBe(404);
  };
  const indexOfItem = (itemId: string) => backup.events.findIndex((e) => e.type === 'ItemProposed' && (e.item as { id: string }).id === itemId);

  beforeAll(async () => {
    srv = await startTestServer({ demo: false, schedulerIntervalMs: 3_600_000 });
    as = (await makeFixture(srv.url, B)).as;
    for (const [id, title] of [
      ['chain-a', 'Chain item alpha'],
      ['chain-b', 'Chain item beta'],
      ['chain-c', 'Chain item gamma'],
    ]) {
      const r = await as.deputy.json('POST', `/api/bodies/${B}/items`, { itemId: id, title });
      expect(r.status).toBe(201);
    }
    const r = await as.secretariat.json<BackupJson>('GET', `/api/bodies/${B}/backup`);
    expect(r.status).toBe(200);
    backup = r.body;
  });
  afterAll(async () => srv?.stopAndClean());

  it('a backup gives each event of each stream its link', () => {
    expect(backup.format).toBe('politburo-backup/2');
    expect(backup.chain.events).toHaveLength(backup.events.length);
    expect(backup.chain.accounts).toHaveLength(backup.accounts.length);
    expect(backup.chain.events.map((l) => l.version)).toEqual(backup.events.map((_, i) => i + 1));
  });

  it('one byte edited in the file: refused, naming the event, nothing written', async () => {
    const text = JSON.stringify(backup);
    expect(text.split('Chain item beta')).toHaveLength(2);
    const r = await restore(JSON.parse(text.replace('Chain item beta', 'Chain item bEta')), 'edited');
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('BACKUP_CHAIN_BROKEN');
    expect(r.body.errors[0]?.field).toBe(`backup.events.${indexOfItem('chain-b')} (ItemProposed)`);
    expect(r.body.errors[0]?.message).toMatch(/hash does not match/);
    expect(JSON.stringify(r.body)).not.toMatch(/at .*\.ts:\d+/);
    await nothingWritten('edited');
  });

  it('an event deleted (with its link, or alone), or two swapped: refused, nothing written', async () => {
    const k = indexOfItem('chain-b');
    const deleted = clone();
    deleted.events.splice(k, 1);
    deleted.chain.events.splice(k, 1);
    const d = await restore(deleted, 'deleted');
    expect([d.status, d.body.code]).toEqual([422, 'BACKUP_CHAIN_BROKEN']);
    expect(d.body.errors[0]?.field).toBe(`backup.events.${k} (ItemProposed)`);
    expect(d.body.errors[0]?.message).toMatch(/version/);

    const alone = clone();
    alone.events.splice(k, 1);
    const a = await restore(alone, 'alone');
    expect([a.status, a.body.code, a.body.errors[0]?.field]).toEqual([422, 'BACKUP_CHAIN_BROKEN', 'backup.chain.events']);

    const j = indexOfItem('chain-a');
    const swapped = clone();
    [swapped.events[j], swapped.events[k]] = [swapped.events[k]!, swapped.events[j]!];
    [swapped.chain.events[j], swapped.chain.events[k]] = [swapped.chain.events[k]!, swapped.chain.events[j]!];
    const s = await restore(swapped, 'swapped');
    expect([s.status, s.body.code]).toEqual([422, 'BACKUP_CHAIN_BROKEN']);
    // Either of the two is the first bad one, depending on whether the log's order or the file's is read first.
    expect([`backup.events.${j} (ItemProposed)`, `backup.events.${k} (ItemProposed)`]).toContain(s.body.errors[0]?.field);

    const swappedEvents = clone();
    [swappedEvents.events[j], swappedEvents.events[k]] = [swappedEvents.events[k]!, swappedEvents.events[j]!];
    const se = await restore(swappedEvents, 'swapped-events');
    expect([se.status, se.body.code, se.body.errors[0]?.field]).toEqual([422, 'BACKUP_CHAIN_BROKEN', `backup.events.${j} (ItemProposed)`]);
    for (const id of ['deleted', 'alone', 'swapped', 'swapped-events']) await nothingWritten(id);
  });

  it('an event edited and its own hash recomputed: the event after it in the log no longer links; the last one: this database disagrees', async () => {
    const rehash = (b: BackupJson, i: number) => {
      const l = b.chain.events[i]!;
      l.hash = eventHash(l.previousHash, { streamId: `body-${b.bodyId}`, version: l.version, type: String(b.events[i]!.type), payload: b.events[i], meta: l.meta });
    };
    // The external's admission is followed in the log by his account's creation.
    const m = backup.events.findIndex((e) => e.type === 'MemberAdmitted' && (e.member as { id: string }).id === 'gorky');
    const renamed = clone();
    (renamed.events[m]!.member as { name: string }).name = 'A. M. Peshkov';
    rehash(renamed, m);
    const r = await restore(renamed, 'renamed');
    expect([r.status, r.body.code]).toEqual([422, 'BACKUP_CHAIN_BROKEN']);
    expect(r.body.errors[0]?.field).toMatch(/^backup\.accounts\.\d+ \(ServerAccountCreated\)$/);
    expect(r.body.errors[0]?.message).toMatch(/not chained from the event before it/);

    const last = backup.events.length - 1;
    const retitled = clone();
    (retitled.events[last]!.item as { title: string }).title = 'Chain item delta';
    rehash(retitled, last);
    const t = await restore(retitled, 'retitled');
    expect([t.status, t.body.code]).toEqual([422, 'BACKUP_CHAIN_BROKEN']);
    expect(t.body.errors[0]?.message).toMatch(/this database holds the source body's event \d+ with another hash/);
    for (const id of ['renamed', 'retitled']) await nothingWritten(id);
  });

  it('the genuine file restores, and its first event records the source head; a format-1 file (no chain) still restores, unverified', async () => {
    const good = await restore(backup, 'good');
    expect(good.status).toBe(201);
    const [first] = await srv.services.store.read(`body-good`, { limit: 1 });
    const head = backup.chain.events.at(-1)!;
    expect(first?.meta.sourceHead).toEqual({ streamId: `body-${B}`, position: head.position, hash: head.hash });

    const { chain: _chain, ...rest } = clone();
    const old = await restore({ ...rest, format: 'politburo-backup/1' }, 'old');
    expect(old.status).toBe(201);
    const [oldFirst] = await srv.services.store.read(`body-old`, { limit: 1 });
    expect(oldFirst?.meta.sourceHead).toBeUndefined();
  });
});
