/**
 * The record's rules over a whole record in memory (one the app built, or a record
 * read whole): its rows go through the very checker a streamed read uses
 * (`RecordChecker`), so there is one rule, whichever way a record comes.
 */
import type { PolitburoRecord } from './record.ts';
import { OrderedProblems } from './ordered-problems.ts';
import { RecordChecker } from './record-checker.ts';
import type { RecordProblems } from './record-problem.ts';
import { recordItems } from './record-rows.ts';
import type { TableName } from './table-specs.ts';

/** Where each table's rows came from; without it row n of a table is data row n of `<table>.csv`. */
export type RecordLocations = Partial<
  Record<
    TableName,
    {
      file: string;
      /** The data row of each array element (rows the reader dropped leave gaps). */
      rows: number[];
      /** Required columns the header lacked: already reported, so not reported again per row. */
      missingColumns: string[];
    }
  >
>;

export interface ValidateOptions {
  locations?: RecordLocations;
  limit?: number;
}

export const validateRecord = (record: PolitburoRecord, options: ValidateOptions = {}): RecordProblems => {
  const problems = new OrderedProblems(options.limit);
  checkRecord(record, options.locations ?? {}, problems);
  return problems.result();
};

export const checkRecord = (record: PolitburoRecord, locations: RecordLocations, problems: OrderedProblems): void => {
  const checker = new RecordChecker(problems);
  for (const item of recordItems(record, locations)) checker.see(item);
  checker.finish();
};
