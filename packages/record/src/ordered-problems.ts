/**
 * A problem collector for a record read as a stream. Problems are found in the order
 * the rows arrive, and some only at the end of a table (a reference to a row never
 * seen, a gap in the numbering), yet the lists keep the order the record's rules
 * define: each problem carries a rank (which check, which table, which row, which
 * column) and the lists are in rank order, ties in the order found. Only the `limit`
 * first of each list are kept (a bounded sorted list), the rest are counted, so a
 * record with a million bad rows costs no memory for them, and the kept ones are the
 * very ones a whole-record pass listing in rank order would keep.
 */
import { DEFAULT_PROBLEM_LIMIT, type ProblemFact, type RecordProblem, type RecordProblems, recordProblem } from './record-problem.ts';

/** Where a problem stands in the lists: compared number by number, left to right. */
export type ProblemRank = readonly number[];

interface Ranked {
  rank: ProblemRank;
  seq: number;
  file: string;
  row: number;
  column: string;
  fact: ProblemFact;
}

const before = (a: Ranked, b: Ranked): boolean => {
  const n = Math.min(a.rank.length, b.rank.length);
  for (let i = 0; i < n; i++) {
    const x = a.rank[i]!;
    const y = b.rank[i]!;
    if (x !== y) return x < y;
  }
  if (a.rank.length !== b.rank.length) return a.rank.length < b.rank.length;
  return a.seq < b.seq;
};

class RankedList {
  readonly kept: Ranked[] = [];
  omitted = 0;
  constructor(private readonly limit: number) {}

  add(entry: Ranked): void {
    const kept = this.kept;
    const last = kept[kept.length - 1];
    if (kept.length >= this.limit) {
      this.omitted += 1;
      if (!last || !before(entry, last)) return;
      kept.pop();
    }
    // Most problems arrive in rank order: then this is an append.
    let i = kept.length;
    while (i > 0 && before(entry, kept[i - 1]!)) i -= 1;
    kept.splice(i, 0, entry);
  }
}

// Sentences are made for the kept problems only, at the end.
const render = (e: Ranked): RecordProblem => recordProblem(e.file, e.row, e.column, e.fact);

export class OrderedProblems {
  private seq = 0;
  private readonly errors: RankedList;
  private readonly warnings: RankedList;
  constructor(readonly limit: number = DEFAULT_PROBLEM_LIMIT) {
    this.errors = new RankedList(limit);
    this.warnings = new RankedList(limit);
  }

  /** Errors found so far, kept or not. */
  get errorCount(): number {
    return this.errors.kept.length + this.errors.omitted;
  }

  error(rank: ProblemRank, file: string, row: number, column: string, f: ProblemFact): void {
    this.errors.add({ rank, seq: this.seq++, file, row, column, fact: f });
  }

  warning(rank: ProblemRank, file: string, row: number, column: string, f: ProblemFact): void {
    this.warnings.add({ rank, seq: this.seq++, file, row, column, fact: f });
  }

  result(): RecordProblems {
    return {
      errors: this.errors.kept.map(render),
      warnings: this.warnings.kept.map(render),
      omittedErrors: this.errors.omitted,
      omittedWarnings: this.warnings.omitted,
    };
  }
}
