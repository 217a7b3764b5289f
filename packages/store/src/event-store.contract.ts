import { type BodyEvent, DomainError } from '@politburo/core';
import { afterAll, describe, expect, it } from 'vitest';
import { exportStream, importStream } from './backup.ts';
import type { CommitNotice } from './commit-feed.ts';
import type { EventStore, Store } from './event-store.ts';
import { handleCommand } from './handle-command.ts';
import { openStore } from './open-store.ts';
import { bodyEvents, liveMeetingCommands, SYSTEM } from './test-body.ts';

/** How a backend gives the contract suite fresh, isolated databases. */
export interface StoreHarness {
  /** A URL (for `openStore`) of a new, empty database: its own file, schema or database. */
  newUrl(): Promise<string>;
  /** Called once after the suite. */
  cleanup?(): Promise<void>;
}

const admit = (id: string): BodyEvent => ({ type: 'MemberAdmitted', member: { id, name: `Member ${id}`, role: 'member' }, at: '1934-08-01T10:00' });

const domainError = async (p: Promise<unknown>): Promise<DomainError> => {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(DomainError);
    return err as DomainError;
  }
  throw new Error('expected a DomainError');
};

const waitFor = async (check: () => boolean, ms = 5000): Promise<void> => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
};

/** Counts what `handleCommand` reads, to show it does not replay the stream per command. */
const counting = (store: EventStore): EventStore & { eventsRead: number } => {
  const wrapper = {
    eventsRead: 0,
    dialect: store.dialect,
    append: store.append.bind(store),
    read: async (...args: Parameters<EventStore['read']>) => {
      const events = await store.read(...args);
      wrapper.eventsRead += events.length;
      return events;
    },
    readAll: store.readAll.bind(store),
    version: store.version.bind(store),
    streams: store.streams.bind(store),
    subscribe: store.subscribe.bind(store),
    close: store.close.bind(store),
  };
  return wrapper;
};

/**
 * The event-store contract: every adapter runs exactly these tests, with the same
 * expected results. Each test opens its own database through the public `openStore`.
 */
export const defineEventStoreContract = (name: string, harness: StoreHarness): void => {
  describe(`event store contract: ${name}`, () => {
    const opened: Store[] = [];
    const open = async (url?: string): Promise<{ store: Store; url: string }> => {
      const u = url ?? (await harness.newUrl());
      const store = await openStore(u);
      opened.push(store);
      return { store, url: u };
    };
    const seeded = async (): Promise<{ store: Store; url: string; events: BodyEvent[] }> => {
      const s = await open();
      const events = bodyEvents();
      await s.store.append('pb', events, { expectedVersion: 0, meta: { actor: 'system', at: SYSTEM.now } });
      return { ...s, events };
    };

    afterAll(async () => {
      await Promise.all(opened.map((s) => s.close().catch(() => undefined)));
      await harness.cleanup?.();
    });

    describe('append and read', () => {
      it('appends a stream and reads it back in order, with versions, positions and metadata', async () => {
        const { store, events } = await seeded();
        const read = await store.read('pb');
        expect(read.map((e) => e.event)).toEqual(events);
        expect(read.map((e) => e.version)).toEqual(events.map((_, i) => i + 1));
        expect(read.map((e) => e.position)).toEqual(events.map((_, i) => i + 1));
        expect(read[0]?.meta).toEqual({ actor: 'system', at: '1934-08-01T10:00' });
        expect(read[0]?.streamId).toBe('pb');
        expect(await store.version('pb')).toBe(events.length);
        expect(await store.version('nothing')).toBe(0);
        expect(await store.read('nothing')).toEqual([]);
      });

      it('reads from a version, with a limit', async () => {
        const { store, events } = await seeded();
        const tail = await store.read('pb', { fromVersion: 5, limit: 3 });
        expect(tail.map((e) => e.version)).toEqual([5, 6, 7]);
        expect(tail.map((e) => e.event)).toEqual(events.slice(4, 7));
      });

      it('lists streams with their versions', async () => {
        const { store } = await open();
        await store.append('b', [admit('x')], { expectedVersion: 0 });
        await store.append('a', [admit('x'), admit('y')], { expectedVersion: 0 });
        expect(await store.streams()).toEqual([
          { streamId: 'a', version: 2 },
          { streamId: 'b', version: 1 },
        ]);
      });

      it('keeps its data and schema when opened again (migrations are idempotent)', async () => {
        const { url, events } = await seeded();
        const { store: again } = await open(url);
        expect(await again.version('pb')).toBe(events.length);
        expect((await again.listDecisions('pb', { canSeeRestricted: true })).total).toBe(3);
      });
    });

    describe('optimistic concurrency', () => {
      it('refuses an append at the wrong expected version with a typed error and appends nothing', async () => {
        const { store, events } = await seeded();
        const err = await domainError(store.append('pb', [admit('late')], { expectedVersion: 3 }));
        expect(err.code).toBe('CONCURRENCY_CONFLICT');
        expect(err.category).toBe('concurrency');
        expect(await store.version('pb')).toBe(events.length);
        const fresh = await domainError(store.append('new', [admit('x')], { expectedVersion: 1 }));
        expect(fresh.code).toBe('CONCURRENCY_CONFLICT');
        expect(await store.version('new')).toBe(0);
      });

      it("accepts expectedVersion 'any'", async () => {
        const { store, events } = await seeded();
        const r = await store.append('pb', [admit('any')], { expectedVersion: 'any' });
        expect(r.version).toBe(events.length + 1);
      });

      it('lets exactly one of 20 parallel appends at the same version win, over several connections', async () => {
        const { store, url, events } = await seeded();
        const peers = [store, ...(await Promise.all([1, 2, 3].map(() => open(url)))).map((p) => p.store)];
        const attempts = Array.from({ length: 20 }, (_, i) =>
          peers[i % peers.length]!.append('pb', [admit(`racer-${i}`)], { expectedVersion: events.length }),
        );
        const results = await Promise.allSettled(attempts);
        const won = results.filter((r) => r.status === 'fulfilled');
        const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(19);
        for (const l of lost) expect((l.reason as DomainError).code).toBe('CONCURRENCY_CONFLICT');
        const tail = await store.read('pb', { fromVersion: events.length + 1 });
        expect(tail).toHaveLength(1);
        expect(await store.version('pb')).toBe(events.length + 1);
      });

      it('loses and doubles nothing when 20 commands race through handleCommand with retries', async () => {
        const { store, url, events } = await seeded();
        const peers = [store, ...(await Promise.all([1, 2, 3].map(() => open(url)))).map((p) => p.store)];
        const results = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            handleCommand(peers[i % peers.length]!, 'pb', { type: 'AdmitMember', memberId: `m${i}`, name: `Member ${i}`, role: 'observer' }, SYSTEM, {
              retries: 100,
            }),
          ),
        );
        expect(new Set(results.map((r) => r.version)).size).toBe(20);
        const tail = await store.read('pb', { fromVersion: events.length + 1 });
        expect(tail).toHaveLength(20);
        const admitted = tail.map((e) => (e.event.type === 'MemberAdmitted' ? e.event.member.id : '')).sort();
        expect(admitted).toEqual(Array.from({ length: 20 }, (_, i) => `m${i}`).sort());
      });
    });

    describe('idempotency', () => {
      it('returns the first result for a repeated key and appends nothing', async () => {
        const { store } = await seeded();
        const first = await store.append('pb', [admit('once')], { expectedVersion: 14, idempotencyKey: 'req-1' });
        const again = await store.append('pb', [admit('once')], { expectedVersion: 14, idempotencyKey: 'req-1' });
        expect(first.duplicate).toBe(false);
        expect(again).toEqual({ ...first, duplicate: true });
        expect(await store.version('pb')).toBe(15);
        // Keys are per stream.
        const other = await store.append('other', [admit('once')], { expectedVersion: 0, idempotencyKey: 'req-1' });
        expect(other.duplicate).toBe(false);
      });

      it('answers a repeated command through handleCommand with the original events', async () => {
        const { store } = await seeded();
        const command = { type: 'AdmitMember', memberId: 'ezhov', name: 'Ежов Н. И.', role: 'candidate' } as const;
        const first = await handleCommand(store, 'pb', command, SYSTEM, { idempotencyKey: 'admit-ezhov' });
        const again = await handleCommand(store, 'pb', command, SYSTEM, { idempotencyKey: 'admit-ezhov' });
        expect(again.events).toEqual(first.events);
        expect(again.positions).toEqual(first.positions);
        expect(await store.version('pb')).toBe(first.version);
        const without = await domainError(handleCommand(store, 'pb', command, SYSTEM));
        expect(without.code).toBe('DUPLICATE_ID');
      });
    });

    describe('atomicity', () => {
      it('rolls back the events, their projections and their positions when a projection fails', async () => {
        const { store, events } = await seeded();
        const before = await store.listMeetings('pb', {});
        const d1 = events.find((e) => e.type === 'DecisionRegistered');
        const batch: BodyEvent[] = [{ type: 'MeetingScheduled', meetingId: 'mt-doomed', date: '1934-09-01', at: '1934-08-01T10:00' }, d1!];
        await expect(store.append('pb', batch, { expectedVersion: events.length })).rejects.toThrow();
        expect(await store.version('pb')).toBe(events.length);
        expect(await store.read('pb', { fromVersion: events.length + 1 })).toEqual([]);
        expect(await store.listMeetings('pb', {})).toEqual(before);
        const next = await store.append('pb', [admit('after')], { expectedVersion: events.length });
        expect(next.positions).toEqual([events.length + 1]);
      });
    });

    describe('global feed', () => {
      it('orders all streams by commit position, without gaps, in pages', async () => {
        const { store } = await open();
        await store.append('a', [admit('1'), admit('2')], { expectedVersion: 0 });
        await store.append('b', [admit('3')], { expectedVersion: 0 });
        await store.append('a', [admit('4')], { expectedVersion: 2 });
        const all = await store.readAll({ afterPosition: 0, limit: 100 });
        expect(all.map((e) => [e.position, e.streamId, e.version])).toEqual([
          [1, 'a', 1],
          [2, 'a', 2],
          [3, 'b', 1],
          [4, 'a', 3],
        ]);
        const page = await store.readAll({ afterPosition: 1, limit: 2 });
        expect(page.map((e) => e.position)).toEqual([2, 3]);
      });
    });

    describe('commit notices', () => {
      it('tells listeners of this store and of another store on the same database', async () => {
        const { store: a, url } = await open();
        const { store: b } = await open(url);
        const seenByA: CommitNotice[] = [];
        const seenByB: CommitNotice[] = [];
        const offA = a.subscribe((n) => seenByA.push(n));
        const offB = b.subscribe((n) => seenByB.push(n));
        await new Promise((r) => setTimeout(r, 150));
        await a.append('s1', [admit('x'), admit('y')], { expectedVersion: 0 });
        await waitFor(() => seenByA.length >= 1 && seenByB.length >= 1);
        expect(seenByB[0]).toEqual({ streamId: 's1', version: 2, fromPosition: 1, toPosition: 2 });
        expect(seenByA[0]).toEqual(seenByB[0]);
        await b.append('s2', [admit('z')], { expectedVersion: 0 });
        await waitFor(() => seenByA.length >= 2 && seenByB.length >= 2);
        expect(seenByA[1]).toEqual({ streamId: 's2', version: 1, fromPosition: 3, toPosition: 3 });
        offA();
        offB();
        await a.append('s1', [admit('w')], { expectedVersion: 2 });
        await new Promise((r) => setTimeout(r, 300));
        expect(seenByA).toHaveLength(2);
        expect(seenByB).toHaveLength(2);
      });
    });

    describe('handleCommand', () => {
      it('runs a live meeting to a registered decision, catching up incrementally', async () => {
        const { store: raw } = await seeded();
        const store = counting(raw);
        let last: Awaited<ReturnType<typeof handleCommand>> | undefined;
        for (const c of liveMeetingCommands()) last = await handleCommand(store, 'pb', c, SYSTEM);
        // The seeded history is replayed once, then each command reads only what it did not write itself.
        expect(store.eventsRead).toBe(14);
        // The seeded archival protocols run to No. 11: the first live protocol is No. 12.
        expect(last?.state.status === 'active' && last.state.body.decisions['d-live']?.protocolNo).toBe(12);
        const d = await raw.getDecision('pb', 'd-live', false);
        expect(d).toMatchObject({ protocolNo: 12, itemNo: 1, mode: 'meeting', meetingId: 'mt-live', initiatorId: 'kaganovich', historical: false });
        const meetings = await raw.listMeetings('pb', {});
        expect(meetings.rows.find((m) => m.id === 'mt-live')).toMatchObject({ status: 'closed', protocolNo: 12, chairId: 'kaganovich' });
        // Someone else appends: the next command catches up by exactly that event.
        await raw.append('pb', [admit('outsider')], { expectedVersion: last!.version });
        await handleCommand(store, 'pb', { type: 'AdmitMember', memberId: 'm2', name: 'M 2', role: 'observer' }, SYSTEM);
        expect(store.eventsRead).toBe(15);
      });

      it('passes domain errors from decide through unchanged', async () => {
        const { store } = await seeded();
        const err = await domainError(handleCommand(store, 'pb', { type: 'CloseMeeting', meetingId: 'nope' }, SYSTEM));
        expect(err.code).toBe('UNKNOWN_MEETING');
      });
    });

    describe('register', () => {
      it('hides the special folder from callers without the entitlement, in rows and totals', async () => {
        const { store } = await seeded();
        const open_ = await store.listDecisions('pb', { canSeeRestricted: false });
        expect(open_.rows.map((d) => d.id)).toEqual(['d1', 'd3']);
        expect(open_.total).toBe(2);
        const all = await store.listDecisions('pb', { canSeeRestricted: true });
        expect(all.rows.map((d) => d.id)).toEqual(['d1', 'd2', 'd3']);
        expect(all.total).toBe(3);
        expect(await store.getDecision('pb', 'd2', false)).toBeUndefined();
        expect(await store.getDecision('pb', 'd2', true)).toMatchObject({ restricted: true, mode: 'poll', initiatorName: 'Сталин И. В.' });
        expect((await store.listDecisions('pb', { canSeeRestricted: false, restricted: true })).total).toBe(0);
        expect((await store.listDecisions('pb', { canSeeRestricted: true, restricted: true })).rows.map((d) => d.id)).toEqual(['d2']);
      });

      it('filters by date, mode, initiator, intervention and protocol, and pages with a total', async () => {
        const { store } = await seeded();
        const ids = async (q: Omit<Parameters<Store['listDecisions']>[1], 'canSeeRestricted'>) =>
          (await store.listDecisions('pb', { canSeeRestricted: true, ...q })).rows.map((d) => d.id);
        expect(await ids({ from: '1934-08-03', to: '1934-08-19' })).toEqual(['d2']);
        expect(await ids({ mode: 'meeting' })).toEqual(['d1', 'd3']);
        expect(await ids({ initiatorId: 'molotov' })).toEqual(['d3']);
        expect(await ids({ hasIntervention: true })).toEqual(['d1', 'd2']);
        expect(await ids({ hasIntervention: false })).toEqual(['d3']);
        expect(await ids({ protocolNo: 10 })).toEqual(['d1', 'd2']);
        const second = await store.listDecisions('pb', { canSeeRestricted: true, limit: 1, offset: 1 });
        expect(second.rows.map((d) => d.id)).toEqual(['d2']);
        expect(second.total).toBe(3);
        const d1 = (await store.getDecision('pb', 'd1', false))!;
        expect(d1).toMatchObject({ protocolNo: 10, itemNo: 1, title: 'О хлебозаготовках', hasIntervention: true, historical: true, synthetic: false });
        expect((await store.getDecision('pb', 'd3', false))?.itemLabel).toBe('1/3');
      });

      it('finds the same rows whatever the spelling: Kaganovich, Kaganovič, Каганович', async () => {
        const { store } = await seeded();
        for (const text of ['Kaganovich', 'Kaganovič', 'Каганович', 'KAGANOVICH']) {
          const found = await store.listDecisions('pb', { canSeeRestricted: false, text });
          // d1 by its initiator's name, d3 by its title.
          expect(found.rows.map((d) => d.id), text).toEqual(['d1', 'd3']);
        }
        expect((await store.listDecisions('pb', { canSeeRestricted: false, text: 'khlebozagotovkakh' })).rows.map((d) => d.id)).toEqual(['d1']);
        expect((await store.listDecisions('pb', { canSeeRestricted: false, text: 'НКВД' })).total).toBe(0);
        expect((await store.listDecisions('pb', { canSeeRestricted: true, text: 'NKVD' })).rows.map((d) => d.id)).toEqual(['d2']);
        expect((await store.listDecisions('pb', { canSeeRestricted: true, text: '100%_' })).total).toBe(0);
      });

      it('lists interventions, correspondence and meetings with restricted references hidden', async () => {
        const { store } = await seeded();
        expect((await store.listInterventions('pb', { canSeeRestricted: false })).rows.map((i) => i.id)).toEqual(['iv-1']);
        const all = await store.listInterventions('pb', { canSeeRestricted: true, memberId: 'stalin' });
        expect(all.rows.map((i) => [i.id, i.origin, i.outcome])).toEqual([
          ['iv-1', 'response', 'confirmed'],
          ['iv-2', 'initiative', 'modified'],
        ]);
        expect(all.rows[0]?.messageIds).toEqual(['tg-1']);
        const mail = await store.listCorrespondence('pb', { canSeeRestricted: false, memberId: 'stalin' });
        expect(mail.rows).toHaveLength(1);
        expect(mail.rows[0]).toMatchObject({ kind: 'telegram', fromId: 'kaganovich', toIds: ['stalin'], decisionIds: ['d1'], receivedAt: '1934-08-03T18:30' });
        expect((await store.listCorrespondence('pb', { canSeeRestricted: true })).rows[0]?.decisionIds).toEqual(['d1', 'd2']);
        expect((await store.listCorrespondence('pb', { canSeeRestricted: true, text: 'zapros' })).total).toBe(1);
        expect((await store.listCorrespondence('pb', { canSeeRestricted: true, to: '1934-08-02' })).total).toBe(0);
        expect((await store.listCorrespondence('pb', { canSeeRestricted: true, to: '1934-08-03' })).total).toBe(1);
        const meetings = await store.listMeetings('pb', { from: '1934-08-01' });
        expect(meetings.rows).toEqual([
          { id: 'mt-0802', date: '1934-08-02', status: 'historical', chairId: 'kaganovich', attendees: ['kaganovich', 'molotov', 'voroshilov'], protocolNo: null, synthetic: false, sourceId: null },
        ]);
      });

      it('applies editorial corrections to the register, search included', async () => {
        const { store } = await seeded();
        await handleCommand(store, 'pb', { type: 'CorrectRecord', table: 'decisions', id: 'd1', field: 'title', to: 'О заготовках зерна', reason: 'misread' }, SYSTEM);
        const d1 = await store.getDecision('pb', 'd1', false);
        expect(d1?.title).toBe('О заготовках зерна');
        expect((await store.listDecisions('pb', { canSeeRestricted: false, text: 'zerna' })).rows.map((d) => d.id)).toEqual(['d1']);
      });
    });

    describe('backup and restore', () => {
      it('round-trips a stream through JSON lines, register included', async () => {
        const { store, events } = await seeded();
        const lines: string[] = [];
        for await (const line of exportStream(store, 'pb', 5)) lines.push(line);
        expect(lines).toHaveLength(events.length);
        const result = await importStream(store, 'pb-copy', lines);
        expect(result.version).toBe(events.length);
        const copy = await store.read('pb-copy');
        expect(copy.map((e) => e.event)).toEqual(events);
        expect(copy.map((e) => e.meta)).toEqual((await store.read('pb')).map((e) => e.meta));
        expect((await store.listDecisions('pb-copy', { canSeeRestricted: true })).rows).toEqual(
          (await store.listDecisions('pb', { canSeeRestricted: true })).rows,
        );
      });

      it('refuses a broken backup whole, and a stream that already exists', async () => {
        const { store } = await seeded();
        const lines: string[] = [];
        for await (const line of exportStream(store, 'pb')) lines.push(line);
        const missing = [...lines.slice(0, 7), ...lines.slice(8)];
        const broken = await domainError(importStream(store, 'broken', missing));
        expect(broken.code).toBe('BAD_BACKUP');
        expect(broken.category).toBe('validation');
        expect(await store.version('broken')).toBe(0);
        const garbage = await domainError(importStream(store, 'broken', 'not json\n'));
        expect(garbage.details[0]).toMatchObject({ row: 1, message: 'not JSON' });
        const exists = await domainError(importStream(store, 'pb', lines));
        expect(exists.code).toBe('STREAM_EXISTS');
      });
    });
  });
};
