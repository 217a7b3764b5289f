import { join } from 'node:path';
import { computeReport, REPORT_KEYS } from '@politburo/analytics';
import { type PolitburoRecord, readRecord, validateRecord } from '@politburo/record';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  compareReadings,
  describeScenario,
  EVIDENCE_COUNTS_1934,
  EVIDENCE_RANGES_1934,
  FORGED_SITTINGS_1934,
  isReadOnlyScenario,
  PUBLISHED_FIGURES_1934,
  READING_KEYS,
  readScenarioMeta,
  SCENARIO_READINGS,
  scenarioNames,
  scenarioPath,
  sourcesToBibtex,
  sourcesToCslJson,
} from './index.ts';

const records: Record<string, PolitburoRecord> = {};
beforeAll(async () => {
  for (const name of scenarioNames()) records[name] = await readRecord(scenarioPath(name));
});
const quoted = (): PolitburoRecord => records['1934']!;
const evidence = (): PolitburoRecord => records['1934-evidence']!;

type AnyRow = { source_id?: string; synthetic?: boolean; id?: string; extra?: Array<[string, string]> };
const TABLES = ['members', 'memberships', 'absences', 'meetings', 'decisions', 'correspondence', 'interventions', 'items', 'ballots'] as const;
const rowsOf = (r: PolitburoRecord, table: (typeof TABLES)[number]): AnyRow[] => r[table] as AnyRow[];
const extraOf = (row: AnyRow, column: string): string | undefined => row.extra?.find(([c]) => c === column)?.[1];
const protocolDates = (r: PolitburoRecord): Map<number, string> => new Map(r.decisions.map((d) => [d.protocol_no, d.protocol_date ?? '']));

describe.each(['1934', '1934-evidence'])('every row of the scenario %s', (name) => {
  it('is a valid, read-only record with a content version', async () => {
    expect(validateRecord(records[name]!).errors).toEqual([]);
    expect(isReadOnlyScenario(name)).toBe(true);
    expect((await readScenarioMeta(name)).version).toMatch(/^sha256-[0-9a-f]{16}$/);
  });

  it('archival rows carry a source that exists; synthetic rows are flagged and named syn-', () => {
    const r = records[name]!;
    const sources = new Set(r.sources.map((s) => s.id));
    const problems: string[] = [];
    for (const table of TABLES) {
      rowsOf(r, table).forEach((row, i) => {
        if (typeof row.synthetic !== 'boolean') problems.push(`${table} row ${i + 1}: no synthetic flag`);
        else if (!row.synthetic && (!row.source_id || !sources.has(row.source_id))) problems.push(`${table} row ${i + 1} (${row.id ?? ''}): archival without a source`);
        if (row.id !== undefined && row.synthetic === true && !row.id.startsWith('syn-')) problems.push(`${table} ${row.id}: synthetic without the syn- label`);
        if (row.id !== undefined && row.synthetic === false && row.id.startsWith('syn-')) problems.push(`${table} ${row.id}: labelled syn- but archival`);
      });
    }
    for (const v of r.interventions) if (v.synthetic && !/^synthetic:/.test(v.basis ?? '')) problems.push(`intervention on ${v.decision_id}: synthetic basis not labelled`);
    for (const m of r.members.filter((x) => x.synthetic)) if (!/^Synthetic/.test(m.name)) problems.push(`member ${m.id}: synthetic name not labelled`);
    for (const d of r.decisions.filter((x) => x.synthetic)) if (!/^Synthetic/.test(d.title)) problems.push(`decision ${d.id}: synthetic title not labelled`);
    expect(problems).toEqual([]);
  });

  it('holds at least 37 archival correspondence items, each with a source, and the Kork request with no answer seen', () => {
    const r = records[name]!;
    const archival = r.correspondence.filter((c) => c.synthetic === false && c.source_id);
    expect(archival.length).toBeGreaterThanOrEqual(37);
    expect(r.correspondence.filter((c) => c.synthetic !== false)).toEqual([]);
    const kork = r.items.find((i) => i.id === 'item-1934-08-28-kork');
    expect(kork).toMatchObject({ initiator_id: 'kaganovich', status: 'request; no answer seen', synthetic: false });
    expect(r.interventions.filter((v) => (v.item_title ?? '').includes('Kork'))).toEqual([]);
  });

  it('applies the corrections of section F.6', () => {
    const r = records[name]!;
    expect(r.correspondence.find((c) => c.id === 'corr-1934-08-05-stalin-bolshevik')?.decision_ids).toEqual(['f17-op3-d950-l31']);
    expect(r.decisions.find((d) => d.id === 'pb-1934-08-05-nakhaev-investigation')?.title).toMatch(/^“Поручить тт\. Ягода и Агранову лично тщательно расследовать/);
    expect(r.decisions.find((d) => d.id === 'f17-op162-d17-l17')).toMatchObject({ date: '1934-09-23', restricted: true, source_id: 'kotkin-2017-689' });
  });

  it('never uses the forged sitting of 6 September 1934 (section F.7)', () => {
    const r = records[name]!;
    for (const forged of FORGED_SITTINGS_1934) {
      expect(r.meetings.filter((m) => m.date === forged.date)).toEqual([]);
      expect(r.decisions.filter((d) => d.mode === 'meeting' && d.date === forged.date)).toEqual([]);
      expect([...protocolDates(r).values()]).not.toContain(forged.date);
    }
  });
});

describe('1934-evidence', () => {
  it('keeps every archival row of 1934, the numbering apart', () => {
    const strip = (row: AnyRow): unknown => {
      const { protocol_no: _n, item_no: _i, protocol_date: _d, extra, ...rest } = row as AnyRow & { protocol_no?: number; item_no?: number; protocol_date?: string };
      return { ...rest, extra: (extra ?? []).filter(([c, v]) => c !== 'numbering' && c !== 'protocol_basis' && v !== '').sort(([a], [b]) => (a < b ? -1 : 1)) };
    };
    for (const table of TABLES) {
      const ours = rowsOf(quoted(), table).filter((x) => x.synthetic === false).map(strip);
      const theirs = rowsOf(evidence(), table).filter((x) => x.synthetic === false).map(strip);
      expect(theirs, table).toEqual(expect.arrayContaining(ours as object[]));
      expect(theirs.length, table).toBe(ours.length);
    }
    expect(quoted().sources).toEqual(evidence().sources);
  });

  it('gives 3,945 items, 18–27 protocols and 3–7 in the holiday; sittings at least the protocols and the attested ones', () => {
    const report = computeReport(evidence());
    expect(report.decisionsTotal).toBe(3945);
    expect(report.protocolsTotal).toBeGreaterThanOrEqual(18);
    expect(report.protocolsTotal).toBeLessThanOrEqual(27);
    expect(report.protocolsDuringAbsence).toBeGreaterThanOrEqual(3);
    expect(report.protocolsDuringAbsence).toBeLessThanOrEqual(7);
    expect(report.meetingsTotal).toBeGreaterThanOrEqual(report.protocolsTotal);
    const archivalMeetings = evidence().meetings.filter((m) => !m.synthetic).map((m) => m.date);
    expect(archivalMeetings).toEqual(expect.arrayContaining(['1934-08-26', '1934-08-28', '1934-09-23', '1934-02-20', '1934-07-22']));
    // The counts the simulator calibrates to are the record's own.
    for (const [key, value] of Object.entries(EVIDENCE_COUNTS_1934)) expect(report[key as keyof typeof EVIDENCE_COUNTS_1934], key).toBe(value);
  });

  it('numbers the protocols as the sources do: No. 8 on 9 Jun, No. 9 on 26 Jun, No. 1 on 20 Feb (inference), about 200 items each', async () => {
    const dates = protocolDates(evidence());
    expect(dates.get(8)).toBe('1934-06-09');
    expect(dates.get(9)).toBe('1934-06-26');
    expect(dates.get(1)).toBe('1934-02-20');
    const p8 = evidence().decisions.find((d) => d.id === 'pb-1934-06-09-p8-i39-ogpu')!;
    const p9 = evidence().decisions.find((d) => d.id === 'pb-1934-06-11-gdynia-poll')!;
    expect([p8.protocol_no, p8.item_no, extraOf(p8, 'numbering')]).toEqual([8, 39, 'archival']);
    expect([p9.protocol_no, p9.item_no, p9.protocol_date, extraOf(p9, 'numbering')]).toEqual([9, 30, '1934-06-26', 'archival']);
    const meta = (await readScenarioMeta('1934-evidence')) as unknown as { protocols: Array<{ no: number; basis: string; date: string }>; ranges: Record<string, { taken: unknown; range: number[] }> };
    expect(meta.protocols.find((p) => p.no === 1)?.basis).toBe('inference');
    expect(meta.protocols.filter((p) => p.basis === 'archival').map((p) => p.no)).toEqual([8, 9]);
    // Every range is documented with the value taken, and the value lies in it.
    for (const [key, r] of Object.entries(EVIDENCE_RANGES_1934)) {
      const taken = meta.ranges[key]?.taken;
      expect(taken, key).toBeDefined();
      if (typeof taken === 'number') {
        expect(taken, key).toBeGreaterThanOrEqual(r.range[0]);
        expect(taken, key).toBeLessThanOrEqual(r.range[1]);
      }
    }
    const perProtocol = evidence().decisions.length / dates.size;
    expect(perProtocol).toBeGreaterThan(150);
    expect(perProtocol).toBeLessThan(250);
    // A sitting's items are in the protocol of that sitting; a poll in a protocol dated on or after it.
    for (const d of evidence().decisions) if (d.mode === 'poll') expect(d.protocol_date! >= d.date, d.id).toBe(true);
  });

  it('labels every estimated number, and no synthetic row claims the sources’ numbering', () => {
    for (const d of evidence().decisions) {
      const n = extraOf(d, 'numbering');
      expect(['archival', 'estimated'], d.id).toContain(n);
      if (d.synthetic) expect(n).toBe('estimated');
    }
  });
});

describe('two readings', () => {
  it('say what every report figure rests on, in both scenarios', () => {
    expect([...READING_KEYS].sort()).toEqual([...REPORT_KEYS].sort());
    for (const name of scenarioNames()) {
      expect(Object.keys(SCENARIO_READINGS[name]!).sort()).toEqual([...READING_KEYS].sort());
      expect(describeScenario(name).figureReadings).toBe(SCENARIO_READINGS[name]);
    }
  });

  it('side by side: the quoted figures under 1934, the numbering under 1934-evidence, each with its basis and archival count', () => {
    const input = (name: string) => ({ scenario: name, report: computeReport(records[name]!), archivalReport: computeReport(records[name]!, { onlyArchival: true }) });
    const rows = compareReadings([input('1934'), input('1934-evidence')]);
    const row = (k: string) => rows.find((r) => r.key === k)!;
    expect(row('meetingsTotal').values.map((v) => [v.value, v.basis])).toEqual([
      [46, 'quoted'],
      [EVIDENCE_COUNTS_1934.meetingsTotal, 'estimated'],
    ]);
    expect(row('protocolsDuringAbsence').values.map((v) => v.basis)).toEqual(['synthetic', 'estimated']);
    expect(row('decisionsTotal').same).toBe(true);
    expect(row('meetingsTotal').same).toBe(false);
    // The archival rows alone: the same 7 sittings in both readings.
    expect(row('meetingsTotal').values.map((v) => v.archivalValue)).toEqual([7, 7]);
    for (const f of PUBLISHED_FIGURES_1934) expect(row(f.key).values[0]!.value, f.key).toBe(f.value);
  });

  it('the quoted figures say "quoted", the 46 says it is probably the 1930–36 average, none says "published"', () => {
    for (const f of PUBLISHED_FIGURES_1934) {
      expect(f.status, f.key).toMatch(/^(quoted in the secondary literature|not printed)/);
      expect(`${f.status} ${f.caveat}`, f.key).not.toMatch(/\bpublished (count|figure)/i);
    }
    expect(PUBLISHED_FIGURES_1934.find((f) => f.key === 'meetingsTotal')!.status).toMatch(/probably the 1930–36 yearly average/);
    expect(PUBLISHED_FIGURES_1934.find((f) => f.key === 'decisionsDuringAbsence')!.status).toBe('quoted in the secondary literature; source not located');
  });
});

describe('sources as CSL-JSON and BibTeX', () => {
  it('one entry per source, naming the scenario version', async () => {
    const meta = await readScenarioMeta('1934-evidence');
    const ctx = { scenario: '1934-evidence', version: meta.version };
    const csl = sourcesToCslJson(evidence().sources, ctx);
    expect(csl.map((c) => c.id)).toEqual(evidence().sources.map((s) => s.id));
    for (const c of csl) expect(c.note).toContain(`politburo scenario 1934-evidence (${meta.version})`);
    expect(csl.find((c) => c.id === 'dzen-revis')?.note).toContain('confidence: medium-low');
    const bib = sourcesToBibtex(evidence().sources, ctx);
    expect(bib.match(/^@(online|misc)\{/gm)).toHaveLength(evidence().sources.length);
    // Braces balance in every entry (escaped braces aside).
    for (const entry of bib.split(/\n(?=@)/)) {
      const plain = entry.replace(/\\[{}]/g, '');
      expect((plain.match(/\{/g) ?? []).length, entry.slice(0, 40)).toBe((plain.match(/\}/g) ?? []).length);
    }
    expect(bib).toContain('url = {https://istmat.org/node/36216}');
  });
});

describe('the generator of 1934-evidence', () => {
  it('reproduces the committed data byte for byte', async () => {
    const { mkdtempSync, readdirSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { writeScenario1934Evidence, DATA_DIR_1934_EVIDENCE } = await import('../scripts/generate-1934-evidence.ts');
    const out = join(mkdtempSync(join(tmpdir(), 'pb-scenario-ev-')), '1934-evidence');
    await writeScenario1934Evidence(out);
    const committed = readdirSync(DATA_DIR_1934_EVIDENCE).sort();
    expect(readdirSync(out).sort()).toEqual(committed);
    for (const file of committed) {
      expect(readFileSync(join(out, file)).equals(readFileSync(join(DATA_DIR_1934_EVIDENCE, file))), `${file} differs: rerun npx tsx packages/scenarios/scripts/generate-1934-evidence.ts`).toBe(true);
    }
  });
});
