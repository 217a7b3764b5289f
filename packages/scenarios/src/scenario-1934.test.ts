import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeReport } from '@politburo/analytics';
import { type PolitburoRecord, readRecord, validateRecord } from '@politburo/record';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ALL_TEXT_IDS,
  isReadOnlyScenario,
  OFFICE_GAP_1934,
  PUBLISHED_ABSENCE_1934,
  PUBLISHED_COUNTS_1934,
  PUBLISHED_FIGURES_1934,
  readScenarioMeta,
  SCENARIO_READINGS,
  scenarioNames,
  scenarioPath,
  scenarioText,
} from './index.ts';

let record: PolitburoRecord;
beforeAll(async () => {
  record = await readRecord(scenarioPath('1934'));
});

type AnyRow = { source_id?: string; synthetic?: boolean; id?: string };
const TABLES = ['members', 'memberships', 'absences', 'meetings', 'decisions', 'correspondence', 'interventions', 'ballots'] as const;
const rowsOf = (r: PolitburoRecord, table: (typeof TABLES)[number]): AnyRow[] => r[table] as AnyRow[];

describe('scenario names and paths', () => {
  it('resolves 1934 to the data folder, wherever the process runs', () => {
    expect(scenarioNames()).toEqual(['1934', '1934-evidence']);
    const path = scenarioPath('1934');
    expect(path.endsWith(join('packages', 'scenarios', 'data', '1934'))).toBe(true);
    expect(existsSync(join(path, 'decisions.csv'))).toBe(true);
  });

  it('refuses an unknown name with a stable code', () => {
    expect(() => scenarioPath('1937')).toThrow(expect.objectContaining({ code: 'SCENARIO_NOT_FOUND', category: 'not-found' }));
  });

  it('treats the shipped scenario as read-only, by name or by path, and nothing else', () => {
    expect(isReadOnlyScenario('1934')).toBe(true);
    expect(isReadOnlyScenario(scenarioPath('1934'))).toBe(true);
    expect(isReadOnlyScenario(join(scenarioPath('1934'), 'decisions.csv'))).toBe(true);
    expect(isReadOnlyScenario(join(tmpdir(), '1934'))).toBe(false);
    expect(isReadOnlyScenario(join(scenarioPath('1934'), '..'))).toBe(false);
  });

  it('carries a content version in meta.json', async () => {
    const meta = await readScenarioMeta('1934');
    expect(meta.version).toMatch(/^sha256-[0-9a-f]{16}$/);
    expect(meta.synthetic).toBe(false);
  });
});

describe('the 1934 record', () => {
  it('is a valid record', () => {
    expect(validateRecord(record).errors).toEqual([]);
  });

  it('flags every row explicitly as synthetic or not', () => {
    for (const table of TABLES) for (const row of rowsOf(record, table)) expect(typeof row.synthetic, `${table} ${row.id ?? ''}`).toBe('boolean');
  });

  it('gives every non-synthetic row a source that exists in sources.csv', () => {
    const sources = new Set(record.sources.map((s) => s.id));
    const missing: string[] = [];
    for (const table of TABLES) {
      rowsOf(record, table).forEach((row, i) => {
        if (row.synthetic) return;
        if (!row.source_id || !sources.has(row.source_id)) missing.push(`${table} row ${i + 1} (${row.id ?? ''}): '${row.source_id ?? ''}'`);
      });
    }
    expect(missing).toEqual([]);
    // Source ids named inside extra columns resolve too.
    for (const a of record.absences) {
      const extra = a.extra?.find(([c]) => c === 'office_gap_source_id')?.[1];
      if (extra) expect(sources.has(extra)).toBe(true);
    }
  });

  it('marks synthetic rows by id as well as by flag', () => {
    for (const table of ['members', 'meetings', 'decisions'] as const) {
      for (const row of rowsOf(record, table)) expect(row.id!.startsWith('syn-'), `${table} ${row.id}`).toBe(row.synthetic === true);
    }
  });

  it('names no real person as the initiator of an invented item', () => {
    const realPeople = new Set(record.members.filter((m) => !m.synthetic).map((m) => m.id));
    const offenders = record.decisions.filter((d) => d.synthetic && d.initiator_id && realPeople.has(d.initiator_id)).map((d) => d.id);
    expect(offenders).toEqual([]);
    // Synthetic sittings list no attendees, and synthetic departments are labelled as such.
    expect(record.meetings.filter((m) => m.synthetic && m.attendees !== null)).toEqual([]);
    for (const m of record.members.filter((x) => x.synthetic)) {
      expect(m.role).toBe('external');
      expect(m.name).toMatch(/^Synthetic department/);
    }
  });

  it('keeps every correspondence item of the domain notes with its date precision', () => {
    expect(record.correspondence).toHaveLength(37);
    for (const c of record.correspondence) {
      expect(c.synthetic).toBe(false);
      expect(['minute', 'day', 'approx']).toContain(c.extra?.find(([k]) => k === 'date_precision')?.[1]);
    }
  });

  it('codes every intervention with who coded it and why', () => {
    for (const v of record.interventions) {
      expect(v.coded_by).toBeTruthy();
      expect(v.basis).toBeTruthy();
    }
  });

  it('numbers protocol items uniquely and flags the numbering as the scenario’s', () => {
    const keys = new Set(record.decisions.map((d) => `${d.protocol_no}/${d.item_no}`));
    expect(keys.size).toBe(record.decisions.length);
    for (const d of record.decisions) expect(d.extra?.find(([k]) => k === 'numbering')?.[1]).toBe('scenario');
  });
});

describe('the figures', () => {
  const inside = (date: string, from: string, to: string): boolean => from <= date && date <= to;

  it('counts, done by hand, give the published figures', () => {
    const { from, to } = PUBLISHED_ABSENCE_1934;
    const during = new Set(record.decisions.filter((d) => inside(d.date, from, to)).map((d) => d.id));
    const leader = record.interventions.filter((v) => v.member_id === 'stalin' && v.decision_id && during.has(v.decision_id));
    const responses = leader.filter((v) => v.origin === 'response');
    expect({
      decisionsTotal: record.decisions.length,
      meetingsTotal: record.meetings.length,
      decisionsDuringAbsence: during.size,
      meetingsDuringAbsence: record.meetings.filter((m) => inside(m.date, from, to)).length,
      interventions: leader.length,
      responses: responses.length,
      initiatives: leader.length - responses.length,
      confirmedUnchanged: responses.filter((v) => v.outcome === 'confirmed').length,
    }).toEqual(PUBLISHED_COUNTS_1934);
  });

  it('the report gives exactly the published figures, rates included', () => {
    const report = computeReport(record);
    expect(report.absences).toEqual([{ from: PUBLISHED_ABSENCE_1934.from, to: PUBLISHED_ABSENCE_1934.to }]);
    for (const figure of PUBLISHED_FIGURES_1934) expect(report[figure.key], figure.key).toBe(figure.value);
  });

  it('shows how much the definition of the absence matters', () => {
    const published = computeReport(record);
    const gap = computeReport(record, { absences: [{ from: OFFICE_GAP_1934.from, to: OFFICE_GAP_1934.to }] });
    const lastDaysOfJuly = record.decisions.filter((d) => inside(d.date, '1934-07-30', '1934-07-31')).length;
    expect(lastDaysOfJuly).toBeGreaterThan(0);
    expect(gap.decisionsDuringAbsence).toBe(published.decisionsDuringAbsence + lastDaysOfJuly);
    expect(gap.interventions).toBe(published.interventions);
  });

  it('counts the archival rows alone with --only archival', () => {
    const report = computeReport(record, { onlyArchival: true });
    expect(report.decisionsTotal).toBe(record.decisions.filter((d) => !d.synthetic).length);
    expect(report.meetingsTotal).toBe(record.meetings.filter((m) => !m.synthetic).length);
    expect(report.meetingsTotal).toBe(7);
    expect(report.interventions).toBe(4);
    expect(report.responses).toBe(1);
  });
});

describe('names in both scripts', () => {
  it('gives every member a Russian name, real people in the standard form (surname, initials)', () => {
    const missing = record.members.filter((m) => !m.name_ru).map((m) => m.id);
    expect(missing).toEqual([]);
    for (const m of record.members.filter((r) => r.synthetic !== true)) expect(m.name_ru, m.id).toMatch(/^[А-ЯЁ][а-яё-]+( [А-ЯЁ]\.){1,2}$/u);
    expect(record.members.find((m) => m.id === 'kaganovich')?.name_ru).toBe('Каганович Л. М.');
  });
  it('names the body in Russian too', () => {
    expect(record.meta.title_ru).toMatch(/Политбюро/);
  });
  it('keeps the original title of each source whose title it records in another language', () => {
    const withOriginal = record.sources.filter((s) => s.title_original);
    expect(withOriginal.length).toBeGreaterThan(30);
    // The original is the source's own title, read from the record's title, never a made-up one.
    for (const s of withOriginal) expect(s.title, s.id).toContain(s.title_original!.split(/[ .,]/)[0]);
  });
});

describe('the scenario’s prose in both languages', () => {
  it('has every text in English and Russian, the Russian in Cyrillic, every {reference} resolved', () => {
    for (const id of ALL_TEXT_IDS) {
      const t = scenarioText(id);
      expect(t.en.trim(), id).not.toBe('');
      // A figure as printed ("3 945", "84%") has no words to translate; anything with words is in Cyrillic.
      if (/\p{L}/u.test(t.ru)) expect(t.ru, id).toMatch(/[А-Яа-яЁё]/);
      expect(`${t.en} ${t.ru}`, id).not.toMatch(/\{[\w.-]+\}/);
    }
  });
  it('gives every quoted figure, reading and basis its Russian words', () => {
    for (const f of PUBLISHED_FIGURES_1934) for (const w of [f.ru.label, f.ru.status, f.ru.caveat]) expect(w, f.key).toMatch(/[А-Яа-яЁё]/);
    for (const [name, readings] of Object.entries(SCENARIO_READINGS)) for (const [key, r] of Object.entries(readings)) expect(r.ru.note, `${name} ${key}`).toMatch(/[А-Яа-яЁё]/);
  });
});
