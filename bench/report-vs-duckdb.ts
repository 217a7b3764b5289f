/**
 * Computes the report's headline figures twice over the same CSV folder, once with
 * politburo's streaming report and once with DuckDB SQL, each in its own child
 * process so peak memory (max RSS) is measured separately; asserts they agree and
 * prints the time ratio.
 *
 *   npx tsx bench/generate-record.ts --out bench/out/1m --decisions 1000000 --letters 1000000
 *   npx tsx bench/report-vs-duckdb.ts --dir bench/out/1m [--pairs 5]
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLine, median, mib, parseFlags } from './bench-support.ts';

const flags = parseFlags(process.argv.slice(2), { dir: 'bench/out/1m', side: '', leader: 'L', threads: '', 'two-threads': '', 'one-thread': '', pairs: '5' });

/**
 * Sides: `js` is the report's figures alone (what DuckDB computes); `js-full` adds the
 * correspondence extras. Both take the report's default (one thread); `--two-threads`
 * adds `js-2t` and `js-full-2t`, which split the big files between two threads
 * (`--one-thread` adds forced one-thread sides, for when the default changes).
 */
const EXTRA = flags['two-threads'] ? '2t' : flags['one-thread'] ? '1t' : '';
const SIDES = ['js', 'js-full', 'duckdb', ...(EXTRA ? [`js-${EXTRA}`, `js-full-${EXTRA}`] : [])];
const DUCKDB = 2;

const HEADLINE = [
  'decisionsTotal',
  'meetingsTotal',
  'decisionsDuringAbsence',
  'meetingsDuringAbsence',
  'meetingsWithAttendance',
  'meetingsWithoutLeader',
  'interventions',
  'responses',
  'confirmedUnchanged',
] as const;
type Headline = Record<(typeof HEADLINE)[number], number | null>;

interface SideResult {
  side: string;
  figures: Headline;
  workMs: number;
  maxRssBytes: number;
}

// Each side imports only its own engine, so neither's memory counts against the other.
const runJs = async (dir: string, figuresOnly: boolean, threads: number | undefined): Promise<Headline> => {
  const { computeReportFromDir } = await import('@politburo/analytics');
  let lastTable = '';
  const report = await computeReportFromDir(dir, {
    leader: flags.leader,
    figuresOnly,
    ...(threads === undefined ? {} : { threads }),
    onProgress: (table, rows) => {
      if (table !== lastTable && lastTable !== '') process.stderr.write('\n');
      lastTable = table;
      process.stderr.write(`\r  js: ${table} ${rows.toLocaleString('en')} rows`);
    },
  });
  if (lastTable !== '') process.stderr.write('\n');
  return Object.fromEntries(HEADLINE.map((k) => [k, report[k]])) as Headline;
};

/** The same definitions in SQL, written from the issue's table (windows merged gaps-and-islands style). */
const runDuckDb = async (dir: string): Promise<Headline> => {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const threads: Record<string, string> = flags.threads ? { threads: flags.threads } : {};
  const db = await DuckDBInstance.create(':memory:', threads);
  const conn = await db.connect();
  const csv = (file: string): string => `read_csv('${join(dir, file).replaceAll("'", "''")}', header = true, all_varchar = true)`;
  const leader = flags.leader!.replaceAll("'", "''");
  // packages/analytics/README.md: only a held sitting (status empty or "held") enters a figure;
  // an empty attendance list is unknown, and the count without the leader is unknown (NULL) when
  // no held sitting has one. A record written before the status column has only held sittings.
  const header = (await readFile(join(dir, 'meetings.csv'), 'utf8').catch(() => '')).split('\n', 1)[0]!.replace(/^\ufeff/, '').split(',');
  const status = header.includes('status') ? "coalesce(status, '')" : "''";
  const sql = `
    WITH
    a AS (SELECT CAST("from" AS DATE) AS f, CAST("to" AS DATE) AS t FROM ${csv('absences.csv')} WHERE member_id = '${leader}'),
    o AS (SELECT f, t, max(t) OVER (ORDER BY f ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev FROM a),
    g AS (SELECT f, t, sum(CASE WHEN prev IS NULL OR f > prev + 1 THEN 1 ELSE 0 END) OVER (ORDER BY f) AS grp FROM o),
    w AS (SELECT strftime(min(f), '%Y-%m-%d') AS f, strftime(max(t), '%Y-%m-%d') AS t FROM g GROUP BY grp),
    d AS (SELECT id, date FROM ${csv('decisions.csv')}),
    -- Merged windows are disjoint, so an ASOF join finds each date's only candidate window (a range join is quadratic here).
    absent AS (SELECT d.id FROM d ASOF JOIN w ON d.date >= w.f WHERE d.date <= w.t),
    m AS (SELECT date, attendees FROM ${csv('meetings.csv')} WHERE ${status} IN ('', 'held')),
    ma AS (SELECT attendees FROM m WHERE coalesce(attendees, '') <> ''),
    iv AS (
      SELECT decision_id, first(origin) AS origin, first(outcome) AS outcome
      FROM ${csv('interventions.csv')} WHERE member_id = '${leader}' AND decision_id IS NOT NULL AND decision_id <> ''
      GROUP BY decision_id
    ),
    hit AS (SELECT iv.* FROM iv SEMI JOIN absent ON iv.decision_id = absent.id)
    SELECT
      (SELECT count(*) FROM d) AS decisionsTotal,
      (SELECT count(*) FROM m) AS meetingsTotal,
      (SELECT count(*) FROM absent) AS decisionsDuringAbsence,
      (SELECT count(*) FROM m ASOF JOIN w ON m.date >= w.f WHERE m.date <= w.t) AS meetingsDuringAbsence,
      (SELECT count(*) FROM ma) AS meetingsWithAttendance,
      CASE WHEN (SELECT count(*) FROM ma) = 0 THEN NULL
        ELSE (SELECT count(*) FROM ma WHERE NOT list_contains(string_split(attendees, ';'), '${leader}')) END AS meetingsWithoutLeader,
      (SELECT count(*) FROM hit) AS interventions,
      (SELECT count(*) FROM hit WHERE origin = 'response') AS responses,
      (SELECT count(*) FROM hit WHERE origin = 'response' AND outcome = 'confirmed') AS confirmedUnchanged
  `;
  process.stderr.write('  duckdb: running the query…\n');
  const reader = await conn.runAndReadAll(sql);
  const row = reader.getRowObjects()[0]!;
  conn.closeSync();
  return Object.fromEntries(HEADLINE.map((k) => [k, row[k] === null ? null : Number(row[k])])) as Headline;
};

const child = async (side: string): Promise<void> => {
  const started = performance.now();
  const figures = side === 'duckdb' ? await runDuckDb(flags.dir) : await runJs(flags.dir, side.startsWith('js-full') === false, side.endsWith('-2t') ? 2 : side.endsWith('-1t') ? 1 : undefined);
  const result: SideResult = { side, figures, workMs: performance.now() - started, maxRssBytes: process.resourceUsage().maxRSS * 1024 };
  process.stdout.write(`${JSON.stringify(result)}\n`);
};

const runChild = (side: string): Promise<SideResult & { wallMs: number }> =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    const args = ['--import', 'tsx', fileURLToPath(import.meta.url), '--side', side, '--dir', flags.dir!, '--leader', flags.leader!];
    if (flags.threads) args.push('--threads', flags.threads);
    const p = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    p.on('error', reject);
    p.on('close', (code) => {
      if (code !== 0) reject(new Error(`${side} side exited with ${code}`));
      else resolve({ ...(JSON.parse(out.trim().split('\n').at(-1)!) as SideResult), wallMs: performance.now() - started });
    });
  });

const main = async (): Promise<void> => {
  const pairs = Number(flags.pairs);
  process.stderr.write(`report vs DuckDB on ${flags.dir}, ${pairs} interleaved rounds of the three sides; ${await loadLine()}\n`);
  const rounds: Array<Array<SideResult & { wallMs: number }>> = [];
  for (let i = 0; i < pairs; i++) {
    const round: Array<SideResult & { wallMs: number }> = [];
    for (const side of SIDES) round.push(await runChild(side));
    rounds.push(round);
    process.stderr.write(`  round ${i + 1}/${pairs}: ${round.map((r) => `${r.side} ${(r.wallMs / 1000).toFixed(1)} s`).join(', ')}\n`);
  }
  const results = rounds[0]!;
  const js = results[0]!;
  const header = `  ${'figure'.padEnd(24)}${results.map((r) => r.side.padStart(12)).join('')}`;
  const same = (k: (typeof HEADLINE)[number]) => rounds.every((round) => round.every((r) => r.figures[k] === js.figures[k]));
  const rows = HEADLINE.map((k) => `  ${k.padEnd(24)}${results.map((r) => String(r.figures[k]).padStart(12)).join('')}${same(k) ? '' : '  ← DIFFERENT'}`);
  process.stdout.write(`\n${header}\n${rows.join('\n')}\n\n`);
  const med = (i: number, f: (r: SideResult & { wallMs: number }) => number) => median(rounds.map((round) => f(round[i]!)));
  SIDES.forEach((side, i) => {
    process.stdout.write(
      `  ${side.padEnd(9)} median work ${(med(i, (r) => r.workMs) / 1000).toFixed(2)} s, process ${(med(i, (r) => r.wallMs) / 1000).toFixed(2)} s, peak RSS ${mib(med(i, (r) => r.maxRssBytes))}\n`,
    );
  });
  const ratio = (i: number, f: (r: SideResult & { wallMs: number }) => number) => median(rounds.map((round) => f(round[i]!) / f(round[DUCKDB]!)));
  for (const [i, what, goal] of [
    [0, 'figures', '≤ ×1.0'],
    [1, 'full report', '≤ ×1.5'],
    ...(SIDES.length > 3 ? ([[3, `figures, ${EXTRA}`, '≤ ×1.0'], [4, `full report, ${EXTRA}`, '≤ ×1.5']] as const) : []),
  ] as const) {
    process.stdout.write(
      `  politburo ${what}/duckdb (median of rounds): time ×${ratio(i, (r) => r.workMs).toFixed(2)} (work), ×${ratio(i, (r) => r.wallMs).toFixed(2)} (process; goal ${goal}); peak memory ×${ratio(i, (r) => r.maxRssBytes).toFixed(2)}\n`,
    );
  }
  if (!HEADLINE.every(same)) {
    process.stdout.write('  FAIL: the implementations disagree\n');
    process.exitCode = 1;
  } else process.stdout.write('  OK: all agree on every headline figure, in every round\n');
};

if (flags.side === '') await main();
else await child(flags.side);
