import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BodyEvent } from '@politburo/core';
import { readRecord, scanRecord } from '@politburo/record';
import { scenarioPath } from '@politburo/scenarios';
import { afterEach, describe, expect, it } from 'vitest';
import { recordToEvents, sourceCommands, sourceToEvents } from './record-to-events.ts';

const example = fileURLToPath(new URL('../../../examples/tiny-record', import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The tiny example with decisions and letters that refer forward, in file order. */
const forwardRecord = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'politburo-fwd-'));
  dirs.push(dir);
  cpSync(example, dir, { recursive: true });
  const decisions = readFileSync(join(example, 'decisions.csv'), 'utf8').trimEnd().split('\n');
  const [header, first, ...rest] = decisions.map((l, i) => (i === 0 ? `${l},amends_id,revokes_id` : `${l},,`));
  writeFileSync(
    join(dir, 'decisions.csv'),
    `${[
      header,
      first,
      // a1 amends a3, two rows before the end; a2 revokes a1, which itself waits.
      'a1,12,1,1934-09-10,poll,,Amends a later decision,false,,,,,a3,',
      'a2,12,2,1934-09-11,poll,,Revokes the amendment,false,,,,,,a1',
      ...rest,
      'a3,12,3,1934-09-05,poll,,The decision amended,false,,,,,,',
    ].join('\n')}\n`,
  );
  const letters = readFileSync(join(example, 'correspondence.csv'), 'utf8').trimEnd();
  writeFileSync(
    join(dir, 'correspondence.csv'),
    `${letters}\nr1,letter,,stalin,kaganovich,1934-09-03T10:00,1934-09-04T10:00,,A reply placed before its letter,r2,S\nr2,letter,,kaganovich,stalin,1934-09-01T10:00,1934-09-02T10:00,,The letter answered,,K\n`,
  );
  return dir;
};

const ids = (events: readonly BodyEvent[], type: 'DecisionRegistered' | 'MessageRecorded'): string[] =>
  events.flatMap((e) => (e.type === 'DecisionRegistered' && type === e.type ? [e.decision.id] : e.type === 'MessageRecorded' && type === e.type ? [e.message.id] : []));

describe('the import streamed row by row', () => {
  it('gives the 1934 scenario exactly the events the record read whole gives', async () => {
    const path = scenarioPath('1934');
    const whole = recordToEvents(await readRecord(path)).events;
    const scanned = scanRecord(path);
    expect(scanned.problems.errors).toEqual([]);
    const streamed = sourceToEvents(scanned.source).events;
    expect(streamed.length).toBeGreaterThan(1000);
    expect(streamed).toEqual(whole);
  });

  it('holds a row back until the row it refers to is out, and gives the events the record read whole gives', async () => {
    const dir = forwardRecord();
    const scanned = scanRecord(dir);
    expect(scanned.problems.errors).toEqual([]);
    const streamed = sourceToEvents(scanned.source).events;
    expect(streamed).toEqual(recordToEvents(await readRecord(dir)).events);
    // In file order d1 a1 a2 d2…d5 a3: a1 waits for a3, a2 for a1.
    expect(ids(streamed, 'DecisionRegistered')).toEqual(['d1', 'd2', 'd3', 'd4', 'd5', 'a3', 'a1', 'a2']);
    expect(ids(streamed, 'MessageRecorded')).toEqual(['c1', 'c2', 'r2', 'r1']);
  });

  it('bounds what it holds back: past the bound the oldest row goes to the engine, which refuses it with its row and column', () => {
    const scanned = scanRecord(forwardRecord());
    const order = [...sourceCommands(scanned.source, { maxHeldBack: 0 })].flatMap((l) => (l.command.type === 'RecordDecision' ? [l.command.decisionId] : []));
    expect(order).toEqual(['d1', 'a1', 'a2', 'd2', 'd3', 'd4', 'd5', 'a3']);
    let error: unknown;
    try {
      sourceToEvents(scanned.source, { maxHeldBack: 0 });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'RECORD_INVALID' });
    expect((error as { details: unknown[] }).details[0]).toMatchObject({ file: 'decisions.csv', row: 2, column: 'amends_id' });
  });
});
