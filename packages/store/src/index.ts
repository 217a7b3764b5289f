export { type BackupLine, exportStream, importStream, validateBackup } from './backup.ts';
export type { CommitListener, CommitNotice, Unsubscribe } from './commit-feed.ts';
export { CONCURRENCY_CONFLICT, concurrencyConflict, isConcurrencyConflict } from './concurrency-conflict.ts';
export type {
  AppendOptions,
  AppendResult,
  EventMeta,
  EventStore,
  ReadAllOptions,
  ReadOptions,
  Store,
  StoredEvent,
  StreamInfo,
} from './event-store.ts';
export { actorLabel, forgetState, type HandleOptions, type HandleResult, handleCommand, loadState } from './handle-command.ts';
export { type OpenStoreOptions, openPostgresStore, openSqliteStore, openStore } from './open-store.ts';
export type {
  DecisionQuery,
  DecisionRow,
  InterventionQuery,
  InterventionRow,
  MeetingQuery,
  MeetingRow,
  MessageQuery,
  MessageRow,
  Page,
  PageOptions,
  Register,
} from './register.ts';
export { projectEvent } from './register-projection.ts';
export { searchKey, transliterate } from './transliterate.ts';
