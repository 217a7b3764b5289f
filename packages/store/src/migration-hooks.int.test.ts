import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from './open-store.ts';
import { MIGRATIONS } from './schema.ts';
import { verifyLog } from './verify-log.ts';

/**
 * An application's statements run inside the store migration they name, before the store's
 * own, once: a row an application reshapes in migration 2 is in its final form when
 * migration 3 hashes it, and a database past migration 2 never runs them again.
 */
describe('migration hooks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'politburo-hooks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('run in their migration, before the store’s own statements and the hash chain, and only once', async () => {
    const file = join(dir, 'old.db');
    const db = new Database(file);
    db.exec('CREATE TABLE store_migrations (id INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    for (const sql of MIGRATIONS[0] as readonly (string | { sqlite: string })[]) db.exec(typeof sql === 'string' ? sql : sql.sqlite);
    db.prepare('INSERT INTO store_migrations VALUES (1, ?)').run(new Date().toISOString());
    db.prepare("INSERT INTO events VALUES (1, 'app-s', 1, 'OldShape', '{\"type\":\"OldShape\",\"n\":1}', '{}', 'x')").run();
    db.prepare('UPDATE store_position SET last = 1').run();
    db.prepare("INSERT INTO streams VALUES ('app-s', 1)").run();
    db.close();

    // The hook sees the events table as migration 1 left it (no hash column yet) and reshapes the row.
    const reshape = "UPDATE events SET type = 'NewShape', data = '{\"type\":\"NewShape\",\"n\":1}' WHERE type = 'OldShape'";
    const store = await openStore(file, { migrationHooks: { 2: [reshape, "INSERT INTO store_position_probe SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM pragma_table_info('events') WHERE name = 'hash')"] } }).catch(
      (err: unknown) => err,
    );
    // The probe table does not exist: the hook's second statement fails, so the whole migration is rolled back.
    expect(store).toBeInstanceOf(Error);
    const untouched = new Database(file, { readonly: true });
    expect((untouched.prepare('SELECT type FROM events').get() as { type: string }).type).toBe('OldShape');
    expect((untouched.prepare('SELECT max(id) AS id FROM store_migrations').get() as { id: number }).id).toBe(1);
    untouched.close();

    const probe = new Database(file);
    probe.exec('CREATE TABLE store_position_probe (x INTEGER)');
    probe.close();
    const opened = await openStore(file, { migrationHooks: { 2: [reshape, "INSERT INTO store_position_probe SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM pragma_table_info('events') WHERE name = 'hash')"] } });
    try {
      expect((await opened.read('app-s')).map((e) => e.event)).toEqual([{ type: 'NewShape', n: 1 }]);
      // Hashed after the hook: the chain verifies over the reshaped row.
      expect(await verifyLog(opened)).toMatchObject({ ok: true, events: 1 });
    } finally {
      await opened.close();
    }
    const after = new Database(file, { readonly: true });
    // The probe row says the hook ran before the store's own `ALTER TABLE … ADD COLUMN hash`.
    expect((after.prepare('SELECT count(*) AS n FROM store_position_probe').get() as { n: number }).n).toBe(1);
    after.close();

    // Past migration 2, its hooks never run again.
    const again = await openStore(file, { migrationHooks: { 2: ['THIS IS NOT SQL'] } });
    expect((await again.read('app-s')).map((e) => e.event)).toEqual([{ type: 'NewShape', n: 1 }]);
    await again.close();
  });
});
