import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PolitburoRecord } from './record.ts';
import { emptyRecord, loadRecord } from './read-record.ts';
import { EXAMPLE_DIR, readFiles, tempDir } from './test-support/temp-record.ts';
import { recordToJson, writeRecordDir, writeRecordJson } from './write-record.ts';

const exportDir = async (record: PolitburoRecord): Promise<Record<string, string>> => {
  const dir = join(tempDir(), 'out');
  await writeRecordDir(record, dir);
  return readFiles(dir);
};

/** import → export, from a folder or a JSON file, returning the exported bytes. */
const reimportDir = async (files: Record<string, string>): Promise<PolitburoRecord> => {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return (await loadRecord(dir)).record;
};
const reimportJson = async (text: string): Promise<PolitburoRecord> => {
  const file = join(tempDir(), 'r.json');
  writeFileSync(file, text);
  return (await loadRecord(file)).record;
};

describe('canonical export', () => {
  it('round-trips the example byte for byte (CSV folder)', async () => {
    const first = await exportDir((await loadRecord(EXAMPLE_DIR)).record);
    const second = await exportDir(await reimportDir(first));
    expect(second).toEqual(first);
    // The example is itself written in canonical form.
    expect(first).toEqual(readFiles(EXAMPLE_DIR));
  });

  it('round-trips the example byte for byte (JSON), and JSON → CSV gives the same folder', async () => {
    const record = (await loadRecord(EXAMPLE_DIR)).record;
    const first = recordToJson(record);
    const again = await reimportJson(first);
    expect(recordToJson(again)).toBe(first);
    expect(await exportDir(again)).toEqual(await exportDir(record));
  });

  it('sorts rows by id in natural order and tables without ids by their natural key', async () => {
    const r = emptyRecord();
    r.members = [
      { id: 'm10', name: 'Ten', role: 'member' },
      { id: 'm2', name: 'Two', role: 'member' },
    ];
    r.absences = [
      { member_id: 'm2', from: '1934-09-01', to: '1934-09-10', location: '' },
      { member_id: 'm10', from: '1934-08-01', to: '1934-08-10', location: '' },
      { member_id: 'm2', from: '1934-08-01', to: '1934-08-10', location: '' },
    ];
    const files = await exportDir(r);
    expect(files['members.csv']).toBe('id,name,role\nm2,Two,member\nm10,Ten,member\n');
    expect(files['absences.csv']).toBe(
      'member_id,from,to,location\nm2,1934-08-01,1934-08-10,\nm2,1934-09-01,1934-09-10,\nm10,1934-08-01,1934-08-10,\n',
    );
    // Optional tables with no rows are not written; required ones are, header only.
    expect(Object.keys(files)).toEqual(['absences.csv', 'correspondence.csv', 'decisions.csv', 'interventions.csv', 'meetings.csv', 'members.csv', 'meta.json']);
    expect(files['interventions.csv']).toBe('decision_id,member_id,origin,outcome,correspondence_ids\n');
  });

  it('replaces an existing folder whole and leaves no temporary files', async () => {
    const parent = tempDir();
    const out = join(parent, 'out');
    await writeRecordDir(emptyRecord(), out);
    writeFileSync(join(out, 'stale.csv'), 'x\n');
    await writeRecordDir((await loadRecord(EXAMPLE_DIR)).record, out);
    expect(existsSync(join(out, 'stale.csv'))).toBe(false);
    expect(readdirSync(parent)).toEqual(['out']);
    await writeRecordJson(emptyRecord(), join(parent, 'r.json'));
    expect(readdirSync(parent).sort()).toEqual(['out', 'r.json']);
  });

  it('leaves nothing behind when the write fails', async () => {
    const parent = tempDir();
    await expect(writeRecordJson(emptyRecord(), join(parent, 'missing-dir', 'r.json'))).rejects.toThrow();
    await expect(writeRecordDir(emptyRecord(), join(parent, 'a', 'b'))).resolves.toBeUndefined();
    expect(readdirSync(parent)).toEqual(['a']);
  });
});

// Text that spreadsheets and CSV get wrong: separators, quotes, line breaks, Unicode.
const awkwardText = fc.string({ unit: fc.constantFrom('a', 'Я', ' ', ',', '"', '\n', '\r\n', ';', '—', '1', '💬'), maxLength: 12 });
const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,5}$/);
const date = fc.date({ min: new Date('1930-01-01'), max: new Date('1939-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const instant = fc.date({ min: new Date('1930-01-01'), max: new Date('1939-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 16));
const extras = (names: string[]) => fc.tuple(...names.map((n) => awkwardText.map((v) => [n, v] as [string, string])));

const recordArb = fc
  .record({
    extraNames: fc.uniqueArray(fc.constantFrom('note', 'Ω archive', 'zz'), { maxLength: 2 }),
    members: fc.uniqueArray(fc.record({ id, name: awkwardText, role: fc.constantFrom('leader', 'deputy', 'member' as const), synthetic: fc.option(fc.boolean(), { nil: undefined }) }), {
      selector: (m) => m.id,
      maxLength: 6,
    }),
    decisions: fc.uniqueArray(
      fc.record({
        id,
        protocol_no: fc.integer({ min: 1, max: 50 }),
        item_no: fc.integer({ min: 1, max: 30 }),
        date,
        mode: fc.constantFrom('meeting', 'poll' as const),
        title: awkwardText,
        restricted: fc.boolean(),
        item_label: fc.option(awkwardText.filter((s) => s !== ''), { nil: undefined }),
      }),
      { selector: (d) => d.id, maxLength: 8 },
    ),
    messages: fc.uniqueArray(fc.record({ id, summary: awkwardText, sent_at: fc.option(instant, { nil: undefined }), to: fc.array(id, { maxLength: 3 }) }), { selector: (m) => m.id, maxLength: 5 }),
    meta: fc.record({ description: awkwardText, synthetic: fc.boolean() }),
  })
  .chain((g) =>
    fc.array(extras(g.extraNames), { minLength: g.members.length, maxLength: g.members.length }).map((memberExtras) => {
      const r = emptyRecord();
      r.meta = g.meta;
      r.members = g.members.map((m, i) => ({ ...m, ...(g.extraNames.length > 0 ? { extra: memberExtras[i] } : {}) }));
      r.decisions = g.decisions;
      r.meetings = [{ id: 'm1', date: '1934-01-01', attendees: null }];
      r.correspondence = g.messages.map((m) => ({ id: m.id, kind: 'letter', from_id: 'x', to_ids: m.to, sent_at: m.sent_at, decision_ids: [], summary: m.summary }));
      return r;
    }),
  );

describe('round trip, property-based', () => {
  it('import → export → import → export is byte-identical, for CSV folders and JSON', async () => {
    await fc.assert(
      fc.asyncProperty(recordArb, async (record) => {
        const csv1 = await exportDir(record);
        const csv2 = await exportDir(await reimportDir(csv1));
        expect(csv2).toEqual(csv1);
        const json1 = recordToJson(record);
        const json2 = recordToJson(await reimportJson(json1));
        expect(json2).toBe(json1);
        // Both forms carry the same content.
        expect(await exportDir(await reimportJson(json1))).toEqual(csv1);
      }),
      { numRuns: 60 },
    );
  });
});
