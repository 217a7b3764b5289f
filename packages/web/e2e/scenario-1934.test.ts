/**
 * Pages over the 1934 demo body in a real browser against the real server: the simulator (a
 * logged-in user runs a counterfactual, watches its progress, reads the synthetic figures beside
 * the published ones), the register's intervention marks, and the drill-down's decision titles.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from './support/app-under-test.ts';
import { go, login, shoot } from './support/pages.ts';
import { e2eSession } from './support/session.ts';

let page: Page;
const WHOLE = '1934-whole';

describe('the 1934 demo in the browser (e2e, chromium)', () => {
  e2eSession({
    timeoutMs: 15_000,
    setUp: async (s) => {
      await s.app.server.services.bodies.copy('1934', { id: WHOLE });
      page = await s.page();
    },
  });

  it('runs 3 runs of the telephone counterfactual: progress, then the synthetic figures beside the published ones', async () => {
    await login(page, '1934-demo', 'member', DEMO_PASSWORD);
    await go(page, '/simulator');
    await page.locator('select[name=scenario]').selectOption('telephone');
    await page.locator('input[name=runs]').fill('3');
    await page.locator('input[name=seed]').fill('7');
    // Two jobs start: the baseline, and the counterfactual on the same seeds (the one looked at here).
    const started = page.waitForResponse((r) => r.url().endsWith('/api/simulations') && r.request().method() === 'POST' && (r.request().postData() ?? '').includes('telephone'));
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const res = await started;
    expect(res.status()).toBe(202);
    expect(JSON.parse(res.request().postData() ?? '{}')).toMatchObject({ preset: '1934', scenario: 'telephone', runs: 3, seed: 7 });

    // progress while it runs
    await page.getByTestId('sim-progress').waitFor();
    const first = await page.getByTestId('sim-status').textContent();
    expect(first).toMatch(/running/);
    expect(first).toMatch(/with a telephone/);
    // Baseline and counterfactual on the same seeds: 3 runs each.
    expect(first).toMatch(/of 6 runs/);
    expect(await page.getByTestId('sim-progress').getAttribute('max')).toBe('6');
    await page.getByTestId('sim-results').waitFor({ timeout: 90_000 });

    // then the results: done, every run counted
    expect(await page.getByTestId('sim-state').textContent()).toBe('done');
    expect(await page.getByTestId('sim-progress').evaluate((el) => (el as HTMLProgressElement).value)).toBe(6);
    const results = page.getByTestId('sim-results');
    expect(await results.locator('.tag.synthetic').count()).toBeGreaterThan(0);
    await expect(results.getByTestId('provenance-caveat').textContent()).resolves.toMatch(/quoted, not recounted/);
    const row = results.getByTestId('sim-row-decisionsTotal');
    const cells = await row.locator('td').allInnerTexts();
    expect(cells[0]).toMatch(/3,945/); // published
    const mean = (testId: string) => row.getByTestId(testId).locator('strong').textContent().then((s) => Number((s ?? '').replace(/[^\d.]/g, '')));
    expect(await mean('sim-mean-decisionsTotal')).toBeGreaterThan(1000); // simulated baseline mean
    expect(await mean('sim-cf-decisionsTotal')).toBeGreaterThan(1000); // simulated counterfactual mean
    expect(cells[1]).toMatch(/\d.*–.*\d/); // 5–95% range under the mean
    await results.getByTestId('sim-row-interventions').waitFor();
    // the spread chart is drawn
    await results.locator('figure svg, svg').first().waitFor();
    const shot = await shoot(page, 'simulator');
    expect(shot.overflow).toBeLessThanOrEqual(0);
  }, 180_000);

  // The demo copy holds 1934 as of 30 July: the holiday's decisions are read in a whole copy of the year.
  it('marks the decisions with an intervention in the register: 119 in Aug–Oct 1934', async () => {
    await login(page, WHOLE, 'member', DEMO_PASSWORD);
    await go(page, `/b/${WHOLE}/register?intervention=true&from=1934-08-01&to=1934-10-31`);
    await expect.poll(() => page.getByTestId('register-total').textContent(), { timeout: 15_000 }).toBe('119 decisions');
    const list = page.getByTestId('register-list');
    await list.locator('.tag.intervention').first().waitFor();
    const rows = await list.locator('[data-testid^="decision-"]').count();
    expect(rows).toBeGreaterThan(0);
    expect(await list.locator('[data-testid^="decision-"] .tag.intervention').count()).toBe(rows);
    // and none on the decisions without one
    await go(page, `/b/${WHOLE}/register?intervention=false&from=1934-08-01&to=1934-10-31`);
    await expect.poll(() => page.getByTestId('register-total').textContent()).not.toBe('119 decisions');
    await list.locator('[data-testid^="decision-"]').first().waitFor();
    expect(await list.locator('.tag.intervention').count()).toBe(0);
  }, 60_000);

  it('lists the interventions behind the figure by decision title, not id', async () => {
    await go(page, `/b/${WHOLE}/report`);
    await page.getByTestId('figure-interventions').click();
    const rows = page.getByTestId('explain').getByTestId('explain-row');
    await rows.first().waitFor();
    const link = rows.first().locator('a');
    const target = (await link.getAttribute('href')) ?? '';
    const decisionId = decodeURIComponent(/\/decision\/([^/?]+)/.exec(target)?.[1] ?? '');
    expect(decisionId).not.toBe('');
    const text = (await link.textContent()) ?? '';
    expect(text).not.toBe(decisionId);
    const json = await page.evaluate(
      async ([body, id]) => (await (await fetch(`/api/bodies/${body}/decisions/${encodeURIComponent(id)}`)).json()) as { title: string },
      [WHOLE, decisionId] as const,
    );
    expect(text).toBe(json.title);
  }, 60_000);

  it('the as-of copy starting at 30 July: the clock shows that day, the register holds nothing after it', async () => {
    await login(page, '1934-demo', 'deputy', DEMO_PASSWORD);
    await go(page, '/b/1934-demo/register');
    await expect.poll(() => page.getByTestId('bodybar-clock').textContent()).toMatch(/1934-07-30|30 July 1934/);
    await expect.poll(() => page.getByTestId('register-total').textContent()).toMatch(/^[\d,]+ decisions$/);
    const kept = Number(((await page.getByTestId('register-total').textContent()) ?? '').replace(/\D/g, ''));
    expect(kept).toBeGreaterThan(1000);
    await go(page, '/b/1934-demo/register?from=1934-07-31');
    await expect.poll(() => page.getByTestId('register-total').textContent()).toBe('0 decisions');
    // the scenario itself goes on past the cut
    await go(page, '/b/1934/register?from=1934-07-31');
    await expect.poll(() => page.getByTestId('register-total').textContent()).not.toBe('0 decisions');
    expect(await page.getByTestId('register-total').textContent()).toMatch(/^[\d,]+ decisions$/);
  }, 60_000);
});
