/**
 * Builds the `1934-evidence` scenario: 1934 as the archive suggests (docs/scenario-1934.md,
 * "Two readings"). The same archival rows as `1934`, with the protocol series and the
 * sittings following the sources instead of the quoted 46 / 16:
 *
 *   - the 17th-congress series starts with No. 1 at the first sitting of 20 Feb 1934
 *     (an inference: Khlevniuk dates the first sitting, no source numbers it); No. 8 is
 *     dated 9 June and No. 9 (special) 26 June (Ken & Rupasov); No. 25 is 13 May 1935;
 *   - the older (16th-congress) series runs on in January, its numbers estimated from
 *     No. 146 of 1 Oct 1933;
 *   - the protocol counts come from a seeded draw within the ranges the sources allow
 *     (RANGES below), and every protocol date is a sitting; the attested sittings are
 *     kept, and the sitting of 28 Aug is covered by the protocol of 26 Aug;
 *   - 3,945 items (Khlevniuk's count), 1,038 of them in August–October (the quoted
 *     figure, which is also what pro-rating gives), and the quoted intervention counts
 *     as synthetic filler: the archive offers no other count of either.
 *
 *   npx tsx packages/scenarios/scripts/generate-1934-evidence.ts [--out DIR]
 *
 * Deterministic, like generate-1934.ts; a test regenerates and compares byte for byte.
 */
import { resolve } from 'node:path';
import type { DecisionRow, MeetingRow, PolitburoRecord, RecordMeta } from '@politburo/record';
import { PUBLISHED_ABSENCE_1934, PUBLISHED_COUNTS_1934 } from '../src/published-figures.ts';
import { EVIDENCE_RANGES_1934, type EvidenceRange, FORGED_SITTINGS_1934 } from '../src/evidence-1934.ts';
import {
  type Absence,
  addDays,
  ARCHIVAL_DIR_1934,
  chairOn,
  runAsScript,
  countRows,
  DEPUTY,
  drawInterventions,
  inRange,
  LEADER,
  makeDrafter,
  RULE_DAYS,
  readArchival1934,
  SYNTHETIC_PREFIX,
  single,
  syntheticDepartments,
  TOPIC_LABEL,
  writeValidated,
} from './generate-1934.ts';
import { mulberry32, randInt, type Rng, weightedIndex } from './prng.ts';

export const EVIDENCE_SEED = 1934;
export const DATA_DIR_1934_EVIDENCE = resolve(ARCHIVAL_DIR_1934, '../../data/1934-evidence');

/** The 17th Congress (26 Jan – 10 Feb 1934): no protocol, no poll. */
const CONGRESS = ['1934-01-26', '1934-02-10'] as const;
void CONGRESS[0];
const YEAR_START = '1934-01-01';
/** The first sitting of the 17th-congress convocation (khlevniuk-khozyain). */
const FIRST_SITTING_NEW_SERIES = '1934-02-20';

/** How a protocol is known. */
type ProtocolBasis = 'archival' | 'inference' | 'estimated';

export interface PlannedProtocol {
  no: number;
  date: string;
  series: '16th-congress' | '17th-congress';
  /** archival: number and date in a source; inference: the date in a source, the number inferred; estimated: drawn by the rule. */
  basis: ProtocolBasis;
  note: string;
  /** Sitting days the protocol covers (its date first). */
  sittings: string[];
}

/** A day near `target` in [from, to], preferring the days of the 1930 rule, not within a day of `taken`. */
const pickDay = (rng: Rng, target: string, from: string, to: string, taken: readonly string[]): string => {
  const options: string[] = [];
  for (let k = -4; k <= 4; k++) {
    const d = addDays(target, k);
    if (d < from || d > to) continue;
    if (taken.some((t) => Math.abs(dayNo(t) - dayNo(d)) <= 1)) continue;
    options.push(d);
  }
  if (options.length === 0) throw new Error(`no day free near ${target}`);
  return options[weightedIndex(rng, options.map((d) => (RULE_DAYS.has(Number(d.slice(8))) ? 6 : 1)))]!;
};
const dayNo = (isoDate: string): number => Math.round(new Date(`${isoDate}T00:00:00Z`).getTime() / 86_400_000);
/** k days spread evenly strictly inside (from, to). */
const spread = (rng: Rng, k: number, from: string, to: string, taken: string[]): string[] => {
  const span = dayNo(to) - dayNo(from);
  const out: string[] = [];
  for (let i = 1; i <= k; i++) {
    const d = pickDay(rng, addDays(from, Math.round((span * i) / (k + 1))), addDays(from, 2), addDays(to, -2), [...taken, ...out]);
    out.push(d);
  }
  return out;
};

/**
 * The seeded rule: draws the counts within EVIDENCE_RANGES_1934, then places the protocols.
 * Rejection sampling keeps November–December within its range; the draws are logged in meta.json.
 */
export const planProtocols = (rng: Rng): { protocols: PlannedProtocol[]; drawn: Record<string, number> } => {
  const R = EVIDENCE_RANGES_1934;
  let drawn: Record<string, number> | undefined;
  for (let attempt = 0; attempt < 100 && !drawn; attempt++) {
    const old = randInt(rng, R.oldSeriesProtocols.range[0], R.oldSeriesProtocols.range[1]);
    const lastNo = randInt(rng, R.newSeriesLastNo.range[0], R.newSeriesLastNo.range[1]);
    const holiday = randInt(rng, R.holidayProtocols.range[0], R.holidayProtocols.range[1]);
    const july = randInt(rng, R.julyProtocols.range[0], R.julyProtocols.range[1]);
    const late = lastNo - 9 - july - holiday;
    if (late >= R.novDecProtocols.range[0] && late <= R.novDecProtocols.range[1]) drawn = { old, lastNo, holiday, july, late };
  }
  if (!drawn) throw new Error('the ranges admit no plan');
  const protocols: PlannedProtocol[] = [];
  const taken: string[] = [];
  const add = (p: Omit<PlannedProtocol, 'no' | 'series'> & { series?: PlannedProtocol['series'] }): void => {
    protocols.push({ no: 0, series: '17th-congress', ...p });
    taken.push(...p.sittings);
  };
  // Fixed by the sources.
  add({ date: FIRST_SITTING_NEW_SERIES, basis: 'inference', note: 'first sitting of the 17th-congress convocation (khlevniuk-khozyain); that its protocol is No. 1 is an inference', sittings: [FIRST_SITTING_NEW_SERIES] });
  add({ date: '1934-06-09', basis: 'archival', note: 'No. 8 (ken-rupasov-219)', sittings: ['1934-06-09'] });
  add({ date: '1934-06-26', basis: 'archival', note: 'No. 9, special (ken-rupasov-128; RGASPI f.17 op.162 d.16 l.101)', sittings: ['1934-06-26'] });
  add({ date: '1934-07-22', basis: 'inference', note: 'the attested sitting of 22 Jul (zhukov-zinoviev); its protocol number is not seen', sittings: ['1934-07-22'] });
  add({
    date: '1934-08-26',
    basis: 'inference',
    note: 'the protocol of the sitting of 26 Aug sent to Kirov (kirilina-kirov-121), taken to be f.17 op.3 d.950 and to cover the sitting of 28 Aug too (istmat-36178; F.2: a protocol can cover more than one sitting day)',
    sittings: ['1934-08-26', '1934-08-28'],
  });
  add({ date: '1934-09-23', basis: 'inference', note: 'the attested sitting of 23 Sep (istmat-36263), taken to be f.17 op.3 d.952, which holds the decision of 17 Sep', sittings: ['1934-09-23'] });
  // Dated within a window by the files' decisions (estimated day).
  const d951 = pickDay(rng, '1934-09-05', '1934-09-01', '1934-09-16', taken);
  add({ date: d951, basis: 'estimated', note: 'f.17 op.3 d.951 holds decisions of 1 Sep (zhukov-inoy-stalin): a protocol dated 1–16 Sep; the day is drawn', sittings: [d951] });
  const d953 = pickDay(rng, '1934-10-05', '1934-09-30', '1934-10-14', taken);
  add({ date: d953, basis: 'estimated', note: 'f.17 op.3 d.953 holds the decision of 30 Sep (istmat-36277): a protocol dated from 30 Sep; the day is drawn', sittings: [d953] });
  const last = pickDay(rng, '1934-12-25', '1934-12-19', '1934-12-29', taken);
  add({ date: last, basis: 'estimated', note: 'f.17 op.3 d.955 holds the decision of 19 Dec (kotkin-2017-698): the year’s last protocol, dated from 19 Dec; the day is drawn', sittings: [last] });
  // Optional holiday protocols: early August, then late October.
  const extraHoliday = drawn.holiday! - 4;
  const optional = extraHoliday === 1 ? [rng() < 0.5 ? 'aug' : 'oct'] : extraHoliday === 2 ? ['aug', 'oct'] : [];
  for (const o of optional) {
    const d = o === 'aug' ? pickDay(rng, '1934-08-10', '1934-08-02', '1934-08-20', taken) : pickDay(rng, '1934-10-25', '1934-10-16', '1934-10-31', taken);
    add({ date: d, basis: 'estimated', note: `one of the ${drawn.holiday} holiday protocols drawn within 4–6 (${o === 'aug' ? 'early August' : 'late October'}); the day is drawn`, sittings: [d] });
  }
  // Estimated: spread evenly, the day snapped towards the 1930 rule's days.
  const est = (days: string[], note: string, series: PlannedProtocol['series'] = '17th-congress'): void => {
    for (const d of days) add({ date: d, basis: 'estimated', note, sittings: [d], series });
  };
  est(spread(rng, 6, FIRST_SITTING_NEW_SERIES, '1934-06-09', taken), 'Nos. 2–7 between No. 1 (20 Feb) and No. 8 (9 Jun), spread evenly; the days are drawn');
  if (drawn.july === 2) est([pickDay(rng, '1934-07-08', '1934-07-02', '1934-07-14', taken)], 'a second July protocol (range 1–2); the day is drawn');
  const holidayEnd = protocols.filter((p) => p.date >= '1934-09-30' && p.date <= '1934-10-31').map((p) => p.date).sort().at(-1)!;
  est(spread(rng, drawn.late! - 1, holidayEnd > '1934-10-31' ? holidayEnd : '1934-10-31', last, taken), 'November–December protocols before the last one, spread evenly; the days are drawn');
  est(spread(rng, drawn.old!, '1933-12-31', '1934-01-25', taken), 'the older (16th-congress) series in January, before the congress; the days are drawn', '16th-congress');

  protocols.sort((a, b) => (a.date < b.date ? -1 : 1));
  let oldNo = EVIDENCE_RANGES_1934.oldSeriesFirstNo.value;
  let newNo = 1;
  for (const p of protocols) p.no = p.series === '16th-congress' ? oldNo++ : newNo++;
  const byDate = (d: string) => protocols.find((p) => p.date === d)!;
  if (byDate('1934-06-09').no !== 8 || byDate('1934-06-26').no !== 9) throw new Error('the plan does not put No. 8 on 9 Jun and No. 9 on 26 Jun');
  if (newNo - 1 !== drawn.lastNo) throw new Error(`the plan numbers to ${newNo - 1}, not ${drawn.lastNo}`);
  return { protocols, drawn };
};

export const generate1934Evidence = (archival: PolitburoRecord, seed: number = EVIDENCE_SEED): { record: PolitburoRecord; protocols: PlannedProtocol[]; drawn: Record<string, number> } => {
  const rng = mulberry32(seed);
  const leaderAbsence = single(archival.absences.filter((a) => a.member_id === LEADER));
  const window: Absence = leaderAbsence;
  const deputyAway = archival.absences.filter((a) => a.member_id === DEPUTY);
  const inWindow = (date: string): boolean => inRange(date, window.from, window.to);
  const { protocols, drawn } = planProtocols(rng);

  // Sittings: the archival rows, then one synthetic sitting on each protocol day without one.
  const meetings: MeetingRow[] = archival.meetings.map((m) => ({ ...m }));
  for (const forged of FORGED_SITTINGS_1934) if (meetings.some((m) => m.date === forged.date)) throw new Error(`the forged sitting of ${forged.date} is in the archival rows`);
  for (const p of protocols) {
    for (const day of p.sittings) {
      if (meetings.some((m) => m.date === day)) continue;
      meetings.push({ id: `${SYNTHETIC_PREFIX}m-${day}`, date: day, chair_id: chairOn(day, window, deputyAway), attendees: null, synthetic: true, extra: [['basis', 'synthetic: a sitting on the date of an estimated protocol']] });
    }
  }
  meetings.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const lastProtocol = protocols[protocols.length - 1]!.date;

  const { drafts, draft } = makeDrafter(rng);
  const [agendaMin, agendaMax] = EVIDENCE_RANGES_1934.itemsPerSittingAgenda.range;
  for (const m of meetings) {
    const k = randInt(rng, agendaMin, agendaMax);
    for (let i = 0; i < k; i++) draft(m.date, 'meeting', m.id);
  }
  const archivalIn = archival.decisions.filter((d) => inWindow(d.date)).length;
  const archivalOut = archival.decisions.length - archivalIn;
  const sittingItemsIn = drafts.filter((d) => inWindow(d.date)).length;
  const sittingItemsOut = drafts.length - sittingItemsIn;
  const pollsIn = PUBLISHED_COUNTS_1934.decisionsDuringAbsence - archivalIn - sittingItemsIn;
  const pollsOut = PUBLISHED_COUNTS_1934.decisionsTotal - PUBLISHED_COUNTS_1934.decisionsDuringAbsence - archivalOut - sittingItemsOut;
  if (pollsIn < 0 || pollsOut < 0) throw new Error('sitting agendas exceed the totals');
  const sittingDays = new Set(meetings.map((m) => m.date));
  const pollDays: string[] = [];
  // No poll between the older series' last protocol and the end of the congress: no protocol of either series would hold it.
  const lastOld = protocols.filter((p) => p.series === '16th-congress').at(-1)!.date;
  const noPolls = [addDays(lastOld, 1), CONGRESS[1]] as const;
  for (let d = YEAR_START; d <= lastProtocol; d = addDays(d, 1)) if (!sittingDays.has(d) && !inRange(d, noPolls[0], noPolls[1])) pollDays.push(d);
  const pollDaysIn = pollDays.filter(inWindow);
  const pollDaysOut = pollDays.filter((d) => !inWindow(d));
  for (let i = 0; i < pollsIn; i++) draft(pollDaysIn[Math.floor(rng() * pollDaysIn.length)]!, 'poll');
  for (let i = 0; i < pollsOut; i++) draft(pollDaysOut[Math.floor(rng() * pollDaysOut.length)]!, 'poll');

  drafts.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.mode !== b.mode ? (a.mode === 'meeting' ? -1 : 1) : a.draw - b.draw));
  const width = String(drafts.length).length;
  const synthetic: DecisionRow[] = drafts.map((d, i) => ({
    id: `${SYNTHETIC_PREFIX}d-${String(i + 1).padStart(width, '0')}`,
    protocol_no: 0,
    item_no: 0,
    date: d.date,
    mode: d.mode,
    meeting_id: d.meetingId,
    title: `Synthetic item (${TOPIC_LABEL[d.topic]})`,
    restricted: d.restricted,
    initiator_id: d.initiator,
    synthetic: true,
    extra: [['numbering', 'estimated']],
  }));

  // Interventions: as in 1934 (the quoted counts, synthetic filler; the archive gives no other count).
  const interventions = drawInterventions(
    rng,
    archival,
    synthetic,
    inWindow,
    `synthetic: drawn (seed ${seed}) to keep the quoted counts of 119 interventions, 91 responses, 76 confirmed unchanged (no archival count exists)`,
  );

  // Protocols: a sitting's items go to the protocol covering the sitting; a poll to the first protocol dated on or after it.
  const decisions: DecisionRow[] = [...archival.decisions.map((d) => ({ ...d, extra: [...(d.extra ?? [])] })), ...synthetic];
  const protocolOfSitting = new Map<string, PlannedProtocol>();
  for (const p of protocols) for (const s of p.sittings) protocolOfSitting.set(s, p);
  const meetingDate = new Map(meetings.map((m) => [m.id, m.date]));
  const byProtocol = new Map<number, DecisionRow[]>();
  for (const d of decisions) {
    const p = d.mode === 'meeting' ? protocolOfSitting.get(meetingDate.get(d.meeting_id ?? '') ?? '') : protocols.find((x) => x.date >= d.date);
    if (!p) throw new Error(`no protocol for decision '${d.id}' (${d.date})`);
    const sourceNo = extraOf(d, 'source_protocol_no');
    if (sourceNo && Number(sourceNo) !== p.no) throw new Error(`decision '${d.id}' is in protocol ${sourceNo} by its source but the plan puts it in ${p.no}`);
    d.protocol_no = p.no;
    d.protocol_date = p.date;
    const list = byProtocol.get(p.no) ?? [];
    list.push(d);
    byProtocol.set(p.no, list);
  }
  // Items: the source's item number where one is given (numbering=archival), the rest in order around them.
  for (const [no, list] of byProtocol) {
    list.sort((a, b) => (a.mode !== b.mode ? (a.mode === 'meeting' ? -1 : 1) : a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.id < b.id ? -1 : 1));
    const p = protocols.find((x) => x.no === no)!;
    const reserved = new Set<number>();
    for (const d of list) {
      const item = extraOf(d, 'source_item_no');
      const sourceNo = extraOf(d, 'source_protocol_no');
      if (item && sourceNo) {
        d.item_no = Number(item);
        reserved.add(d.item_no);
      }
    }
    if (reserved.size > 0 && Math.max(...reserved) > list.length) throw new Error(`protocol ${no} has ${list.length} items, fewer than its item ${Math.max(...reserved)}`);
    let next = 1;
    for (const d of list) {
      const fixed = extraOf(d, 'source_item_no') && extraOf(d, 'source_protocol_no');
      if (!fixed) {
        while (reserved.has(next)) next++;
        d.item_no = next++;
      }
      setExtra(d, 'numbering', fixed ? 'archival' : d.synthetic ? 'estimated' : 'estimated');
      setExtra(d, 'protocol_basis', p.basis);
    }
  }

  const record: PolitburoRecord = { ...archival, meta: {}, members: [...archival.members, ...syntheticDepartments()], meetings, decisions, interventions };
  return { record, protocols, drawn };
};

const extraOf = (d: DecisionRow, column: string): string | undefined => d.extra?.find(([c]) => c === column)?.[1] || undefined;
const setExtra = (d: DecisionRow, column: string, value: string): void => {
  const extra = d.extra ?? [];
  const at = extra.findIndex(([c]) => c === column);
  if (at >= 0) extra[at] = [column, value];
  else extra.push([column, value]);
  d.extra = extra;
};

export const meta1934Evidence = (record: PolitburoRecord, seed: number, protocols: readonly PlannedProtocol[], drawn: Record<string, number>): RecordMeta => ({
  name: '1934-evidence',
  title: 'The Politburo in 1934, as the archive suggests',
  title_ru: 'Политбюро в 1934 году, как показывает архив',
  description:
    'The 1934 Politburo record with the protocol series and the sittings the sources point to (about 20–25 protocols, 4–6 in August–October) instead of the quoted 46 and 16. The same archival rows as the scenario 1934, each with its source; the 3,945 items (Khlevniuk) and the quoted holiday counts are kept as synthetic filler, because the archive gives no other count. See docs/scenario-1934.md, "Two readings".',
  synthetic: false,
  syntheticNote:
    'A mixed record: every row carries its own synthetic flag. Rows with synthetic=false carry a source_id in sources.csv; rows with synthetic=true (ids starting "syn-") were generated and name no real person as initiator. Estimated protocol numbers are marked numbering=estimated.',
  readOnly: true,
  reading: 'evidence',
  publishedWindow: { from: PUBLISHED_ABSENCE_1934.from, to: PUBLISHED_ABSENCE_1934.to },
  officeGap: { from: '1934-07-30', to: '1934-10-31', sourceId: 'ru-ed-1934-intro' },
  ranges: Object.fromEntries(
    Object.entries(EVIDENCE_RANGES_1934 as Record<string, EvidenceRange>).map(([k, r]) => [k, { ...r, taken: (r.drawnAs ? drawn[r.drawnAs] : undefined) ?? r.value ?? 'per sitting, drawn' }]),
  ),
  protocols: protocols.map((p) => ({ no: p.no, date: p.date, series: p.series, basis: p.basis, sittings: p.sittings, note: p.note })),
  excludedSittings: FORGED_SITTINGS_1934,
  documentedRoutes: {
    'without-poll': {
      from: '1934-09',
      sourceId: 'khlevniuk-1996-p77',
      note: 'From September 1934 many entries are marked “без опроса” and carry only Kaganovich’s visa. No item of the scenario is marked so: which items they were is not known, and the record format has no such mode yet.',
    },
  },
  conventions: {
    numbering:
      'numbering=archival: the number is the source’s (No. 8 item 39; No. 9 item 30); numbering=estimated: placed by the seeded rule. protocol_basis says how the protocol itself is known (archival, inference, estimated). A sitting’s items go into the protocol covering the sitting; a poll into the first protocol dated on or after it.',
    sittings: 'Every protocol date is a sitting (inference); the attested sittings are kept; no other sitting is invented.',
    datePrecision: 'month → first of the month; approx → best estimate (see date_note).',
    chair: 'Synthetic sittings: Stalin outside his absence; Kaganovich during it; Molotov while Kaganovich was also away (5–10 Oct). Archival sittings: chair left empty.',
    attendees: 'Unknown (empty) on every sitting.',
    restricted: 'Synthetic items restricted by subject as in 1934 (not sourced).',
  },
  generator: { script: 'packages/scenarios/scripts/generate-1934-evidence.ts', seed, prng: 'mulberry32' },
  rows: { archival: countRows(record, false), synthetic: countRows(record, true) },
});

export const writeScenario1934Evidence = async (
  outDir: string = DATA_DIR_1934_EVIDENCE,
  archivalDir: string = ARCHIVAL_DIR_1934,
  seed: number = EVIDENCE_SEED,
): Promise<PolitburoRecord> => {
  const { record, protocols, drawn } = generate1934Evidence(await readArchival1934(archivalDir), seed);
  return writeValidated(record, meta1934Evidence(record, seed, protocols, drawn), outDir);
};

runAsScript(import.meta.url, DATA_DIR_1934_EVIDENCE, (out) => writeScenario1934Evidence(out));
