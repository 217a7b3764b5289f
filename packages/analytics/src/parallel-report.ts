/**
 * The streaming report on two threads. The two big files (decisions and
 * correspondence) are each split in two byte ranges: this thread reads the first
 * range, a worker (report-worker.ts) the second, each into its own accumulator, and
 * the sums are merged.
 *
 * Where to split: at the first line break after the middle of the file. That is a
 * record boundary unless the break lies inside a quoted field (a title may hold a
 * line break), and which one it is shows only to a reader that has read from the
 * start. So this thread checks: it reads its range with the strict reader, and if the
 * range ends inside a record, the guess was wrong — it reads on to the end of the
 * file itself and the worker's range is thrown away. A split costs nothing when it is
 * right and one thread's speed when it is wrong; it never changes a figure.
 *
 * Anything wrong with the record (a short or long row, a bad cell, a misplaced
 * quote), on either thread, and the report is read again on one thread, so that the
 * problems are listed exactly as the one-thread report lists them (file, row, column)
 * — rows in the worker's range are numbered from its own start. Explaining a figure
 * lists rows, so it always runs on one thread.
 */
import { open, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AbsenceRow, CorrespondenceRow, DecisionRow, InterventionRow, MeetingRow, MemberRow, RecordMeta } from '@politburo/record';
import type { Report } from './report.ts';
import { ReportAccumulator } from './report-accumulator.ts';
import { buildReportContext, type ReportOptions } from './report-context.ts';
import type { WorkerReply, WorkerRequest } from './report-worker.ts';
import { TableReader } from './table-reader.ts';

/** Below this a file is read on one thread: starting the split costs more than it saves. */
export const SPLIT_MIN_BYTES = 4 << 20;

/** The byte after the first line break past the middle of the file, or undefined (small file, no break). */
export const splitPoint = async (path: string, minBytes = SPLIT_MIN_BYTES): Promise<number | undefined> => {
  const size = (await stat(path).catch(() => null))?.size ?? 0;
  if (size < minBytes) return undefined;
  const middle = Math.floor(size / 2);
  const file = await open(path, 'r');
  try {
    const buf = Buffer.alloc(1 << 16);
    const { bytesRead } = await file.read(buf, 0, buf.length, middle);
    const at = buf.subarray(0, bytesRead).indexOf(10);
    return at < 0 || middle + at + 1 >= size ? undefined : middle + at + 1;
  } finally {
    await file.close();
  }
};

/**
 * Starts the worker. From TypeScript sources (tsx, vitest) it first registers tsx's
 * loader, as packages/sim does: Node 20 cannot load a .ts entry otherwise.
 */
/**
 * A worker's young generation is smaller than the main thread's by default: the reader's
 * garbage (a string per cell) then made the worker twice as slow on the same range.
 */
const YOUNG = { maxYoungGenerationSizeMb: 48 };
const startWorker = (): Worker => {
  const fromSources = import.meta.url.endsWith('.ts');
  const url = new URL(fromSources ? './report-worker.ts' : './report-worker.js', import.meta.url).href;
  if (!fromSources) return new Worker(new URL(url), { resourceLimits: YOUNG });
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  return new Worker(`import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(url)}); });`, { eval: true, resourceLimits: YOUNG });
};

/** Replies from the worker by what they answer; any failure of the worker fails every wait. */
class Channel {
  private readonly arrived = new Map<string, WorkerReply>();
  private readonly waiting = new Map<string, { resolve: (r: WorkerReply) => void; reject: (e: Error) => void }>();
  private failure: Error | undefined;

  constructor(private readonly worker: Worker) {
    worker.on('message', (m: WorkerReply) => {
      if (m.type === 'error') return this.fail(new Error(m.message));
      const key = m.type === 'range' ? m.table : m.type;
      const w = this.waiting.get(key);
      if (w) {
        this.waiting.delete(key);
        w.resolve(m);
      } else this.arrived.set(key, m);
    });
    worker.on('error', (e) => this.fail(e));
    worker.on('exit', () => this.fail(new Error('the report worker stopped')));
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const w of this.waiting.values()) w.reject(e);
    this.waiting.clear();
  }

  send(req: WorkerRequest): void {
    this.worker.postMessage(req);
  }

  next<K extends 'decisions' | 'correspondence' | 'replies'>(key: K): Promise<WorkerReply> {
    const m = this.arrived.get(key);
    if (m) {
      this.arrived.delete(key);
      return Promise.resolve(m);
    }
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => this.waiting.set(key, { resolve, reject }));
  }
}

export interface TwoThreadOptions extends ReportOptions {
  onProgress?: (table: import('@politburo/record').TableName, rows: number) => void;
  figuresOnly?: boolean;
  /** Files smaller than this are not split (tests split tiny files). */
  splitMinBytes?: number;
}

/**
 * The report on two threads, or undefined when one thread must read it: no file is big
 * enough to split, or it must be read again (see the file's comment).
 */
export const computeReportInTwoThreads = async (
  dir: string,
  options: TwoThreadOptions,
  readMeta: (dir: string) => Promise<RecordMeta>,
): Promise<Report | undefined> => {
  const reader = new TableReader(dir, false, options.onProgress);
  const min = options.splitMinBytes ?? SPLIT_MIN_BYTES;
  const splitD = await splitPoint(reader.pathOf('decisions'), min);
  const splitC = options.figuresOnly ? undefined : await splitPoint(reader.pathOf('correspondence'), min);
  if (splitD === undefined && splitC === undefined) return undefined;
  const worker = startWorker();
  const channel = new Channel(worker);
  // A worker that fails (cannot start, throws) sends the report to one thread, not to the user.
  const next = (key: 'decisions' | 'correspondence' | 'replies'): Promise<WorkerReply | undefined> => channel.next(key).catch(() => undefined);
  try {
    const members: MemberRow[] = [];
    const absences: AbsenceRow[] = [];
    await reader.read<MemberRow>('members', (row) => members.push(row));
    await reader.read<AbsenceRow>('absences', (row) => absences.push(row));
    const meta = await readMeta(dir);
    if (reader.errors.length > 0) return undefined;
    const ctx = buildReportContext(meta, members, absences, options);
    const acc = new ReportAccumulator(ctx);
    if (splitD !== undefined) channel.send({ type: 'range', dir, ctx, table: 'decisions', start: splitD });
    if (splitC !== undefined) channel.send({ type: 'range', dir, ctx, table: 'correspondence', start: splitC });

    await reader.read<InterventionRow>('interventions', (row, rowNo) => acc.intervention(row, rowNo));
    const decisions = await reader.read<DecisionRow>('decisions', (row, rowNo) => acc.decision(row, rowNo), { end: splitD });
    if (decisions.pending) await decisions.rest();
    await reader.read<MeetingRow>('meetings', (row, rowNo) => acc.meeting(row, rowNo));
    const letters = options.figuresOnly
      ? { pending: false }
      : await reader.read<CorrespondenceRow>('correspondence', (row) => acc.message(row), { end: splitC });
    if (letters.pending) await (letters as { rest(): Promise<void> }).rest();
    if (reader.errors.length > 0) return undefined;

    if (splitD !== undefined && !decisions.pending) {
      const w = await next('decisions');
      if (w?.type !== 'range' || w.failed) return undefined;
      acc.absorb(w.partial);
    }
    if (splitC !== undefined && !letters.pending) {
      const w = await next('correspondence');
      if (w?.type !== 'range' || w.failed) return undefined;
      // This range's replies meet the later range's arrivals first; what is left, this range's.
      channel.send({ type: 'replies', replies: acc.takeReplies() });
      const r = await next('replies');
      if (r?.type !== 'replies') return undefined;
      acc.addReplyLatencies(r.latencies);
      acc.absorb(w.partial);
      acc.addReplies(r.unresolved);
    }
    return acc.finish();
  } finally {
    await worker.terminate();
  }
};
