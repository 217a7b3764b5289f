import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVIDENCE_COUNTS_1934 } from '@politburo/scenarios';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildCalendar, isAbsentDay } from './calendar.ts';
import { calibrateCommand, compareCommand } from './cli.ts';
import { presetParams, SCENARIO_TARGETS, TARGETS_1934, TARGETS_1934_EVIDENCE } from './presets.ts';

const program = (lines: string[]): Command => {
  const p = new Command().exitOverride();
  const o = { print: (l: string) => lines.push(l), progress: false };
  for (const c of [calibrateCommand(o), compareCommand(o)]) c(p);
  return p;
};

/** The simulator under both readings of 1934: the quoted figures, and the archive's (scenario 1934-evidence). */
describe('the two readings in the simulator', () => {
  it('the 1934-evidence preset places the sittings the scenario counts', () => {
    const cal = buildCalendar(presetParams('1934-evidence'));
    expect(cal.meetingDays).toHaveLength(EVIDENCE_COUNTS_1934.meetingsTotal);
    expect(cal.meetingDays.filter((d) => isAbsentDay(cal, d))).toHaveLength(EVIDENCE_COUNTS_1934.meetingsDuringAbsence);
    const quoted = buildCalendar(presetParams('1934'));
    expect(quoted.meetingDays).toHaveLength(46);
    expect(TARGETS_1934_EVIDENCE).toMatchObject({ decisionsTotal: 3945, meetingsTotal: EVIDENCE_COUNTS_1934.meetingsTotal, meetingsDuringAbsence: EVIDENCE_COUNTS_1934.meetingsDuringAbsence });
    expect(SCENARIO_TARGETS['1934']).toBe(TARGETS_1934);
  });

  it('calibrate --target 1934-evidence fits the archive’s counts: sittings exactly, the other counts closer than the start', async () => {
    const lines: string[] = [];
    const dir = await mkdtemp(join(tmpdir(), 'sim-readings-'));
    const out = join(dir, 'fit.json');
    await program(lines).parseAsync(['node', 'politburo', 'calibrate', '--target', '1934-evidence', '--preset', '1934-evidence', '--budget', '80', '--seeds-per-eval', '4', '--validation-runs', '4', '--workers', '2', '--out', out]);
    const fit = JSON.parse(await readFile(out, 'utf8')) as { targets: Record<string, number>; achieved: Record<string, { mean: number }>; history: Array<{ loss: number }>; loss: number };
    expect(fit.targets).toMatchObject(TARGETS_1934_EVIDENCE);
    expect(fit.achieved.meetingsTotal!.mean).toBe(EVIDENCE_COUNTS_1934.meetingsTotal);
    expect(fit.achieved.meetingsDuringAbsence!.mean).toBe(EVIDENCE_COUNTS_1934.meetingsDuringAbsence);
    expect(fit.loss).toBeLessThan(fit.history[0]!.loss);
    expect(Math.abs(fit.achieved.decisionsTotal!.mean / 3945 - 1)).toBeLessThan(0.03);
    expect(lines.join('\n')).toMatch(/figures at the fitted parameters/);
  }, 600_000);

  it('compare --readings runs the counterfactual under both readings and says under which the effect is clear', async () => {
    const lines: string[] = [];
    const dir = await mkdtemp(join(tmpdir(), 'sim-readings-'));
    const json = join(dir, 'c.json');
    await program(lines).parseAsync(['node', 'politburo', 'compare', '--scenario', 'telephone', '--readings', '--runs', '3', '--workers', '2', '--json', json]);
    const text = lines.join('\n');
    expect(text).toMatch(/telephone vs 1934: 3 paired seeds/);
    expect(text).toMatch(/telephone vs 1934-evidence: 3 paired seeds/);
    expect(text).toMatch(/Under both readings/);
    const c = JSON.parse(await readFile(json, 'utf8')) as {
      readings: Array<{ preset: string; figures: Array<{ key: string; baseline: { mean: number } }> }>;
      holds: Array<{ key: string; clearUnder: string[] }>;
    };
    expect(c.readings.map((r) => r.preset)).toEqual(['1934', '1934-evidence']);
    expect(c.readings.map((r) => r.figures.find((f) => f.key === 'meetingsTotal')!.baseline.mean)).toEqual([46, EVIDENCE_COUNTS_1934.meetingsTotal]);
    // the telephone shortens the leader's replies under either reading: a conclusion that holds under both
    expect(c.holds.find((h) => h.key === 'replyLatencyMedianMinutes')!.clearUnder).toEqual(['1934', '1934-evidence']);
    expect(text).toMatch(/replyLatencyMedianMinutes\s+under both/);
  }, 300_000);
});
