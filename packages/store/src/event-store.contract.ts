import { type BodyCommand, type BodyEvent, type BodyState, bodyDecider, DomainError } from '@politburo/core';
import { afterAll, describe, expect, it } from 'vitest';
import { exportStream } from './backup.ts';
import type { CommitNotice } from './commit-feed.ts';
import type { EventStore, Projection, Store } from './event-store.ts';
import { FoldedStream } from './folded-stream.ts';
import { handleCommand } from './handle-command.ts';
import { openStore } from './open-store.ts';
import { verifyLog } from './verify-log.ts';
import { bodyEvents, liveMeetingCommands, SYSTEM } from './test-body.ts';

/** How a backend gives the contract suite fresh, isolated databases. */
export interface StoreHarness {
  /** A URL (for `openStore`) of a new, empty database: its own file, schema or database. */
  newUrl(): Promise<string>;
  /** Called once after the suite. */
  cleanup?(): Promise<void>;
}

const admit = (id: string): BodyEvent => ({ type: 'MemberAdmitted', member: { id, name: `Member ${id}`, role: 'member' }, at: '1934-08-01T10:00' });

const AUDIT = { audit: { actor: 'system', requestId: 'req-test' } } as const;
/** A body stream folded in this process, the way every writer holds one. */
const bodyStream = (store: EventStore, id = 'pb') => new FoldedStream<BodyEvent, BodyState>(store, id, bodyDecider);
const run = (stream: FoldedStream<BodyEvent, BodyState>, command: BodyCommand, options: Partial<Parameters<typeof handleCommand>[4]> = {}) =>
  handleCommand(stream, bodyDecider, command, SYSTEM, { ...AUDIT, ...options });

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
    appendChunks: store.appendChunks.bind(store),
    read: (async (streamId: string, options?: Parameters<EventStore['read']>[1]) => {
      const events = await store.read(streamId, options);
      wrapper.eventsRead += events.length;
      return events;
    }) as EventStore['read'],
    readAll: store.readAll.bind(store),
    readChain: store.readChain.bind(store),
    readStreamLinks: store.readStreamLinks.bind(store),
    eraseStreams: store.eraseStreams.bind(store),
    erasedLinks: store.erasedLinks.bind(store),
    lastPosition: store.lastPosition.bind(store),
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
    const open = async (url?: string, projections?: Projection[]): Promise<{ store: Store; url: string }> => {
      const u = url ?? (await harness.newUrl());
      const store = await openStore(u, projections ? { projections } : {});
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
        expect((await again.read('pb')).map((e) => e.event)).toEqual(events);
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
            run(bodyStream(peers[i % peers.length]!), { type: 'AdmitMember', memberId: `m${i}`, name: `Member ${i}`, role: 'observer' }, { retries: 100 }),
          ),
        );
        expect(new Set(results.map((r) => r.version)).size).toBe(20);
        const tail = await store.read('pb', { fromVersion: events.length + 1 });
        expect(tail).toHaveLength(20);
        const admitted = tail.map((e) => ((e.event as BodyEvent).type === 'MemberAdmitted' ? (e.event as Extract<BodyEvent, { type: 'MemberAdmitted' }>).member.id : '')).sort();
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
        const first = await run(bodyStream(store), command, { idempotencyKey: 'admit-ezhov' });
        // Another process (its own folded stream) resends the same request.
        const again = await run(bodyStream(store), command, { idempotencyKey: 'admit-ezhov' });
        expect(again.events).toEqual(first.events);
        expect(again.positions).toEqual(first.positions);
        expect(again.duplicate).toBe(true);
        expect(await store.version('pb')).toBe(first.version);
        const without = await domainError(run(bodyStream(store), command));
        expect(without.code).toBe('DUPLICATE_ID');
      });
    });

    describe('atomicity', () => {
      it('rolls back the events, the projections\' work and the positions when a projection fails', async () => {
        const seen: string[] = [];
        const refuseDecisions: Projection = {
          name: 'refuse-decisions',
          apply: async (_tx, stored) => {
            if (stored.event.type === 'DecisionRegistered') throw new Error('projection refused');
            seen.push(stored.event.type);
          },
        };
        const { store } = await open(undefined, [refuseDecisions]);
        const events = bodyEvents();
        const d1 = events.findIndex((e) => e.type === 'DecisionRegistered');
        await expect(store.append('pb', events, { expectedVersion: 0 })).rejects.toThrow('projection refused');
        expect(await store.version('pb')).toBe(0);
        expect(await store.read('pb')).toEqual([]);
        const ok = await store.append('pb', events.slice(0, d1), { expectedVersion: 0 });
        expect(ok.positions[0]).toBe(1);
        expect(seen.slice(-d1)).toEqual(events.slice(0, d1).map((e) => e.type));
      });

      it('appends chunk after chunk in one transaction: the same log as one append, hash chain and all', async () => {
        const { store } = await open();
        await store.append('other', [admit('0')], { expectedVersion: 0 });
        const events = bodyEvents();
        const chunks = async function* () {
          for (let i = 0; i < events.length; i += 3) yield events.slice(i, i + 3);
        };
        const r = await store.appendChunks('pb', chunks(), { expectedVersion: 0, meta: { actor: 'system' } });
        expect(r).toEqual({ version: events.length, firstPosition: 2, lastPosition: events.length + 1 });
        const read = await store.read('pb');
        expect(read.map((e) => e.event)).toEqual(events);
        expect(read.map((e) => e.position)).toEqual(events.map((_, i) => i + 2));
        expect((await verifyLog(store)).ok).toBe(true);
        await store.append('other', [admit('9')], { expectedVersion: 1 });
        expect((await verifyLog(store)).ok).toBe(true);
      });

      it('appends nothing, and hands out no position, when the chunks fail part-way', async () => {
        const { store } = await open();
        const events = bodyEvents();
        const failing = async function* () {
          yield events.slice(0, 2);
          yield events.slice(2, 4);
          throw new Error('row 5 refused');
        };
        await expect(store.appendChunks('pb', failing(), { expectedVersion: 0 })).rejects.toThrow('row 5 refused');
        expect(await store.version('pb')).toBe(0);
        expect(await store.lastPosition()).toBe(0);
        await expect(store.appendChunks('pb', [events], { expectedVersion: 3 })).rejects.toMatchObject({ code: 'CONCURRENCY_CONFLICT' });
        const ok = await store.appendChunks('pb', [events.slice(0, 2)], { expectedVersion: 0 });
        expect(ok.firstPosition).toBe(1);
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
        // One body's streams only, after a position, in order.
        expect((await store.readAll({ afterPosition: 1, limit: 10, streamIds: ['a'] })).map((e) => e.position)).toEqual([2, 4]);
        expect((await store.readAll({ afterPosition: 0, limit: 10, streamIds: ['b', 'nothing'] })).map((e) => e.position)).toEqual([3]);
        expect(await store.readAll({ afterPosition: 0, limit: 10, streamIds: [] })).toEqual([]);
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
        const stream = bodyStream(store);
        let last: Awaited<ReturnType<typeof run>> | undefined;
        for (const c of liveMeetingCommands()) last = await run(stream, c);
        // The seeded history is replayed once, then each command reads only what it did not write itself.
        expect(store.eventsRead).toBe(14);
        // The seeded archival protocols run to No. 11: the first live protocol is No. 12.
        const body = last?.state.status === 'active' ? last.state.body : undefined;
        expect(body?.decisions['d-live']).toMatchObject({ protocolNo: 12, itemNo: 1, mode: 'meeting', meetingId: 'mt-live', initiatorId: 'kaganovich' });
        expect(body?.meetings['mt-live']).toMatchObject({ status: 'closed', chairId: 'kaganovich' });
        // A fresh replay of the log agrees with the folded state.
        const replayed = (await raw.read<BodyEvent>('pb')).reduce((s, e) => bodyDecider.evolve(s, e.event), bodyDecider.initialState());
        expect(replayed).toEqual(last?.state);
        // Someone else appends: the next command catches up by exactly that event.
        await raw.append('pb', [admit('outsider')], { expectedVersion: last!.version });
        await run(stream, { type: 'AdmitMember', memberId: 'm2', name: 'M 2', role: 'observer' });
        expect(store.eventsRead).toBe(15);
      });

      it('passes domain errors from decide through unchanged', async () => {
        const { store } = await seeded();
        const err = await domainError(run(bodyStream(store), { type: 'CloseMeeting', meetingId: 'nope' }));
        expect(err.code).toBe('UNKNOWN_MEETING');
        expect(await store.version('pb')).toBe(14);
      });

      it('writes the actor, the real time, the body time and the request id into every event it appends', async () => {
        const { store } = await seeded();
        const before = Date.now();
        const stream = bodyStream(store);
        await handleCommand(stream, bodyDecider, { type: 'ScheduleMeeting', meetingId: 'mt-a', date: '1934-08-09' }, SYSTEM, {
          audit: { actor: 'member:kaganovich', bodyTime: '1934-08-01T10:00', requestId: 'req-42' },
        });
        const [stored] = await store.read('pb', { fromVersion: 15 });
        expect(stored?.meta).toMatchObject({ actor: 'member:kaganovich', bodyTime: '1934-08-01T10:00', requestId: 'req-42' });
        expect(Date.parse(stored?.meta.at ?? '')).toBeGreaterThanOrEqual(before - 1000);
      });
    });

    describe('backup', () => {
      it('exports a stream as JSON lines in pages, oldest first, with versions and metadata', async () => {
        const { store, events } = await seeded();
        const lines: string[] = [];
        for await (const line of exportStream(store, 'pb', 5)) lines.push(line);
        expect(lines).toHaveLength(events.length);
        const parsed = lines.map((l) => JSON.parse(l) as { version: number; event: BodyEvent; meta: unknown });
        expect(parsed.map((l) => l.version)).toEqual(events.map((_, i) => i + 1));
        expect(parsed.map((l) => l.event)).toEqual(events);
        expect(parsed[0]?.meta).toEqual({ actor: 'system', at: SYSTEM.now });
      });
    });
  });
};
