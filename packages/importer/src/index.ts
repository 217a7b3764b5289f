export { recordToCommands, recordToEvents, type ImportedRecord, type RecordToEventsOptions } from './record-to-events.ts';
export { bodyToRecord } from './body-to-record.ts';
