export {
  type ImportedRecord,
  type RecordCommand,
  recordCommands,
  recordBodyName,
  recordImport,
  type RecordImportRun,
  sourceCommands,
  sourceImport,
  sourceToEvents,
  MAX_HELD_BACK,
  recordToCommands,
  recordToEvents,
  type RecordToEventsOptions,
} from './record-to-events.ts';
export { bodyToRecord } from './body-to-record.ts';
