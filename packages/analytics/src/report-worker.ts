/**
 * The report's second thread: reads the later byte range of the decisions and of the
 * correspondence (see parallel-report.ts) into accumulators of its own and hands back
 * their sums. It reads the interventions itself (a small file) rather than receive them.
 */
import { parentPort } from 'node:worker_threads';
import type { CorrespondenceRow, DecisionRow, InterventionRow } from '@politburo/record';
import { type PendingReplies, ReportAccumulator } from './report-accumulator.ts';
import type { ReportContext } from './report-context.ts';
import { TableReader } from './table-reader.ts';

export type WorkerRequest =
  | { type: 'range'; dir: string; ctx: ReportContext; table: 'decisions' | 'correspondence'; start: number }
  | { type: 'replies'; replies: PendingReplies };

export type WorkerReply =
  | { type: 'range'; table: 'decisions' | 'correspondence'; failed: boolean; partial: ReturnType<ReportAccumulator['partial']> }
  | { type: 'replies'; latencies: number[]; unresolved: PendingReplies }
  | { type: 'error'; message: string };

const port = parentPort!;
let letters: ReportAccumulator | undefined;

const readRange = async (req: Extract<WorkerRequest, { type: 'range' }>): Promise<WorkerReply> => {
  const reader = new TableReader(req.dir, false);
  const acc = new ReportAccumulator(req.ctx);
  const header = await reader.header(req.table);
  if (req.table === 'decisions') {
    await reader.read<InterventionRow>('interventions', (row, rowNo) => acc.intervention(row, rowNo));
    await reader.read<DecisionRow>('decisions', (row, rowNo) => acc.decision(row, rowNo), { start: req.start, header });
  } else {
    await reader.read<CorrespondenceRow>('correspondence', (row) => acc.message(row), { start: req.start, header });
    // Kept for the replies of the earlier range, which may answer a message of this one.
    letters = acc;
  }
  const partial = acc.partial();
  if (req.table === 'correspondence') {
    // This range's replies first meet this range's arrivals, as they would in one pass.
    const own = acc.resolveReplies(partial.replies);
    partial.replyLatencies = Float64Array.from(own.latencies);
    partial.replies = own.unresolved;
  }
  return { type: 'range', table: req.table, failed: header === undefined || reader.errors.length > 0, partial };
};

port.on('message', (req: WorkerRequest) => {
  const work = async (): Promise<WorkerReply> => {
    if (req.type === 'range') return readRange(req);
    const { latencies, unresolved } = letters ? letters.resolveReplies(req.replies) : { latencies: [], unresolved: req.replies };
    return { type: 'replies', latencies, unresolved };
  };
  work().then(
    (reply) => port.postMessage(reply),
    (e: unknown) => port.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) } satisfies WorkerReply),
  );
});
