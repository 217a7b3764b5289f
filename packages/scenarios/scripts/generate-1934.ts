/**
 * Builds the 1934 scenario: the hand-curated archival rows in `archival/1934/`
 * plus seeded synthetic filler, written in canonical form to `data/1934/` so that
 * the totals are exactly the published ones (3,945 decisions, 46 sittings, 1,038
 * decisions and 16 sittings in August–October, 119 interventions, 91 responses,
 * 76 confirmed unchanged).
 *
 *   npx tsx packages/scenarios/scripts/generate-1934.ts [--out DIR]
 *
 * Deterministic: the same archival input and SEED give the same bytes (a test
 * regenerates into a temporary folder and compares with the committed files).
 * Every rule below is documented in docs/scenario-1934.md.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  type DecisionRow,
  type InterventionRow,
  loadRecord,
  type MeetingRow,
  type MemberRow,
  type Outcome,
  type PolitburoRecord,
  type RecordMeta,
  validateRecord,
  writeRecordDir,
} from '@politburo/record';
import { PUBLISHED_ABSENCE_1934, PUBLISHED_COUNTS_1934 } from '../src/published-figures.ts';
import { mulberry32, randInt, type Rng, shuffled, weightedIndex } from './prng.ts';

export const SEED = 1934;
const HERE = dirname(fileURLToPath(import.meta.url));
export const ARCHIVAL_DIR_1934 = resolve(HERE, '../archival/1934');
export const DATA_DIR_1934 = resolve(HERE, '../data/1934');

const YEAR_START = '1934-01-01';
export const LEADER = 'stalin';
export const DEPUTY = 'kaganovich';
/** Chairs a sitting when both the leader and the deputy are away (MSU: Kaganovich and Molotov chaired in Stalin's absence). */
const SECOND_CHAIR = 'molotov';

/** Sittings per month, archival ones included: 30 outside August–October, 16 inside. */
const SITTINGS_PER_MONTH = [3, 2, 4, 4, 3, 4, 4, 5, 6, 5, 3, 3] as const;
/**
 * Days no synthetic sitting is placed on: the 17th Congress (26 Jan – 10 Feb, general
 * knowledge) up to the first sitting of the new convocation on 20 Feb (source
 * khlevniuk-khozyain), and the two days of the office gap before the published window.
 */
const NO_SYNTHETIC_SITTING: ReadonlyArray<readonly [string, string]> = [
  ['1934-01-26', '1934-02-19'],
  ['1934-07-30', '1934-07-31'],
];
/** The 30 Dec 1930 rule: sittings on the 5th, 10th, … 30th (source khlevniuk-khozyain-rhythm). */
export const RULE_DAYS = new Set([5, 10, 15, 20, 25, 30]);
const RULE_DAY_WEIGHT = 6;
/** The year's last synthetic sitting, on the last rule day, so that December's polls land in a 1934 protocol. */
const LAST_SITTING = '1934-12-30';
/** Synthetic items on each sitting's agenda. */
const ITEMS_PER_SITTING = [18, 40] as const;

/** Generic subject areas of synthetic items, their weights and how often each is restricted (special folder). */
export const TOPICS = [
  { id: 'agriculture', weight: 18, restricted: 0.05 },
  { id: 'industry', weight: 16, restricted: 0.05 },
  { id: 'transport', weight: 8, restricted: 0.05 },
  { id: 'finance-trade', weight: 12, restricted: 0.05 },
  { id: 'foreign', weight: 8, restricted: 0.7 },
  { id: 'defence', weight: 6, restricted: 0.6 },
  { id: 'security', weight: 5, restricted: 0.7 },
  { id: 'party', weight: 12, restricted: 0.05 },
  { id: 'culture', weight: 6, restricted: 0.05 },
  { id: 'regions', weight: 9, restricted: 0.05 },
] as const;
export const TOPIC_LABEL: Record<(typeof TOPICS)[number]['id'], string> = {
  agriculture: 'agriculture',
  industry: 'industry',
  transport: 'transport',
  'finance-trade': 'finance and trade',
  foreign: 'foreign affairs',
  defence: 'defence',
  security: 'state security',
  party: 'party affairs',
  culture: 'press and culture',
  regions: 'regions',
};
/** The same subjects in Russian, for the synthetic departments' `name_ru`. */
export const TOPIC_LABEL_RU: Record<(typeof TOPICS)[number]['id'], string> = {
  agriculture: 'сельское хозяйство',
  industry: 'промышленность',
  transport: 'транспорт',
  'finance-trade': 'финансы и торговля',
  foreign: 'внешняя политика',
  defence: 'оборона',
  security: 'государственная безопасность',
  party: 'партийные дела',
  culture: 'печать и культура',
  regions: 'регионы',
};
/** Share of synthetic items given a generic synthetic department as initiator (the rest: unknown). */
export const DEPARTMENT_INITIATOR_SHARE = 0.8;
/** Among non-confirmed synthetic responses: modified, else postponed. */
export const MODIFIED_SHARE = 0.7;

export const SYNTHETIC_PREFIX = 'syn-';
export const deptId = (topic: string): string => `${SYNTHETIC_PREFIX}dept-${topic}`;

// ---------------------------------------------------------------- dates (UTC, no clock)

export const toDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
export const iso = (d: Date): string => d.toISOString().slice(0, 10);
export const addDays = (isoDate: string, n: number): string => {
  const d = toDate(isoDate);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
};
export const daysBetween = (a: string, b: string): number => Math.round((toDate(b).getTime() - toDate(a).getTime()) / 86_400_000);
export const inRange = (date: string, from: string, to: string): boolean => from <= date && date <= to;
const daysOfMonth = (month: number): string[] => {
  const out: string[] = [];
  for (let d = toDate(`1934-${String(month).padStart(2, '0')}-01`); d.getUTCMonth() === month - 1; d.setUTCDate(d.getUTCDate() + 1)) out.push(iso(d));
  return out;
};

// ---------------------------------------------------------------- reading the archival rows

/**
 * Reads the curated rows with the record format's own reader. They are a record in
 * all but numbering: protocol and item numbers are scenario numbers the generator
 * assigns, so empty protocol_no/item_no cells are the only errors tolerated.
 */
export const readArchival1934 = async (dir: string = ARCHIVAL_DIR_1934): Promise<PolitburoRecord> => {
  const loaded = await loadRecord(dir, { limit: 1000 });
  const unexpected = loaded.problems.errors.filter(
    (p) => !(p.file === 'decisions.csv' && (p.column === 'protocol_no' || p.column === 'item_no') && p.message.startsWith('is empty')),
  );
  if (unexpected.length > 0) throw new Error(`archival 1934 rows are invalid:\n${unexpected.map((p) => `${p.file}:${p.row} ${p.column} ${p.message}`).join('\n')}`);
  const bad = loaded.record.decisions.find((d) => d.synthetic !== false || !d.source_id);
  if (bad) throw new Error(`archival decision '${bad.id}' must carry synthetic=false and a source_id`);
  return loaded.record;
};

// ---------------------------------------------------------------- the generator

export interface Absence {
  from: string;
  to: string;
}

export const generate1934 = (archival: PolitburoRecord, seed: number = SEED): PolitburoRecord => {
  const rng = mulberry32(seed);
  const leaderAbsence = single(archival.absences.filter((a) => a.member_id === LEADER));
  if (leaderAbsence.from !== PUBLISHED_ABSENCE_1934.from || leaderAbsence.to !== PUBLISHED_ABSENCE_1934.to) {
    throw new Error('the leader’s absence row must be the published window the figures use');
  }
  const window: Absence = leaderAbsence;
  const deputyAway = archival.absences.filter((a) => a.member_id === DEPUTY);
  const inWindow = (date: string): boolean => inRange(date, window.from, window.to);

  // Sittings.
  const meetings: MeetingRow[] = archival.meetings.map((m) => ({ ...m }));
  const avoid = new Set<string>();
  for (const m of archival.meetings) for (const k of [-1, 0, 1]) avoid.add(addDays(m.date, k));
  for (const d of archival.decisions) if (d.mode === 'poll' && (d.date_precision ?? 'day') === 'day') avoid.add(d.date);
  for (const [from, to] of NO_SYNTHETIC_SITTING) for (let d = from; d <= to; d = addDays(d, 1)) avoid.add(d);
  SITTINGS_PER_MONTH.forEach((total, index) => {
    const month = index + 1;
    const archivalHere = archival.meetings.filter((m) => Number(m.date.slice(5, 7)) === month).length;
    let candidates = daysOfMonth(month).filter((d) => !avoid.has(d));
    const pinned = candidates.includes(LAST_SITTING) ? LAST_SITTING : undefined;
    for (let n = 0; n < total - archivalHere; n++) {
      if (candidates.length === 0) throw new Error(`no day left for a synthetic sitting in month ${month}`);
      const weights = candidates.map((d) => (RULE_DAYS.has(Number(d.slice(8))) ? RULE_DAY_WEIGHT : 1));
      const day = n === 0 && pinned ? pinned : candidates[weightedIndex(rng, weights)]!;
      candidates = candidates.filter((d) => Math.abs(daysBetween(d, day)) > 1);
      meetings.push({ id: `${SYNTHETIC_PREFIX}m-${day}`, date: day, chair_id: chairOn(day, window, deputyAway), attendees: null, synthetic: true });
    }
  });
  meetings.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const lastSitting = meetings[meetings.length - 1]!.date;

  // Synthetic items: each sitting's agenda, then polls between sittings.
  const { drafts, draft } = makeDrafter(rng);
  for (const m of meetings) {
    const k = randInt(rng, ITEMS_PER_SITTING[0], ITEMS_PER_SITTING[1]);
    for (let i = 0; i < k; i++) draft(m.date, 'meeting', m.id);
  }
  const archivalIn = archival.decisions.filter((d) => inWindow(d.date)).length;
  const archivalOut = archival.decisions.length - archivalIn;
  const sittingItemsIn = drafts.filter((d) => inWindow(d.date)).length;
  const sittingItemsOut = drafts.length - sittingItemsIn;
  const pollsIn = PUBLISHED_COUNTS_1934.decisionsDuringAbsence - archivalIn - sittingItemsIn;
  const pollsOut = PUBLISHED_COUNTS_1934.decisionsTotal - PUBLISHED_COUNTS_1934.decisionsDuringAbsence - archivalOut - sittingItemsOut;
  if (pollsIn < 0 || pollsOut < 0) throw new Error('sitting agendas exceed the published totals');
  const sittingDays = new Set(meetings.map((m) => m.date));
  const pollDays: string[] = [];
  for (let d = YEAR_START; d < lastSitting; d = addDays(d, 1)) if (!sittingDays.has(d)) pollDays.push(d);
  const pollDaysIn = pollDays.filter(inWindow);
  const pollDaysOut = pollDays.filter((d) => !inWindow(d));
  for (let i = 0; i < pollsIn; i++) draft(pollDaysIn[Math.floor(rng() * pollDaysIn.length)]!, 'poll');
  for (let i = 0; i < pollsOut; i++) draft(pollDaysOut[Math.floor(rng() * pollDaysOut.length)]!, 'poll');

  drafts.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.mode !== b.mode ? (a.mode === 'meeting' ? -1 : 1) : a.draw - b.draw));
  const width = String(drafts.length).length;
  const synthetic: DecisionRow[] = drafts.map((d, i) => {
    const id = `${SYNTHETIC_PREFIX}d-${String(i + 1).padStart(width, '0')}`;
    return {
      id,
      protocol_no: 0,
      item_no: 0,
      date: d.date,
      mode: d.mode,
      meeting_id: d.meetingId,
      title: `Synthetic item (${TOPIC_LABEL[d.topic]})`,
      restricted: d.restricted,
      initiator_id: d.initiator,
      synthetic: true,
      extra: [['numbering', 'scenario']],
    };
  });

  // Interventions: archival ones count first; synthetic ones make up the published numbers.
  const interventions = drawInterventions(rng, archival, synthetic, inWindow, `synthetic: drawn (seed ${seed}) to make up the published counts of 119 interventions, 91 responses, 76 confirmed unchanged`);

  // Protocols: one per sitting, numbered through the year; a poll is entered in the next sitting's protocol.
  const decisions: DecisionRow[] = [...archival.decisions.map((d) => ({ ...d })), ...synthetic];
  const protocolOf = new Map(meetings.map((m, i) => [m.id, { no: i + 1, date: m.date }]));
  const byProtocol = new Map<number, DecisionRow[]>();
  for (const d of decisions) {
    const target = d.mode === 'meeting' ? meetings.find((m) => m.id === d.meeting_id) : meetings.find((m) => m.date > d.date);
    if (!target) throw new Error(`no protocol for decision '${d.id}'`);
    const p = protocolOf.get(target.id)!;
    d.protocol_no = p.no;
    d.protocol_date = p.date;
    const list = byProtocol.get(p.no) ?? [];
    list.push(d);
    byProtocol.set(p.no, list);
  }
  for (const list of byProtocol.values()) {
    list.sort((a, b) => (a.mode !== b.mode ? (a.mode === 'meeting' ? -1 : 1) : a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.id < b.id ? -1 : 1));
    list.forEach((d, i) => {
      d.item_no = i + 1;
    });
  }

  return {
    ...archival,
    meta: {},
    members: [...archival.members, ...syntheticDepartments()],
    meetings,
    decisions,
    interventions,
  };
};

export const single = <T>(rows: T[]): T => {
  if (rows.length !== 1) throw new Error(`expected exactly one row, found ${rows.length}`);
  return rows[0]!;
};

/** Who chairs a synthetic sitting: the leader when in Moscow; during his absence the deputy; when the deputy is away too, Molotov. */
export const chairOn = (date: string, leaderAway: Absence, deputyAway: readonly Absence[]): string => {
  if (!inRange(date, leaderAway.from, leaderAway.to)) return LEADER;
  return deputyAway.some((a) => inRange(date, a.from, a.to)) ? SECOND_CHAIR : DEPUTY;
};


// ---------------------------------------------------------------- shared with generate-1934-evidence.ts

/** A synthetic item before it is numbered. */
export interface Draft {
  date: string;
  mode: 'meeting' | 'poll';
  meetingId?: string;
  topic: (typeof TOPICS)[number]['id'];
  restricted: boolean;
  initiator?: string;
  draw: number;
}

/** Draws synthetic items' subject, special-folder flag and generic initiator, in a fixed order of draws. */
export const makeDrafter = (rng: Rng): { drafts: Draft[]; draft: (date: string, mode: Draft['mode'], meetingId?: string) => void } => {
  const drafts: Draft[] = [];
  const draft = (date: string, mode: Draft['mode'], meetingId?: string): void => {
    const topic = TOPICS[weightedIndex(rng, TOPICS.map((t) => t.weight))]!;
    const restricted = rng() < topic.restricted;
    const initiator = rng() < DEPARTMENT_INITIATOR_SHARE ? deptId(topic.id) : undefined;
    drafts.push({ date, mode, meetingId, topic: topic.id, restricted, initiator, draw: drafts.length });
  };
  return { drafts, draft };
};

/**
 * The archival interventions, then synthetic ones on holiday items drawn at random until the
 * quoted counts (119 / 91 / 76) are reached. An item given a synthetic intervention names no
 * initiator: it came from the deputy or the leader, and neither is named on an invented item.
 */
export const drawInterventions = (rng: Rng, archival: PolitburoRecord, synthetic: DecisionRow[], inWindow: (date: string) => boolean, basis: string): InterventionRow[] => {
  const leaderRows = archival.interventions.filter((v) => v.member_id === LEADER && v.decision_id);
  const archivalDecisionDates = new Map(archival.decisions.map((d) => [d.id, d.date]));
  const counted = leaderRows.filter((v) => inWindow(archivalDecisionDates.get(v.decision_id!) ?? ''));
  const need = {
    interventions: PUBLISHED_COUNTS_1934.interventions - counted.length,
    responses: PUBLISHED_COUNTS_1934.responses - counted.filter((v) => v.origin === 'response').length,
    confirmed: PUBLISHED_COUNTS_1934.confirmedUnchanged - counted.filter((v) => v.origin === 'response' && v.outcome === 'confirmed').length,
  };
  if (need.confirmed < 0 || need.responses < need.confirmed || need.interventions < need.responses) throw new Error('archival interventions exceed the published counts');
  const pool = shuffled(
    rng,
    synthetic.filter((d) => inWindow(d.date)),
  ).slice(0, need.interventions);
  const interventions: InterventionRow[] = archival.interventions.map((v) => ({ ...v }));
  pool.forEach((d, i) => {
    const response = i < need.responses;
    const outcome: Outcome = !response || i < need.confirmed ? 'confirmed' : rng() < MODIFIED_SHARE ? 'modified' : 'postponed';
    d.initiator_id = undefined;
    interventions.push({
      decision_id: d.id,
      member_id: LEADER,
      origin: response ? 'response' : 'initiative',
      outcome,
      correspondence_ids: [],
      coded_by: 'generator',
      basis,
      synthetic: true,
    });
  });
  return interventions;
};

/** The generic synthetic "departments" that stand as initiators of invented items. */
export const syntheticDepartments = (): MemberRow[] =>
  TOPICS.map((t) => ({
    id: deptId(t.id),
    name: `Synthetic department: ${TOPIC_LABEL[t.id]} (generic, not a real body)`,
    name_ru: `Синтетический отдел: ${TOPIC_LABEL_RU[t.id]} (условный, не реальный орган)`,
    role: 'external',
    synthetic: true,
  }));

// ---------------------------------------------------------------- meta and writing

export const countRows = (record: PolitburoRecord, synthetic: boolean): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const table of ['members', 'memberships', 'absences', 'meetings', 'decisions', 'correspondence', 'interventions', 'items', 'ballots', 'sources'] as const) {
    out[table] = (record[table] as Array<{ synthetic?: boolean }>).filter((r) => (r.synthetic === true) === synthetic).length;
  }
  return out;
};

export const meta1934 = (record: PolitburoRecord, seed: number): RecordMeta => ({
  name: '1934',
  title: 'The Politburo in 1934',
  title_ru: 'Политбюро в 1934 году (по цитируемым цифрам)',
  description:
    'The 1934 Politburo record as quoted: the archival facts gathered so far (members, the leader’s holiday, the sittings, protocol items and decisions the sources name, 37 items of the holiday correspondence, a request with no answer seen, coded interventions), each with its source, plus seeded synthetic filler that brings the totals to the figures quoted in the secondary literature (3,945 / 46 / 1,038 / 16 / 119 / 91 / 76; most without a located source, 46 probably the 1930–36 average). Its counterpart 1934-evidence follows the protocol numbering instead. See docs/scenario-1934.md.',
  synthetic: false,
  syntheticNote:
    'A mixed record: every row carries its own synthetic flag. Rows with synthetic=false carry a source_id in sources.csv; rows with synthetic=true (ids starting "syn-") were generated to reach the published counts and name no real person as initiator.',
  readOnly: true,
  reading: 'quoted',
  publishedWindow: { from: PUBLISHED_ABSENCE_1934.from, to: PUBLISHED_ABSENCE_1934.to },
  officeGap: { from: '1934-07-30', to: '1934-10-31', sourceId: 'ru-ed-1934-intro' },
  figureSources: {
    decisionsTotal: ['khlevniuk-1996-p289', 'ken-rupasov-2016'],
    meetingsTotal: ['msu-all-stalins-men'],
    holidayFigures: ['holiday-figures-unlocated'],
  },
  figureStatus: {
    decisionsTotal: 'quoted in the secondary literature; source located (Khlevniuk 1996, p. 289, via Ken & Rupasov)',
    meetingsTotal: 'quoted in the secondary literature; probably the 1930–36 yearly average, not a count for 1934',
    holidayFigures: 'quoted in the secondary literature; source not located',
  },
  conventions: {
    numbering:
      'protocol_no and item_no are scenario numbers (column numbering=scenario): one protocol per sitting numbered through the year; polls entered in the next sitting’s protocol. Where a source gives the number (No. 8 item 39/27 of 9 Jun; No. 9 item 30/20 of 26 Jun), it is kept in source_protocol_no, source_item_no, source_protocol_date and item_label; the scenario 1934-evidence numbers by the sources instead.',
    requests: 'items.csv holds requests put to the leader whose answer is not seen (the Kork request in the 28 Aug letter); no intervention is coded for them.',
    datePrecision: 'month → first of the month; approx → best estimate (see date_note); correspondence times are 00:00 placeholders unless date_precision is minute.',
    chair: 'Synthetic sittings: Stalin outside his absence; Kaganovich during it; Molotov while Kaganovich was also away (5–10 Oct). Archival sittings: chair left empty (not stated in the sources).',
    attendees: 'Unknown (empty) on every sitting.',
    restricted: 'Synthetic items restricted (special folder) by subject: foreign affairs 70%, defence 60%, state security 70%, other subjects 5%; not sourced.',
  },
  documentedRoutes: {
    'without-poll': {
      from: '1934-09',
      sourceId: 'khlevniuk-1996-p77',
      note: 'From September 1934 many entries are marked “без опроса” and carry only Kaganovich’s visa. No item is marked so: which items they were is not known, and the record format has no such mode yet.',
    },
  },
  generator: { script: 'packages/scenarios/scripts/generate-1934.ts', seed, prng: 'mulberry32' },
  rows: { archival: countRows(record, false), synthetic: countRows(record, true) },
});

/** sha256 over every file but meta.json, then over meta.json without its version. */
export const contentVersion = async (dir: string, meta: RecordMeta): Promise<string> => {
  const hash = createHash('sha256');
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.csv')).sort()) {
    hash.update(`${name}\n`);
    hash.update(await readFile(join(dir, name)));
  }
  hash.update(JSON.stringify(meta));
  return `sha256-${hash.digest('hex').slice(0, 16)}`;
};

/**
 * Checks a generated record and writes it with its content version; shared by both scenarios.
 * Written twice: the version is a hash of the canonical files themselves.
 */
export const writeValidated = async (record: PolitburoRecord, meta: RecordMeta, outDir: string): Promise<PolitburoRecord> => {
  const problems = validateRecord(record);
  if (problems.errors.length > 0) throw new Error(`generated record is invalid:\n${problems.errors.map((p) => `${p.file}:${p.row} ${p.column} ${p.message}`).join('\n')}`);
  await writeRecordDir({ ...record, meta }, outDir);
  const version = await contentVersion(outDir, meta);
  const final = { ...record, meta: { name: meta.name, version, ...meta } };
  await writeRecordDir(final, outDir);
  return final;
};

/** `tsx <script> [--out DIR]`: writes the scenario, says where, and exits 1 with the message alone on failure. */
export const runAsScript = (moduleUrl: string, defaultOut: string, write: (outDir: string) => Promise<PolitburoRecord>): void => {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(resolve(process.argv[1])).href) return;
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const out = outIndex >= 0 && args[outIndex + 1] ? resolve(args[outIndex + 1]!) : defaultOut;
  write(out).then(
    (record) => process.stdout.write(`wrote ${out} (version ${String(record.meta.version)}; ${record.decisions.length} decisions, ${record.meetings.length} sittings)\n`),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
};

/** Generates and writes the scenario; returns the record as written. */
export const writeScenario1934 = async (outDir: string = DATA_DIR_1934, archivalDir: string = ARCHIVAL_DIR_1934, seed: number = SEED): Promise<PolitburoRecord> => {
  const record = generate1934(await readArchival1934(archivalDir), seed);
  return writeValidated(record, meta1934(record, seed), outDir);
};

runAsScript(import.meta.url, DATA_DIR_1934, (out) => writeScenario1934(out));
