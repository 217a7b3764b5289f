/**
 * The CSV parsers politburo could use, streamed over the same file (best of N runs),
 * plus a check of what each does with a row that is one field short — the reason
 * politburo reads with PapaParse although uDSV is a little faster.
 *
 *   npx tsx bench/csv-parsers.ts --file bench/out/1m/decisions.csv --runs 3
 */
import { createReadStream, statSync } from 'node:fs';
import { StrictCsvParser, streamCsvFileStrict } from '@politburo/record';
import { parse as csvParse } from 'csv-parse';
import Papa from 'papaparse';
import { inferSchema, initParser } from 'udsv';
import { parseFlags } from './bench-support.ts';

const flags = parseFlags(process.argv.slice(2), { file: 'bench/out/1m/decisions.csv', runs: '3' });
const file = flags.file!;
const CHUNK = 1 << 20;

const parsers: Record<string, () => Promise<number>> = {
  uDSV: async () => {
    let parser: ReturnType<typeof initParser> | null = null;
    let rows = 0;
    for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: CHUNK })) {
      const text = chunk as string;
      parser ??= initParser(inferSchema(text, { col: ',', encl: '"' }));
      parser.chunk<string[]>(text, parser.stringArrs, () => {
        rows++;
      });
    }
    parser?.end();
    return rows;
  },
  'csv-parse': async () => {
    let rows = -1; // header
    for await (const _ of createReadStream(file, { highWaterMark: CHUNK }).pipe(csvParse({ relax_column_count: true }))) rows++;
    return rows;
  },
  // politburo's own reader (packages/record/src/csv-strict-reader.ts), every cell built as the others build them.
  strict: async () => {
    let rows = 0;
    await streamCsvFileStrict(file, {
      header: () => true,
      row: () => {
        rows++;
      },
      malformed: () => {},
    });
    return rows;
  },
  papaparse: () =>
    new Promise((resolve, reject) => {
      let rows = -1;
      Papa.parse<string[]>(createReadStream(file, { encoding: 'utf8', highWaterMark: CHUNK }), {
        delimiter: ',',
        skipEmptyLines: true,
        step: () => {
          rows++;
        },
        complete: () => resolve(rows),
        error: reject,
      });
    }),
};

/** What each parser makes of `1,2,3 / 4,5 / 6,7,8` (the middle row is short). */
const shortRowProbe = async (): Promise<Record<string, string>> => {
  const text = 'a,b,c\n1,2,3\n4,5\n6,7,8\n';
  const out: Record<string, string> = {};
  const p = initParser(inferSchema(text, { col: ',', encl: '"' }));
  out.uDSV = JSON.stringify(p.stringArrs(text));
  const rows: string[][] = [];
  for await (const r of csvParse(text, { relax_column_count: true, from_line: 2 })) rows.push(r as string[]);
  out['csv-parse'] = JSON.stringify(rows);
  out.papaparse = JSON.stringify(Papa.parse<string[]>(text, { skipEmptyLines: true }).data.slice(1));
  const strict: string[][] = [];
  const parser = new StrictCsvParser({ header: () => true, row: (cells) => strict.push([...cells]), malformed: () => {} });
  parser.push(text);
  parser.finish();
  out.strict = JSON.stringify(strict);
  return out;
};

const main = async (): Promise<void> => {
  const size = statSync(file).size;
  const runs = Number(flags.runs);
  process.stdout.write(`CSV parsers on ${file} (${(size / 1048576).toFixed(0)} MiB), best of ${runs}\n`);
  const best: Record<string, { ms: number; rows: number }> = {};
  for (let r = 0; r < runs; r++) {
    for (const [name, run] of Object.entries(parsers)) {
      const t = performance.now();
      const rows = await run();
      const ms = performance.now() - t;
      if (!best[name] || ms < best[name].ms) best[name] = { ms, rows };
      process.stderr.write(`  run ${r + 1}: ${name} ${ms.toFixed(0)} ms\n`);
    }
  }
  const fastest = Math.min(...Object.values(best).map((b) => b.ms));
  for (const [name, b] of Object.entries(best)) {
    process.stdout.write(
      `  ${name.padEnd(10)} ${b.rows.toLocaleString('en').padStart(11)} rows  ${b.ms.toFixed(0).padStart(6)} ms  ${((size / 1048576 / b.ms) * 1000).toFixed(0).padStart(4)} MiB/s  ×${(b.ms / fastest).toFixed(2)}\n`,
    );
  }
  process.stdout.write('A short middle row (a,b,c / 1,2,3 / 4,5 / 6,7,8) is read as:\n');
  for (const [name, result] of Object.entries(await shortRowProbe())) process.stdout.write(`  ${name.padEnd(10)} ${result}\n`);
};

await main();
