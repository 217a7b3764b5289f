import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineEventStoreContract } from './event-store.contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'politburo-store-'));
let n = 0;

defineEventStoreContract('SQLite (better-sqlite3, WAL file)', {
  newUrl: async () => join(dir, `store-${++n}.db`),
  cleanup: async () => rmSync(dir, { recursive: true, force: true }),
});
