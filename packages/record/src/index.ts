export * from './record.ts';
export {
  COMMON_COLUMNS,
  type ColumnKind,
  type ColumnSpec,
  DATE_PRECISIONS,
  DECISION_MODES,
  MESSAGE_KINDS,
  META_FILE,
  ORIGINS,
  OUTCOMES,
  SOURCE_STATUSES,
  TABLE_SPECS,
  type TableName,
  type TableSpec,
  tableSpec,
  VOTES,
} from './table-specs.ts';
export { type CsvEvent, type CsvRowHandlers, csvFileEvents, streamCsvFile } from './csv-reader.ts';
export { StrictCsvParser, type StrictCsvHandlers, streamCsvFileStrict, streamIntoParser } from './csv-strict-reader.ts';
export { type LooseRow, makeRowDecoder, type RowDecoder } from './row-codec.ts';
export {
  DEFAULT_PROBLEM_LIMIT,
  detailMessage,
  fact,
  formatRecordProblem,
  ProblemCollector,
  type ProblemFact,
  type ProblemParams,
  problemSentence,
  RecordInvalidError,
  type RecordProblem,
  type RecordProblemCode,
  recordProblem,
  type RecordProblems,
} from './record-problem.ts';
export { type RecordLocations, type ValidateOptions, validateRecord } from './validate-record.ts';
export { emptyRecord, type LoadedRecord, loadRecord, type ReadOptions, readRecord, type ScannedRecord, scanRecord } from './read-record.ts';
export { FirstDate, READ_ORDER, type RecordItem, type RecordSource, recordItems, recordSource, type RowOf, type TableEnd, type TableRow } from './record-rows.ts';
export { type OpenedRecord, openRecord, type ReadProblems } from './record-stream.ts';
export { RecordChecker } from './record-checker.ts';
export { OrderedProblems, type ProblemRank } from './ordered-problems.ts';
export { recordToJson, writeRecordDir, writeRecordJson } from './write-record.ts';
export { compareNatural } from './natural-order.ts';
export { recordJsonSchema } from './json-schema.ts';
export { cliCommands, type CliCommand, validateCommand, type ValidateCommandOptions } from './cli.ts';
export { progressMode, type RecordProgress, recordProgress } from './record-progress.ts';
