export {
  type ImportedRecord,
  type RecordCommand,
  recordCommands,
  recordBodyName,
  recordImport,
  recordToCommands,
  recordToEvents,
  type RecordToEventsOptions,
} from './record-to-events.ts';
export { bodyToRecord } from './body-to-record.ts';
