import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { calibrateCommand, compareCommand, simulateCommand } from './cli.ts';

const program = (lines: string[]): Command => {
  const p = new Command().exitOverride();
  const o = { print: (l: string) => lines.push(l), progress: false };
  for (const c of [simulateCommand(o), calibrateCommand(o), compareCommand(o)]) c(p);
  return p;
};

describe('politburo simulate / calibrate / compare', () => {
  it('simulate --runs writes one synthetic record per run and prints each figure with its spread', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sim-cli-'));
    const lines: string[] = [];
    await program(lines).parseAsync(['node', 'politburo', 'simulate', '--runs', '2', '--seed', '3', '--workers', '1', '--set', 'itemsPerDay=2', '--out', dir]);
    expect((await readdir(dir)).sort()).toEqual(['run-3', 'run-4', 'summary.json']);
    const meta = JSON.parse(await readFile(join(dir, 'run-3', 'meta.json'), 'utf8'));
    expect(meta).toMatchObject({ synthetic: true, preset: '1934', seed: 3 });
    expect(meta.parameters.itemsPerDay).toBe(2);
    expect(lines.some((l) => l.startsWith('decisionsTotal'))).toBe(true);
  }, 120_000);

  it('refuses an unknown parameter before running anything', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sim-cli-'));
    await expect(program([]).parseAsync(['node', 'politburo', 'simulate', '--set', 'nonsense=1', '--out', dir])).rejects.toMatchObject({ code: 'SIM_UNKNOWN_PARAM' });
  });

  it('calibrate reads a target file and prints the fitted parameters', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sim-cli-'));
    const target = join(dir, 'target.json');
    await writeFile(target, JSON.stringify({ meetingsTotal: 30, meetingsDuringAbsence: 10 }));
    const lines: string[] = [];
    await program(lines).parseAsync(['node', 'politburo', 'calibrate', '--target', target, '--seeds-per-eval', '1', '--validation-runs', '1', '--workers', '1', '--set', 'itemsPerDay=2']);
    expect(lines.join('\n')).toMatch(/meetingsPerMonthAbsent = /);
    expect(lines.join('\n')).toMatch(/meetingsTotal\s+30/);
  }, 120_000);

  it('compare prints baseline, counterfactual and difference, and draws the plot', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sim-cli-'));
    const lines: string[] = [];
    const svg = join(dir, 'cmp.svg');
    await program(lines).parseAsync(['node', 'politburo', 'compare', '--scenario', 'no-deputy-referrals', '--runs', '2', '--workers', '1', '--plot', svg]);
    expect(lines.some((l) => l.startsWith('responses'))).toBe(true);
    expect(await readFile(svg, 'utf8')).toContain('<svg');
  }, 300_000);
});
