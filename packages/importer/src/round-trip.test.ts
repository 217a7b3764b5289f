import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine, isDomainError } from '@politburo/core';
import { readRecord, writeRecordDir, writeRecordJson } from '@politburo/record';
import { scenarioPath } from '@politburo/scenarios';
import { afterEach, describe, expect, it } from 'vitest';
import { demoScript } from '../../cli/src/demo-script.ts';
import { bodyToRecord } from './body-to-record.ts';
import { recordToEvents } from './record-to-events.ts';

const example = fileURLToPath(new URL('../../../examples/tiny-record', import.meta.url));
const dirs: string[] = [];
const tmp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'politburo-rt-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const filesOf = (dir: string): Record<string, string> =>
  Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

/** import → export, through the engine. */
const throughEngine = async (from: string): Promise<string> => {
  const record = await readRecord(from);
  const { engine } = recordToEvents(record);
  const out = join(tmp(), 'out');
  await writeRecordDir(bodyToRecord(engine.body), out);
  return out;
};

describe('record → engine → record', () => {
  it('the example record imports without a problem and keeps every row', async () => {
    const record = await readRecord(example);
    const { engine } = recordToEvents(record);
    const b = engine.body;
    expect(Object.keys(b.members)).toHaveLength(record.members.length);
    expect(Object.keys(b.decisions)).toHaveLength(record.decisions.length);
    expect(Object.keys(b.messages)).toHaveLength(record.correspondence.length);
    expect(Object.keys(b.interventions)).toHaveLength(record.interventions.length);
  });

  it('import → export → import → export gives byte-identical files (record from CSV)', async () => {
    const once = await throughEngine(example);
    const twice = await throughEngine(once);
    expect(filesOf(twice)).toEqual(filesOf(once));
  });

  it('import → export → import → export gives byte-identical files (record made in the app)', async () => {
    const engine = new Engine();
    for (const step of demoScript()) engine.execute(step.command, step.meta);
    const first = join(tmp(), 'app');
    await writeRecordDir(bodyToRecord(engine.body), first);
    const once = await throughEngine(first);
    const twice = await throughEngine(once);
    expect(filesOf(twice)).toEqual(filesOf(once));
    const exported = await readRecord(once);
    expect(exported.decisions.map((d) => [d.protocol_no, d.item_no])).toEqual([[1, 1]]);
    expect(exported.interventions).toHaveLength(1);
    expect(exported.interventions[0]).toMatchObject({ member_id: 'leader', origin: 'response', outcome: 'confirmed' });
    expect(exported.ballots.map((b) => b.member_id).sort()).toEqual(['cand', 'deputy', 'm1', 'm2', 'm3']);
  });

  it('the 1934 scenario survives the engine: byte-identical second pass, provenance and unknown columns kept', async () => {
    const original = await readRecord(scenarioPath('1934'));
    const once = await throughEngine(scenarioPath('1934'));
    const twice = await throughEngine(once);
    expect(filesOf(twice)).toEqual(filesOf(once));
    const exported = await readRecord(once);
    for (const table of ['members', 'memberships', 'absences', 'meetings', 'decisions', 'correspondence', 'interventions', 'ballots', 'sources'] as const) {
      expect(exported[table].length, table).toBe(original[table].length);
    }
    const unsourced = [...exported.decisions, ...exported.correspondence, ...exported.interventions, ...exported.memberships, ...exported.ballots].filter(
      (r) => r.synthetic !== true && !r.source_id,
    );
    expect(unsourced).toEqual([]);
    expect(exported.memberships.map((m) => m.extra?.map(([k]) => k))).toEqual(original.memberships.map((m) => m.extra?.map(([k]) => k)));
    expect(exported.sources.map((s) => s.extra)).toEqual(original.sources.map((s) => s.extra));
    // The names in both scripts go through the engine and come back as they were read.
    const names = (r: typeof original) => r.members.map((m) => [m.id, m.name_ru]).filter(([, ru]) => ru);
    expect(names(exported)).toEqual(names(original));
    expect(names(exported).find(([id]) => id === 'kaganovich')).toEqual(['kaganovich', 'Каганович Л. М.']);
    expect(exported.sources.map((s) => s.title_original)).toEqual(original.sources.map((s) => s.title_original));
    expect(exported.sources.filter((s) => s.title_original).length).toBeGreaterThan(30);
  });

  it('the same holds for a record written as one JSON file', async () => {
    const record = await readRecord(scenarioPath('1934'));
    const first = join(tmp(), 'a.json');
    await writeRecordJson(bodyToRecord(recordToEvents(record).engine.body), first);
    const second = join(tmp(), 'b.json');
    await writeRecordJson(bodyToRecord(recordToEvents(await readRecord(first)).engine.body), second);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
  });

  it('a record the engine refuses names file, row and column of every problem, and yields nothing', async () => {
    const record = await readRecord(example);
    const broken = {
      ...record,
      decisions: [...record.decisions, { ...record.decisions[0]!, id: 'dup-item' }],
      meetings: [...record.meetings, { id: 'ghost-chair', date: '1934-08-10', chair_id: 'nobody', attendees: null }],
    };
    let caught: unknown;
    try {
      recordToEvents(broken);
    } catch (e) {
      caught = e;
    }
    expect(isDomainError(caught)).toBe(true);
    if (!isDomainError(caught)) return;
    expect(caught.code).toBe('RECORD_INVALID');
    expect(caught.details).toEqual(
      expect.arrayContaining([
        // each with the engine's code, so a reader's language can word it
        expect.objectContaining({ file: 'decisions.csv', row: record.decisions.length + 1, column: 'item_no', code: 'DUPLICATE_PROTOCOL_ITEM' }),
        expect.objectContaining({ file: 'meetings.csv', row: record.meetings.length + 1, column: 'chair_id', code: 'UNKNOWN_MEMBER' }),
      ]),
    );
  });
});
