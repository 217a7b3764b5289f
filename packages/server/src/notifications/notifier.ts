import { type BodyEvent, dateOf, type Instant } from '@politburo/core';
import type { StoredEvent } from '@politburo/store';
import { activeOf, type BodyEntry, type BodyRepository } from '../bodies/body-repository.ts';
import type { AccountRecord } from '../bodies/server-deciders.ts';
import { languageOf } from '../bodies/language-preferences.ts';
import { formatDate, type Lang, translator } from '../export/lang.ts';
import { viewerOfAccount } from '../http/viewer.ts';
import type { Mailer } from './mailer.ts';
import { deadlineNotice, type Notice, noticeOf } from './notices.ts';
import { bodyNameIn } from '../views/body-name.ts';

export interface NotifierOptions {
  /** How near a poll's deadline (body minutes) it is told as "closing soon"; default a day. */
  soonMinutes?: number;
  /** How often deadlines and digests are looked at (real ms). */
  intervalMs?: number;
  onError?: (err: unknown) => void;
}

interface Digest {
  to: string;
  date: string;
  lang: Lang;
  notices: Notice[];
}

const BODY_STREAM = /^body-(.+)$/;

/**
 * Mail driven by the log: a subscriber of commit notices reads what each body stream
 * committed (never the write path's inside), and tells each account that wants mail what
 * it may see of it (`notices.ts`, the core's rule), one mail per notice or once a body
 * day in a digest. A clock pass tells of deadlines coming within `soonMinutes` and sends
 * the digests of a day that has passed. Only what is committed after start is told.
 */
export class Notifier {
  private readonly cursors = new Map<string, number>();
  private readonly digests = new Map<string, Digest>();
  /** Each body's clock at the last pass: a deadline is told once, when the clock crosses its threshold. */
  private readonly lastNow = new Map<string, Instant>();
  private queue: Promise<void> = Promise.resolve();
  private unsubscribe: (() => void) | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly soon: number;

  constructor(
    private readonly repo: BodyRepository,
    private readonly mailer: Mailer,
    private readonly o: NotifierOptions = {},
  ) {
    this.soon = o.soonMinutes ?? 24 * 60;
  }

  async start(): Promise<void> {
    const head = await this.repo.store.lastPosition();
    this.unsubscribe = this.repo.onCommit((n) => {
      const id = BODY_STREAM.exec(n.streamId)?.[1];
      if (!id) return;
      if (!this.cursors.has(n.streamId)) this.cursors.set(n.streamId, Math.max(head, n.fromPosition - 1));
      this.enqueue(() => this.catchUp(id, n.streamId));
    });
    for (const entry of await this.repo.all()) if (entry.state.status === 'active') this.lastNow.set(entry.listing.bodyId, this.repo.now(entry));
    this.timer = setInterval(() => this.enqueue(() => this.pass()), this.o.intervalMs ?? 1000);
    this.timer.unref();
  }

  /** Waits for everything noticed so far to be told (tests; a clean stop). */
  idle(): Promise<void> {
    return this.queue;
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    if (this.timer) clearInterval(this.timer);
    await this.queue;
    this.mailer.close();
  }

  /** One pass of the clock: deadlines come within reach, digests of a day gone by. */
  tick(): Promise<void> {
    this.enqueue(() => this.pass());
    return this.queue;
  }

  /** Sends every digest now, whatever its day (a stop; tests). */
  flushDigests(): Promise<void> {
    this.enqueue(async () => {
      for (const key of [...this.digests.keys()]) await this.sendDigest(key);
    });
    return this.queue;
  }

  private enqueue(work: () => Promise<void>): void {
    this.queue = this.queue.then(work).catch((err) => (this.o.onError ?? ((e) => console.error('politburo notifier:', e)))(err));
  }

  private async catchUp(bodyId: string, streamId: string): Promise<void> {
    const after = this.cursors.get(streamId) ?? 0;
    const batch = (await this.repo.store.readAll({ afterPosition: after, limit: 1000, streamIds: [streamId] })) as StoredEvent<BodyEvent>[];
    if (batch.length === 0) return;
    // A body being made is not listed until its last stream is written: its first events are told with the next commit.
    if (!(await this.repo.exists(bodyId))) return;
    const entry = await this.repo.get(bodyId);
    this.cursors.set(streamId, batch.at(-1)!.position);
    if (entry.state.status !== 'active') return;
    for (const se of batch) await this.tell(entry, (a, lang) => noticeOf(activeOf(entry), viewerOfAccount(this.repo.now(entry), entry, a.username), se.event, lang));
    if (batch.length === 1000) this.enqueue(() => this.catchUp(bodyId, streamId));
  }

  private async pass(): Promise<void> {
    for (const entry of await this.repo.all()) {
      if (entry.state.status !== 'active') continue;
      const bodyId = entry.listing.bodyId;
      const now = this.repo.now(entry);
      const before = this.lastNow.get(bodyId) ?? now;
      this.lastNow.set(bodyId, now);
      const b = activeOf(entry);
      for (const it of Object.values(b.items)) {
        if (it.status !== 'polling' || it.route?.mode !== 'poll') continue;
        const threshold = minus(it.route.deadline, this.soon);
        // Told when the clock crosses the threshold, or when a poll opens already inside it.
        const crossed = before < threshold && threshold <= now;
        const openedInside = it.route.openedAt > before && it.route.openedAt <= now && it.route.openedAt >= threshold;
        if (!crossed && !openedInside) continue;
        await this.tell(entry, (a, lang) => deadlineNotice(b, viewerOfAccount(now, entry, a.username), it.id, lang));
      }
      for (const [key, d] of this.digests) if (key.startsWith(`${bodyId}\n`) && d.date < dateOf(now)) await this.sendDigest(key);
    }
  }

  /** The notice for each account that wants mail, as a mail of its own or a line of the day's digest. */
  private async tell(entry: BodyEntry, noticeFor: (a: AccountRecord, lang: Lang) => Notice | null): Promise<void> {
    const today = dateOf(this.repo.now(entry));
    for (const a of entry.accounts.values()) {
      if (a.mail === 'off' || !a.email) continue;
      const lang = await this.langOf(entry, a);
      const n = noticeFor(a, lang);
      if (!n) continue;
      if (a.mail === 'each') {
        await this.mailer.send({ to: a.email, subject: n.subject, text: `${n.text}\n\n${this.footer(entry, lang)}` });
        continue;
      }
      const key = `${entry.listing.bodyId}\n${a.username}`;
      const d = this.digests.get(key);
      if (d && d.date !== today) await this.sendDigest(key);
      const open = this.digests.get(key) ?? { to: a.email, date: today, lang, notices: [] };
      if (!open.notices.some((x) => x.key === n.key)) open.notices.push(n);
      this.digests.set(key, open);
    }
  }

  private async sendDigest(key: string): Promise<void> {
    const d = this.digests.get(key);
    this.digests.delete(key);
    if (!d || d.notices.length === 0) return;
    const [bodyId, username] = key.split('\n') as [string, string];
    const entry = await this.repo.get(bodyId);
    const a = entry.accounts.get(username);
    // Settings changed since: mail off, or each notice on its own from now on, or a new address.
    if (a?.mail !== 'digest' || !a.email) return;
    const t = translator(d.lang);
    await this.mailer.send({
      to: a.email,
      subject: t('mail.subject.digest', { body: bodyNameIn(d.lang, entry), count: d.notices.length, date: formatDate(d.lang, d.date) }),
      text: `${d.notices.map((n) => `• ${n.text}`).join('\n')}\n\n${this.footer(entry, d.lang)}`,
    });
  }

  /** Mail speaks the login's own language setting (`PUT /api/auth/language`), English without one. */
  private async langOf(entry: BodyEntry, a: AccountRecord): Promise<Lang> {
    return (await languageOf(this.repo.store, entry.listing.bodyId, a.username)) ?? 'en';
  }

  private footer(entry: BodyEntry, lang: Lang): string {
    return translator(lang)('mail.footer', { body: bodyNameIn(lang, entry), bodyId: entry.listing.bodyId });
  }
}

/** A body instant less some minutes, as a body instant (the body clock has no zone). */
const minus = (instant: Instant, minutes: number): Instant => new Date(Date.parse(`${instant}:00Z`) - minutes * 60_000).toISOString().slice(0, 16) as Instant;
