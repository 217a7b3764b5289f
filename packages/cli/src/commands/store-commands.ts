import { createReadStream, createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { randomUUID } from 'node:crypto';
import { DomainError } from '@politburo/core';
import { bodyToRecord } from '@politburo/importer';
import { detailMessage, progressMode, RecordInvalidError, readRecord, recordProgress, scanRecord, writeRecordDir, writeRecordJson } from '@politburo/record';
import { streams } from '@politburo/server';
import { exportStream } from '@politburo/store';
import type { Command } from 'commander';
import { loadBody, resolveBodyId, withBodies } from '../body-stream.ts';
import { outputLang, sayer } from '../say.ts';
import { scenarioRecordPath } from './report-sources.ts';

const DB_HELP = 'SQLite file, or postgres://… for the server store';
/** Every event one CLI run writes carries this run's id, and `cli` as its actor. */
const cliWrite = () => ({ requestId: `cli-${randomUUID()}` });

export const initCommand = (program: Command): void => {
  program
    .command('init')
    .description('create a new, empty body in a database')
    .requiredOption('--db <file|url>', DB_HELP)
    .option('--body <id>', 'id of the new body', 'main')
    .option('--name <name>', 'its name', 'A collective body')
    .action(async (opts: { db: string; body: string; name: string }) => {
      await withBodies(opts.db, async (bodies) => {
        await bodies.create({ id: opts.body, name: opts.name }, cliWrite(), 'cli');
        console.log(sayer(program)('cli.out.created', { bodyId: opts.body, db: opts.db }));
      });
    });
};

export const importCommand = (program: Command): void => {
  program
    .command('import')
    .description('validate a record (CSV folder or JSON file) and load it through the engine into a database; all or nothing')
    .argument('[record]', 'a folder of CSV files or a .json file')
    .option('--scenario <name>', 'a scenario shipped with politburo instead of a path (1934)')
    .requiredOption('--db <file|url>', DB_HELP)
    .option('--body <id>', 'id of the new body', 'main')
    .option('--progress', 'show progress on stderr even when it is not a terminal (a terminal always shows it)')
    .action(async (given: string | undefined, opts: { db: string; body: string; scenario?: string; progress?: boolean }) => {
      const path = opts.scenario ? scenarioRecordPath(opts.scenario) : given;
      if (!path) throw new DomainError('OPTION_INVALID', 'validation', 'import needs a record path or --scenario NAME.', [], { case: 'importRecord' });
      // Two passes over the files, each row by row: the first judges the record (the reader's
      // problems, with each row's file and line, and the record's rules), the second decides and
      // appends it inside one transaction. Two because the body starts on the record's first day,
      // known only once every decision is read, and because a record with a format error must not
      // reach the engine at all. Neither holds the record whole.
      const t = sayer(program);
      const progress = recordProgress(progressMode(opts.progress), t);
      const scanned = scanRecord(path, { see: (item) => progress.checked(item) });
      progress.done();
      if (scanned.problems.errors.length > 0) throw new RecordInvalidError(scanned.problems, path);
      const { warnings } = scanned.problems;
      for (const w of warnings) {
        const where = `${w.row ? `, ${t('cli.error.row', { row: String(w.row) })}` : ''}${w.column ? `, ${t('cli.error.column', { column: w.column })}` : ''}`;
        console.error(t('cli.out.warningAt', { file: w.file ?? '', where, message: detailMessage(w, outputLang(program)) }));
      }
      const rows = Object.values(scanned.counts).reduce((a, b) => a + b, 0);
      const source = { ...scanned.source, items: () => progress.deciding(scanned.source.items(), rows) };
      const { entry, events } = await withBodies(opts.db, (bodies) => bodies.importRecordSource(source, { bodyId: opts.body, actor: 'cli' }, cliWrite())).finally(() =>
        progress.done(),
      );
      if (entry.state.status !== 'active') throw new DomainError('BODY_NOT_FOUND', 'not-found', `No body "${opts.body}".`);
      const b = entry.state.body;
      const n = (o: object) => String(Object.keys(o).length);
      console.log(
        t('cli.out.imported', { path, bodyId: opts.body, members: n(b.members), meetings: n(b.meetings), decisions: n(b.decisions), messages: n(b.messages), interventions: n(b.interventions), events: String(events), warnings: String(warnings.length) }),
      );
      console.log(t('cli.out.loginHint', { db: opts.db, bodyId: opts.body }));
    });
};

export const exportCommand = (program: Command): void => {
  program
    .command('export')
    .description('write a body (or a shipped scenario) as a record in canonical form (a CSV folder, or JSON with --json)')
    .option('--db <file|url>', DB_HELP)
    .option('--scenario <name>', 'a scenario shipped with politburo instead of a database (its meta.json keeps the version stamp)')
    .requiredOption('--out <dir|file.json>', 'where to write')
    .option('--body <id>', 'which body (default: the only one)')
    .action(async (opts: { db?: string; out: string; body?: string; scenario?: string }) => {
      if (!opts.db === !opts.scenario) throw new DomainError('OPTION_INVALID', 'validation', 'export needs either --db or --scenario NAME.', [{ field: 'db', message: 'give --db or --scenario' }], { case: 'exportSource' });
      const db = opts.db;
      const record = db
        ? await withBodies(db, async (bodies) => bodyToRecord(await loadBody(bodies, await resolveBodyId(bodies, opts.body))), { mustExist: true })
        : await readRecord(scenarioRecordPath(opts.scenario!));
      if (opts.out.endsWith('.json')) await writeRecordJson(record, opts.out);
      else await writeRecordDir(record, opts.out);
      console.log(sayer(program)('cli.out.exported', { count: record.decisions.length, out: opts.out }));
    });
};

export const eventsCommand = (program: Command): void => {
  program
    .command('events')
    .description('list the event log of a body, or follow it as it grows')
    .requiredOption('--db <file|url>', DB_HELP)
    .option('--body <id>', 'which body (default: the only one)')
    .option('--from <version>', 'first version to show', '1')
    .option('--follow', 'keep printing new events until interrupted')
    .option('--json', 'one JSON object per line')
    .action(async (opts: { db: string; body?: string; from: string; follow?: boolean; json?: boolean }) => {
      const from = Number(opts.from);
      if (!Number.isInteger(from) || from < 1) throw new DomainError('OPTION_INVALID', 'validation', `--from ${opts.from}: a version is a whole number from 1.`);
      await withBodies(
        opts.db,
        async (bodies, store) => {
          const stream = streams.body(await resolveBodyId(bodies, opts.body));
          let next = from;
          const print = async (): Promise<void> => {
            for (const e of await store.read(stream, { fromVersion: next })) {
              console.log(opts.json ? JSON.stringify(e) : `${String(e.version).padStart(6)}  ${e.meta.at ?? e.recordedAt}  ${e.meta.actor ?? ''}  ${e.event.type}`);
              next = e.version + 1;
            }
          };
          await print();
          if (!opts.follow) return;
          await new Promise<void>((resolve) => {
            const stop = store.subscribe(() => {
              void print();
            });
            process.once('SIGINT', () => {
              stop();
              resolve();
            });
          });
        },
        { mustExist: true },
      );
    });
};

export const backupCommand = (program: Command): void => {
  program
    .command('backup')
    .description("write a body's whole event log to a file (JSON lines)")
    .requiredOption('--db <file|url>', DB_HELP)
    .requiredOption('--out <file>', 'the backup file')
    .option('--body <id>', 'which body (default: the only one)')
    .action(async (opts: { db: string; out: string; body?: string }) => {
      await withBodies(
        opts.db,
        async (bodies, store) => {
          const id = await resolveBodyId(bodies, opts.body);
          const tmp = `${opts.out}.partial`;
          const out = createWriteStream(tmp);
          let n = 0;
          for await (const line of exportStream(store, streams.body(id))) {
            if (!out.write(`${line}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
            n++;
          }
          out.end();
          await finished(out);
          await rename(tmp, opts.out);
          console.log(sayer(program)('cli.out.backedUp', { bodyId: id, count: n, out: opts.out }));
        },
        { mustExist: true },
      );
    });
};

/**
 * A backup file as the bodies service takes it: JSON lines from `politburo backup`
 * (versions must run 1, 2, 3…), or the JSON the API's backup route gives. Lines that
 * carry their chain links (`hash`, since format 2) make a format-2 backup, which the
 * service verifies; lines without (older files) make a format-1 one, restored unverified.
 */
const readBackup = async (file: string): Promise<unknown> => {
  const lines: string[] = [];
  for await (const line of createInterface({ input: createReadStream(file) })) if (line.trim()) lines.push(line);
  const bad = (row: number, message: string) => new DomainError('BAD_BACKUP', 'validation', `${file}: line ${row}: ${message}. Nothing was restored.`, [{ file, row, message }]);
  if (lines.length === 0) throw bad(1, 'the file is empty');
  if (lines.length === 1 && /"politburo-backup\/\d+"/.test(lines[0]!)) {
    try {
      return JSON.parse(lines[0]!) as unknown;
    } catch {
      throw bad(1, 'not JSON');
    }
  }
  const events: unknown[] = [];
  const links: unknown[] = [];
  for (const [i, line] of lines.entries()) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw bad(i + 1, 'not JSON');
    }
    const l = parsed as { version?: unknown; event?: unknown; meta?: unknown; position?: unknown; hash?: unknown; previousHash?: unknown };
    if (typeof parsed !== 'object' || parsed === null || typeof l.event !== 'object') throw bad(i + 1, 'not a backup line ({ version, event, meta })');
    if (l.version !== i + 1) throw bad(i + 1, `version ${String(l.version)}, expected ${i + 1} (a line is missing, doubled or out of order)`);
    events.push(l.event);
    links.push({ position: l.position, version: l.version, previousHash: l.previousHash, hash: l.hash, meta: l.meta });
  }
  const first = events[0] as { type?: unknown; bodyId?: unknown; name?: unknown };
  const chained = (JSON.parse(lines[0]!) as { hash?: unknown }).hash !== undefined;
  return {
    format: chained ? 'politburo-backup/2' : 'politburo-backup/1',
    bodyId: typeof first.bodyId === 'string' ? first.bodyId : 'restored',
    name: typeof first.name === 'string' ? first.name : 'Restored body',
    events,
    server: [],
    accounts: [],
    ...(chained ? { chain: { events: links, server: [], accounts: [] } } : {}),
  };
};

export const restoreCommand = (program: Command): void => {
  program
    .command('restore')
    .description('restore a backup as a body (checked event by event first; all or nothing)')
    .argument('<file>', 'a backup written by `politburo backup` (or the API\'s backup JSON)')
    .requiredOption('--db <file|url>', DB_HELP)
    .requiredOption('--body <id>', 'id for the restored body (must be new in this database)')
    .action(async (file: string, opts: { db: string; body: string }) => {
      const backup = await readBackup(file);
      const { entry, head } = await withBodies(opts.db, async (bodies, store) => {
        const entry = await bodies.restore(backup, { id: opts.body, actor: 'cli' }, cliWrite());
        return { entry, head: (await store.read(streams.body(opts.body), { limit: 1 }))[0]?.meta.sourceHead };
      });
      const facts = { count: entry.version, file, bodyId: opts.body };
      console.log(head ? sayer(program)('cli.out.restoredChained', { ...facts, position: String(head.position) }) : sayer(program)('cli.out.restoredUnchained', facts));
    });
};
