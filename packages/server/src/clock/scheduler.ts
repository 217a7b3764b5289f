import { type BodyCommand, type Instant, isDomainError } from '@politburo/core';
import type { BodyRepository } from '../bodies/body-repository.ts';
import { dueAt } from './latency.ts';

interface DueWork {
  at: Instant;
  command: BodyCommand;
}

/**
 * The channels and the poll deadlines. Each tick derives what is due from the stored
 * state — messages sent but not delivered whose delivery time the body clock has
 * passed, polls past their deadline — and issues it as actor `system`, stamped with
 * the due time. Nothing lives in timers, so a restart loses nothing; two processes
 * racing on the same delivery are settled by the store (the loser's retry finds it
 * already delivered and stops).
 */
export class Scheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly repo: BodyRepository,
    private readonly intervalMs = 500,
    /** More work each pass, after the channels and deadlines: a classroom's empty chairs. */
    private readonly alsoEachPass?: () => Promise<unknown>,
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One pass over every writable body; concurrent calls share the pass in progress. */
  tick(): Promise<void> {
    if (!this.running) {
      this.running = this.pass()
        .catch((err) => console.error('politburo scheduler:', err))
        .finally(() => {
          this.running = null;
        });
    }
    return this.running;
  }

  private async pass(): Promise<void> {
    await this.duePass();
    await this.alsoEachPass?.();
  }

  private async duePass(): Promise<void> {
    for (const listing of await this.repo.list()) {
      if (listing.readOnly) continue;
      const entry = await this.repo.get(listing.bodyId);
      if (entry.state.status !== 'active') continue;
      const b = entry.state.body;
      const now = this.repo.now(entry);
      const work: DueWork[] = [];
      for (const m of Object.values(b.messages)) {
        if (!m.sentAt || m.receivedAt) continue;
        const at = dueAt(entry.latencies, m.kind, m.id, m.sentAt);
        if (at <= now) work.push({ at, command: { type: 'DeliverMessage', messageId: m.id } });
      }
      for (const it of Object.values(b.items)) {
        if (it.status === 'polling' && it.route?.mode === 'poll' && it.route.deadline <= now) {
          work.push({ at: it.route.deadline, command: { type: 'CloseVoting', itemId: it.id } });
        }
      }
      work.sort((x, y) => x.at.localeCompare(y.at));
      for (const w of work) {
        try {
          await this.repo.execute(listing.bodyId, w.command, { kind: 'system' }, { at: w.at });
        } catch (err) {
          // Already done by another process, or overtaken by events: nothing to do.
          if (!isDomainError(err) || (err.category !== 'conflict' && err.category !== 'illegal-state')) throw err;
        }
      }
    }
  }
}
