/**
 * The two readings of 1934 on the "Who decided?" page, in a real browser against the real
 * server: each figure under both shipped scenarios with its basis, the quoted labels on the
 * cards, and moving from one reading to the other. Screenshots on a desktop and a phone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE } from './support/browser.ts';
import { go, SCREENSHOT_DIR, shoot } from './support/pages.ts';
import { e2eSession } from './support/session.ts';

let page: Page;

const cell = (key: string, scenario: string) => page.getByTestId(`reading-${key}-${scenario}`);
const valueIn = async (key: string, scenario: string): Promise<number> => Number(((await cell(key, scenario).getByTestId('reading-value').textContent()) ?? '').replace(/[^\d.]/g, ''));
const basisOf = (key: string, scenario: string) => cell(key, scenario).locator('.tag.basis').getAttribute('data-basis');

describe('two readings of 1934 in the browser (e2e, chromium)', () => {
  const session = e2eSession({
    timeoutMs: 15_000,
    setUp: async (s) => {
      page = await s.page();
    },
  });

  it('shows each figure under both scenarios with its basis, the quoted figures labelled as quoted', async () => {
    await go(page, '/b/1934/report');
    await page.getByTestId('readings').waitFor();
    await cell('meetingsTotal', '1934-evidence').waitFor();
    expect(await valueIn('meetingsTotal', '1934')).toBe(46);
    expect(await basisOf('meetingsTotal', '1934')).toBe('quoted');
    const sittings = await valueIn('meetingsTotal', '1934-evidence');
    expect(sittings).toBeGreaterThanOrEqual(18);
    expect(sittings).toBeLessThan(30);
    expect(await basisOf('meetingsTotal', '1934-evidence')).toBe('estimated');
    const holidayProtocols = await valueIn('protocolsDuringAbsence', '1934-evidence');
    expect(holidayProtocols).toBeGreaterThanOrEqual(3);
    expect(holidayProtocols).toBeLessThanOrEqual(7);
    expect(await basisOf('protocolsDuringAbsence', '1934')).toBe('synthetic');
    expect(await valueIn('decisionsTotal', '1934')).toBe(3945);
    expect(await valueIn('decisionsTotal', '1934-evidence')).toBe(3945);
    expect(await basisOf('meetingsWithoutLeader', '1934')).toBe('archival');
    // the archival rows alone, under each value
    await expect(cell('meetingsTotal', '1934').textContent()).resolves.toMatch(/archival rows: 7/);
    // the cards: "quoted", the 46 probably an average, no "published"
    await expect(page.getByTestId('status-meetingsTotal').textContent()).resolves.toMatch(/probably the 1930–36 yearly average/);
    await expect(page.getByTestId('status-interventions').textContent()).resolves.toBe('quoted in the secondary literature; source not located');
    expect(await page.locator('main').textContent()).not.toMatch(/Published/);
    // the figure cards still show the quoted figures exactly
    await expect(page.getByTestId('value-meetingsTotal').textContent()).resolves.toBe('46');
    await page.getByTestId('readings').scrollIntoViewIfNeeded();
    await page.getByTestId('readings').screenshot({ path: `${SCREENSHOT_DIR}/two-readings-table-1280.png` });
    const shot = await shoot(page, 'two-readings');
    expect(shot.overflow).toBeLessThanOrEqual(0);
  }, 90_000);

  it('moves to the other reading: the evidence body’s own report, the same table', async () => {
    await page.getByTestId('reading-head-1934-evidence').locator('a').click();
    await page.waitForURL(/#\/b\/1934-evidence\/report/);
    await page.getByTestId('readings').waitFor();
    await expect.poll(async () => Number(((await page.getByTestId('value-protocolsTotal').textContent()) ?? '').replace(/\D/g, ''))).toBeGreaterThanOrEqual(18);
    expect(Number(((await page.getByTestId('value-meetingsTotal').textContent()) ?? '').replace(/\D/g, ''))).toBe(await valueIn('meetingsTotal', '1934-evidence'));
    // the table keeps the quoted reading first
    const heads = await page.locator('[data-testid^="reading-head-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(heads).toEqual(['reading-head-1934', 'reading-head-1934-evidence']);
  }, 60_000);

  it('a row’s citable page shows its source with the source’s confidence', async () => {
    await go(page, '/b/1934-evidence/decision/pb-1934-06-09-p8-i39-ogpu');
    await page.getByTestId('item-title').waitFor();
    await expect(page.getByTestId('item-title').textContent()).resolves.toMatch(/Вопросы ОГПУ/);
    await page.getByTestId('source-line').waitFor();
    await expect(page.getByTestId('source-line').textContent()).resolves.toMatch(/Ken, A\. I\. Rupasov.*protocol No\. 8 of 9 Jun 1934/);
    await expect(page.getByTestId('source-confidence').textContent()).resolves.toBe('confidence: high');
  }, 60_000);

  it('fits a phone without sideways scrolling', async () => {
    const phone = await session.context(PHONE);
    try {
      const p = await phone.newPage();
      await go(p, '/b/1934/report');
      await p.getByTestId('reading-meetingsTotal-1934-evidence').waitFor({ timeout: 15_000 });
      await p.getByTestId('readings').scrollIntoViewIfNeeded();
      const shot = await shoot(p, 'two-readings');
      expect(shot.overflow).toBeLessThanOrEqual(0);
    } finally {
      await phone.close();
    }
  }, 60_000);
});
