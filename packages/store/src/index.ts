export { type BackupLine, exportStream } from './backup.ts';
export type { CommitListener, CommitNotice, Unsubscribe } from './commit-feed.ts';
export { CONCURRENCY_CONFLICT, concurrencyConflict, isConcurrencyConflict } from './concurrency-conflict.ts';
export { corruptEvent } from './corrupt-event.ts';
export { canonicalDigest, eventHash, GENESIS_HASH, linkHash } from './event-hash.ts';
export { canonicalJson } from './canonical-json.ts';
export { type ChainHead, type Checkpoint, checkAgainst, makeCheckpoint, parseCheckpoint, type StreamLink, type VerifyResult, verifyLinks, verifyLinkSet, verifyLog, verifyStream } from './verify-log.ts';
export type {
  AppendOptions,
  ChainRow,
  AppendResult,
  ChunkedAppendOptions,
  ChunkedAppendResult,
  EventMeta,
  EventStore,
  LogEvent,
  Projection,
  ReadAllOptions,
  ReadOptions,
  Store,
  StoredEvent,
  StreamInfo,
} from './event-store.ts';
export { type Fold, FoldedStream } from './folded-stream.ts';
export type { SessionRow, SessionTable } from './sessions.ts';
export {
  type Audit,
  type Decider,
  type HandleOptions,
  type HandleResult,
  handleCommand,
  type SeedCommandsOptions,
  seedStream,
  seedStreamFromCommands,
  streamExists,
} from './handle-command.ts';
export { type OpenStoreOptions, openPostgresStore, openSqliteStore, openStore } from './open-store.ts';
/** The store's migrations, and the statements an application adds to them; `MIGRATIONS` for tests that build a database of an older release. */
export { MIGRATIONS, type MigrationHooks, type MigrationStatement } from './schema.ts';
export type { SqlExecutor } from './sql-driver.ts';
export { searchKey, transliterate } from './transliterate.ts';
