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
export { type CsvRowHandlers, streamCsvFile } from './csv-reader.ts';
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
export { emptyRecord, type LoadedRecord, loadRecord, type ReadOptions, readRecord } from './read-record.ts';
export { recordToJson, writeRecordDir, writeRecordJson } from './write-record.ts';
export { compareNatural } from './natural-order.ts';
export { recordJsonSchema } from './json-schema.ts';
export { cliCommands, type CliCommand, validateCommand, type ValidateCommandOptions } from './cli.ts';
