import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from './test-support/http-client.ts';
import { startTestServer } from './test-support/test-server.ts';

type Srv = Awaited<ReturnType<typeof startTestServer>>;
interface Compared {
  scenarios: Array<{ name: string; version: string; reading: string }>;
  figures: Array<{ key: string; same: boolean; values: Array<{ scenario: string; value: number | null; basis: string; basisLabel: string; archivalValue: number | null; sourceIds: string[] }> }>;
}

/** Both readings of 1934 over HTTP: listed, loaded as read-only bodies, compared figure by figure, their sources citable. */
describe('the two 1934 scenarios over HTTP', () => {
  let srv: Srv;
  let http: TestClient;
  beforeAll(async () => {
    srv = await startTestServer({ schedulerIntervalMs: 3_600_000 });
    http = new TestClient(srv.url);
  }, 120_000);
  afterAll(async () => srv?.stopAndClean());

  it('lists both scenarios with their reading and version, each a read-only body', async () => {
    const sc = await http.json<{ scenarios: Array<{ id: string; reading: string; version: string; counterpart: string | null; figureReadings: Record<string, { basis: string }> }> }>('GET', '/api/scenarios');
    expect(sc.body.scenarios.map((s) => [s.id, s.reading, s.counterpart])).toEqual([
      ['1934', 'quoted', '1934-evidence'],
      ['1934-evidence', 'evidence', '1934'],
    ]);
    for (const s of sc.body.scenarios) expect(s.version).toMatch(/^sha256-[0-9a-f]{16}$/);
    expect(sc.body.scenarios[1]!.figureReadings.protocolsTotal!.basis).toBe('estimated');
    const bodies = await http.json<{ bodies: Array<{ id: string; readOnly: boolean }> }>('GET', '/api/bodies');
    expect(bodies.body.bodies.find((b) => b.id === '1934-evidence')?.readOnly).toBe(true);
    const report = await http.json<Record<string, number>>('GET', '/api/bodies/1934-evidence/report');
    expect(report.body.decisionsTotal).toBe(3945);
    expect(report.body.protocolsTotal).toBeGreaterThanOrEqual(18);
    expect(report.body.protocolsTotal).toBeLessThanOrEqual(27);
    expect(report.body.protocolsDuringAbsence).toBeGreaterThanOrEqual(3);
    expect(report.body.protocolsDuringAbsence).toBeLessThanOrEqual(7);
    // The engine's copy counts what the shipped record counts.
    const compared = await http.json<Compared>('GET', '/api/scenarios/compare?a=1934&b=1934-evidence');
    const shipped = (key: string) => compared.body.figures.find((f) => f.key === key)!.values[1]!.value;
    for (const key of ['meetingsTotal', 'protocolsTotal', 'meetingsDuringAbsence', 'protocolsDuringAbsence', 'decisionsDuringAbsence']) expect(report.body[key], key).toBe(shipped(key));
  });

  it('compares the two readings figure by figure, each value with its basis', async () => {
    const r = await http.json<Compared>('GET', '/api/scenarios/compare?a=1934&b=1934-evidence');
    expect(r.status).toBe(200);
    expect(r.body.scenarios.map((s) => s.name)).toEqual(['1934', '1934-evidence']);
    const meetings = r.body.figures.find((f) => f.key === 'meetingsTotal')!;
    expect(meetings.same).toBe(false);
    expect(meetings.values.map((v) => [v.value, v.basis])).toEqual([
      [46, 'quoted'],
      [expect.any(Number), 'estimated'],
    ]);
    expect(meetings.values[1]!.basisLabel).toBe('estimated from the protocol numbering');
    const items = r.body.figures.find((f) => f.key === 'decisionsTotal')!;
    expect(items.values.map((v) => v.value)).toEqual([3945, 3945]);
    // the office-gap window moves both readings
    const gap = await http.json<Compared>('GET', '/api/scenarios/compare?absenceFrom=1934-07-30&absenceTo=1934-10-31');
    expect(gap.body.figures.find((f) => f.key === 'decisionsDuringAbsence')!.values[0]!.value).toBeGreaterThan(1038);
    expect((await http.json('GET', '/api/scenarios/compare?a=1937')).status).toBe(404);
    expect((await http.json('GET', '/api/scenarios/compare?absenceFrom=1934-07-30')).status).toBe(400);
  });

  it('exports the sources as CSL-JSON and BibTeX, naming the version', async () => {
    const csl = await http.json<Array<{ id: string; note: string }>>('GET', '/api/scenarios/1934-evidence/sources');
    expect(csl.status).toBe(200);
    expect(csl.body.length).toBeGreaterThan(50);
    expect(csl.body.every((i) => /politburo scenario 1934-evidence \(sha256-/.test(i.note))).toBe(true);
    const bib = await http.raw('GET', '/api/scenarios/1934/sources?format=bibtex');
    expect(bib.headers.get('content-type')).toMatch(/application\/x-bibtex/);
    expect((await bib.text()).match(/^@(online|misc)\{/gm)?.length).toBe(csl.body.length);
  });

  it('lists a body’s sources with the source’s own confidence', async () => {
    const r = await http.json<{ sources: Array<{ id: string; status: string; confidence?: string; url?: string }> }>('GET', '/api/bodies/1934-evidence/sources');
    expect(r.status).toBe(200);
    expect(r.body.sources.find((x) => x.id === 'dzen-revis')).toMatchObject({ status: 'secondary', confidence: 'medium-low', url: 'https://dzen.ru/a/Y-0MxHiy5ns4CW-T' });
    expect(r.body.sources.find((x) => x.id === 'holiday-figures-unlocated')).toMatchObject({ status: 'unverified', confidence: 'source not located' });
  });

  it('shows synthetic rows as synthetic in the body views of either scenario', async () => {
    for (const body of ['1934', '1934-evidence']) {
      const members = await http.json<{ members: Array<{ id: string; synthetic?: boolean; sourceId?: string }> }>('GET', `/api/bodies/${body}/members`);
      const synthetic = members.body.members.filter((m) => m.id.startsWith('syn-'));
      expect(synthetic.length, body).toBeGreaterThan(0);
      expect(synthetic.every((m) => m.synthetic === true), body).toBe(true);
      expect(members.body.members.filter((m) => !m.id.startsWith('syn-')).every((m) => m.synthetic !== true && m.sourceId), body).toBe(true);
      const meetings = await http.json<{ meetings: Array<{ id: string; synthetic?: boolean; sourceId?: string }> }>('GET', `/api/bodies/${body}/meetings`);
      for (const m of meetings.body.meetings) expect(m.synthetic === true, `${body} ${m.id}`).toBe(m.id.startsWith('syn-'));
    }
  });

  it('finds a person in the register by either script, the Russian standard form included', async () => {
    const total = async (q: string) => (await http.json<{ total: number }>('GET', `/api/bodies/1934/decisions?q=${encodeURIComponent(q)}`)).body.total;
    const english = await total('L. M. Kaganovich');
    expect(english).toBeGreaterThan(0);
    // "Каганович Л. М." folds to "kaganovich l m": found only because the record carries name_ru.
    expect(await total('Каганович Л. М.')).toBe(english);
    expect(await total('Акулов')).toBe(await total('Akulov'));
  });
});
