import { afterAll, describe, expect, it } from 'vitest';
import { compare } from './compare.ts';
import { comparisonSvg } from './plot.ts';
import { SimPool } from './runner.ts';

/**
 * Direction of the counterfactuals, on 6 paired seeds. The claims are that the 95%
 * paired-bootstrap interval of the difference lies entirely on the stated side of 0.
 */
const pool = new SimPool({ workers: 2 });
afterAll(() => pool.close());
const fig = (c: Awaited<ReturnType<typeof compare>>, key: string) => c.figures.find((f) => f.key === key)!;

describe('counterfactuals', () => {
  it('telephone: the leader replies sooner after a request reaches him', async () => {
    const c = await compare({ scenario: 'telephone', runs: 6, pool });
    const d = fig(c, 'replyLatencyMedianMinutes').difference;
    expect(d.hi!).toBeLessThan(0);
    expect(fig(c, 'replyLatencyMedianMinutes').counterfactual.mean!).toBeLessThan(120);
    // The same proposals arrive under both arms (common random numbers).
    expect(fig(c, 'meetingsTotal').difference.mean).toBe(0);
    const svg = comparisonSvg(c);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('replyLatencyMedianMinutes');
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  }, 300_000);

  it('no-deputy-referrals: no responses, hence fewer interventions', async () => {
    const c = await compare({ scenario: 'no-deputy-referrals', runs: 6, pool });
    expect(fig(c, 'responses').counterfactual.mean).toBe(0);
    expect(fig(c, 'responses').difference.hi!).toBeLessThan(0);
    expect(fig(c, 'interventions').difference.hi!).toBeLessThan(0);
  }, 300_000);

  it('no-absence: nothing happens during an absence; short-holiday: less does', async () => {
    const none = await compare({ scenario: 'no-absence', runs: 3, pool });
    expect(fig(none, 'decisionsDuringAbsence').counterfactual.mean).toBe(0);
    expect(fig(none, 'interventions').counterfactual.mean).toBe(0);
    const short = await compare({ scenario: 'short-holiday', runs: 3, pool });
    expect(fig(short, 'decisionsDuringAbsence').difference.hi!).toBeLessThan(0);
  }, 300_000);
});
