import { createReadStream, createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { DomainError, decide, initialState } from '@politburo/core';
import { bodyToRecord, recordToEvents } from '@politburo/importer';
import { readRecord, validateRecord, writeRecordDir, writeRecordJson } from '@politburo/record';
import { adaptStore, openServices } from '@politburo/server';
import { exportStream, importStream } from '@politburo/store';
import type { Command } from 'commander';
import { bodyStream, loadBody, requireDatabase, resolveBodyId, withStore } from '../body-stream.ts';
import { scenarioRecordPath } from './report-sources.ts';

const DB_HELP = 'SQLite file, or postgres://… for the server store';
const now = (): string => new Date().toISOString().slice(0, 16);

export const initCommand = (program: Command): void => {
  program
    .command('init')
    .description('create a new, empty body in a database')
    .requiredOption('--db <file|url>', DB_HELP)
    .option('--body <id>', 'id of the new body', 'main')
    .option('--name <name>', 'its name', 'A collective body')
    .action(async (opts: { db: string; body: string; name: string }) => {
      await withStore(opts.db, async (store) => {
        const events = decide({ type: 'CreateBody', bodyId: opts.body, name: opts.name }, initialState(), { now: now(), actor: { kind: 'system' } });
        await store.append(bodyStream(opts.body), events, { expectedVersion: 0, meta: { actor: 'system' } }).catch((e: unknown) => {
          if ((e as { code?: string }).code === 'CONCURRENCY_CONFLICT') {
            throw new DomainError('BODY_EXISTS', 'conflict', `${opts.db} already holds a body "${opts.body}".`);
          }
          throw e;
        });
        console.log(`Created body "${opts.body}" in ${opts.db}.`);
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
    .action(async (given: string | undefined, opts: { db: string; body: string; scenario?: string }) => {
      const path = opts.scenario ? scenarioRecordPath(opts.scenario) : given;
      if (!path) throw new DomainError('OPTION_INVALID', 'validation', 'import needs a record path or --scenario NAME.');
      const record = await readRecord(path);
      const { warnings } = validateRecord(record);
      for (const w of warnings) console.error(`warning: ${w.file}${w.row ? `, row ${w.row}` : ''}${w.column ? `, column ${w.column}` : ''}: ${w.message}`);
      const { events, engine } = recordToEvents(record, { bodyId: opts.body });
      await withStore(opts.db, async (store) => {
        if ((await store.version(bodyStream(opts.body))) > 0) {
          throw new DomainError('BODY_EXISTS', 'conflict', `${opts.db} already holds a body "${opts.body}": choose another --body.`);
        }
        // Through the server's body index, so that `politburo serve` on this database lists the body.
        const services = await openServices({ store: adaptStore(store) });
        try {
          await services.repo.create({ bodyId: opts.body, name: engine.body.name, readOnly: false, scenario: null }, events, [], []);
        } finally {
          services.repo.stop();
        }
      });
      const b = engine.body;
      console.log(
        `Imported ${path} as body "${opts.body}": ${Object.keys(b.members).length} members, ${Object.keys(b.meetings).length} meetings, ` +
          `${Object.keys(b.decisions).length} decisions, ${Object.keys(b.messages).length} messages, ${Object.keys(b.interventions).length} interventions ` +
          `(${events.length} events, ${warnings.length} warnings).`,
      );
      console.log(`To log in to it in the app: politburo account --db ${opts.db} --body ${opts.body} --member <id> --username <name>`);
    });
};

export const exportCommand = (program: Command): void => {
  program
    .command('export')
    .description('write a body as a record in canonical form (a CSV folder, or JSON with --json)')
    .requiredOption('--db <file|url>', DB_HELP)
    .requiredOption('--out <dir|file.json>', 'where to write')
    .option('--body <id>', 'which body (default: the only one)')
    .action(async (opts: { db: string; out: string; body?: string }) => {
      const record = await withStore(opts.db, async (store) => bodyToRecord(await loadBody(store, await resolveBodyId(store, opts.body))), { mustExist: true });
      if (opts.out.endsWith('.json')) await writeRecordJson(record, opts.out);
      else await writeRecordDir(record, opts.out);
      console.log(`Wrote ${record.decisions.length} decisions to ${opts.out}.`);
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
      requireDatabase(opts.db);
      await withStore(opts.db, async (store) => {
        const stream = bodyStream(await resolveBodyId(store, opts.body));
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
      });
    });
};

export const backupCommand = (program: Command): void => {
  program
    .command('backup')
    .description('write a body\'s whole event log to a file (JSON lines)')
    .requiredOption('--db <file|url>', DB_HELP)
    .requiredOption('--out <file>', 'the backup file')
    .option('--body <id>', 'which body (default: the only one)')
    .action(async (opts: { db: string; out: string; body?: string }) => {
      requireDatabase(opts.db);
      await withStore(opts.db, async (store) => {
        const id = await resolveBodyId(store, opts.body);
        const tmp = `${opts.out}.partial`;
        const out = createWriteStream(tmp);
        let n = 0;
        for await (const line of exportStream(store, bodyStream(id))) {
          if (!out.write(`${line}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
          n++;
        }
        out.end();
        await finished(out);
        await rename(tmp, opts.out);
        console.log(`Backed up body "${id}": ${n} events to ${opts.out}.`);
      });
    });
};

export const restoreCommand = (program: Command): void => {
  program
    .command('restore')
    .description('restore a backup as a body (checked by replaying it first; all or nothing)')
    .argument('<file>', 'a backup written by `politburo backup`')
    .requiredOption('--db <file|url>', DB_HELP)
    .requiredOption('--body <id>', 'id for the restored body (must be new in this database)')
    .action(async (file: string, opts: { db: string; body: string }) => {
      const lines: string[] = [];
      for await (const line of createInterface({ input: createReadStream(file) })) if (line.trim()) lines.push(line);
      await withStore(opts.db, async (store) => {
        if ((await store.version(bodyStream(opts.body))) > 0) {
          throw new DomainError('BODY_EXISTS', 'conflict', `${opts.db} already holds a body "${opts.body}": choose another --body.`);
        }
        const r = await importStream(store, bodyStream(opts.body), lines);
        console.log(`Restored ${r.version} events from ${file} as body "${opts.body}".`);
      });
    });
};
