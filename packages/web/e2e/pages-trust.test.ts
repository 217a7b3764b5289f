/**
 * The pages as a new user meets them (issue 12), in Debian's chromium against the real server:
 * the login default, an early close explained in words, a historical sitting with its items,
 * the protocol with its wording, the drill-down taking focus, the simulator side by side, the
 * register's export and keyboard, and then every page at 1280 and 390 px — screenshots saved,
 * nothing sticking out sideways on the phone, and no serious or critical axe-core violation.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from './support/app-under-test.ts';
import { type AxeViolation, seriousViolations } from './support/axe.ts';
import { DESKTOP, PHONE } from './support/browser.ts';
import { apiFromPage, go, login, shoot } from './support/pages.ts';
import { e2eSession } from './support/session.ts';

const DEMO = '1934-demo';
/** An ISO stamp or an internal id, which a sentence for people never contains. */
const MACHINE_WORDS = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|item-[0-9a-f]{6,}|meeting-[0-9a-f]{6,}|pb-sitting-|syn-m-/;

let pollItemId = '';

const session = e2eSession();
const fresh = (viewport: { width: number; height: number } = DESKTOP): Promise<Page> => session.page(viewport);

describe('pages a user can trust (e2e, chromium)', () => {
  it('the login page preselects the writable demo body, and names the body a username exists in', async () => {
    const page = await fresh();
    await page.goto('/');
    await page.waitForURL(/#\/b\/1934-demo\/register/);
    // Even a link from a read-only scenario's page preselects the demo copy: the scenario has no accounts.
    for (const path of ['/login', '/login?body=1934']) {
      await go(page, path);
      await page.locator(`select[name=body] option[value="${DEMO}"]`).waitFor({ state: 'attached' });
      await expect.poll(() => page.locator('select[name=body]').inputValue()).toBe(DEMO);
    }
    // The printed demo password works with the preselected body.
    await page.locator('input[name=username]').fill('deputy');
    await page.locator('input[name=password]').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    await page.getByTestId('whoami').waitFor();
    await page.getByRole('button', { name: 'Log out' }).click();
    // In the wrong body, the error says where the username lives and offers to switch.
    await go(page, '/login');
    await page.locator('select[name=body] option[value="1934"]').waitFor({ state: 'attached' });
    await page.locator('select[name=body]').selectOption('1934');
    await page.locator('input[name=username]').fill('member');
    await page.locator('input[name=password]').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    const where = page.getByTestId('login-elsewhere');
    await where.waitFor();
    expect(await where.textContent()).toContain('The Politburo in 1934 (demo copy, as of 30 July 1934)');
    await where.getByRole('button').first().click();
    expect(await page.locator('select[name=body]').inputValue()).toBe(DEMO);
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    await page.getByTestId('whoami').waitFor();
  }, 120_000);

  it('closing a poll early is not offered; the page says in words when it can be closed', async () => {
    const deputy = await fresh();
    await login(deputy, DEMO, 'deputy', DEMO_PASSWORD);
    await go(deputy, `/b/${DEMO}/polls`);
    await deputy.getByLabel('Title').fill('E2E: rail timetable for the harvest');
    await deputy.getByRole('button', { name: 'Propose', exact: true }).click();
    await deputy.getByTestId('poll-title').waitFor();
    pollItemId = decodeURIComponent(/\/polls\/([^/?]+)/.exec(deputy.url())?.[1] ?? '');
    const clock = await apiFromPage(deputy, 'GET', `/api/bodies/${DEMO}/clock`);
    const deadline = new Date(`${String(clock.json.now)}:00Z`);
    deadline.setUTCDate(deadline.getUTCDate() + 3);
    await deputy.getByLabel('Poll deadline').fill(deadline.toISOString().slice(0, 16));
    await deputy.getByTestId('circulate').click();
    const refused = deputy.getByTestId('close-refused');
    await refused.waitFor();
    const text = (await refused.textContent()) ?? '';
    expect(text).toContain('E2E: rail timetable for the harvest');
    // The deadline in words (“4 August 1934 at 09:58” or similar), with its year and month name.
    expect(text).toMatch(/\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/);
    expect(text).not.toMatch(MACHINE_WORDS);
    expect(await deputy.getByTestId('close-voting').count()).toBe(0);
    // The API's refusal speaks the same way, and carries its facts for other languages.
    const r = await apiFromPage(deputy, 'POST', `/api/bodies/${DEMO}/items/${pollItemId}/close`, {});
    expect(r.status).toBe(409);
    expect(r.json.code).toBe('POLL_STILL_OPEN');
    expect(String(r.json.detail)).not.toMatch(MACHINE_WORDS);
    expect(String(r.json.detail)).toContain('E2E: rail timetable for the harvest');
    expect((r.json.params as Record<string, unknown>).title).toBe('E2E: rail timetable for the harvest');
  }, 120_000);

  it('a historical sitting lists the protocol items registered in it and links to its protocol', async () => {
    const page = await fresh();
    await go(page, '/b/1934/meetings');
    const table = page.getByTestId('meetings-table');
    await table.locator('tbody tr').first().waitFor();
    const counts = await table.locator('[data-testid^="protocol-items-"]').allInnerTexts();
    expect(counts.length).toBeGreaterThan(10);
    expect(counts.filter((c) => /^[1-9]\d* items?/.test(c)).length).toBeGreaterThan(counts.length / 2);
    await table.locator('tbody tr a').first().click();
    const items = page.getByTestId('sitting-protocol-items');
    await items.locator('ol li').first().waitFor();
    expect(await items.locator('ol li').count()).toBeGreaterThan(0);
    const protocolLink = items.getByRole('link', { name: /^Protocol № \d+$/ }).first();
    const no = /(\d+)$/.exec((await protocolLink.textContent()) ?? '')?.[1];
    await protocolLink.click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe(`Protocol № ${no}`);
  }, 120_000);

  it('the protocol prints what was resolved, names people and sittings, and lists protocols by date', async () => {
    const page = await fresh();
    await go(page, '/b/1934/protocols');
    await page.locator('main tbody tr').first().waitFor();
    // Date order: the second column, parsed back from its formatted text.
    const dates = (await page.locator('main tbody tr td:nth-child(2)').allInnerTexts()).map((d) => Date.parse(`${d} UTC`));
    expect(dates.every((d) => !Number.isNaN(d))).toBe(true);
    expect([...dates].sort((a, z) => a - z)).toEqual(dates);
    await go(page, '/b/1934/protocols/1');
    const resolved = page.getByTestId('resolved');
    await resolved.first().waitFor();
    const doc = (await page.locator('main article').textContent()) ?? '';
    expect(doc).not.toContain('see the decision');
    expect(doc).not.toContain('not recorded');
    expect(doc).not.toMatch(MACHINE_WORDS);
    expect(doc).toMatch(/at the sitting of \d{1,2} January 1934/);
    // The wording itself: the first point's resolved text is the decision's own wording.
    const api = await apiFromPage(page, 'GET', '/api/bodies/1934/protocols/1');
    const first = (api.json.decisions as Array<{ resolved: string }>)[0]!;
    expect((await resolved.first().textContent())?.replace(/^Resolved:\s*/, '')).toBe(first.resolved);
  }, 120_000);

  it('a click on a figure brings its drill-down into view, with focus on it', async () => {
    const page = await fresh();
    await go(page, '/b/1934/report');
    await page.getByTestId('badge-interventions').waitFor();
    await page.getByTestId('figure-interventions').click();
    const heading = page.getByTestId('explain-heading');
    await page.getByTestId('explain-row').first().waitFor();
    await expect.poll(() => heading.evaluate((el) => document.activeElement === el)).toBe(true);
    await expect.poll(() => heading.evaluate((el) => {
      const r = el.getBoundingClientRect();
      // scrollIntoView may leave it a fraction of a pixel above the top
      return r.top >= -2 && r.bottom <= window.innerHeight;
    })).toBe(true);
    // One provenance panel; each card a short badge.
    expect(await page.getByTestId('caveats-panel').count()).toBe(1);
    expect(await page.getByTestId('badge-interventions').textContent()).toMatch(/note \d/);
    expect(await page.locator('[data-testid="figures"] .caveat').count()).toBe(0);
  }, 120_000);

  it('the simulator runs baseline and counterfactual side by side with the difference, and keeps earlier runs', async () => {
    const page = await fresh();
    await login(page, DEMO, 'member', DEMO_PASSWORD);
    await go(page, '/simulator');
    await page.locator('select[name=scenario]').selectOption('telephone');
    await page.locator('input[name=runs]').fill('2');
    await page.locator('input[name=seed]').fill('11');
    expect(await page.getByTestId('sim-estimate').textContent()).toMatch(/\d+–\d+ s/);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByTestId('sim-results').waitFor({ timeout: 150_000 });
    const row = page.getByTestId('sim-row-decisionsTotal');
    const base = Number(((await row.getByTestId('sim-mean-decisionsTotal').locator('strong').textContent()) ?? '').replace(/[^\d.]/g, ''));
    const cf = Number(((await row.getByTestId('sim-cf-decisionsTotal').locator('strong').textContent()) ?? '').replace(/[^\d.]/g, ''));
    expect(base).toBeGreaterThan(1000);
    expect(cf).toBeGreaterThan(1000);
    const diff = (await row.getByTestId('sim-diff-decisionsTotal').textContent()) ?? '';
    expect(diff).toMatch(/[+−±]/);
    expect(diff).toMatch(/–/);
    // The measured speed now gives the estimate; a second run keeps the first in the list.
    expect(await page.getByTestId('sim-estimate').textContent()).toMatch(/from the speed this server has just shown/);
    await page.locator('select[name=scenario]').selectOption('');
    await page.locator('input[name=runs]').fill('1');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => page.getByTestId('sim-history-row').count(), { timeout: 30_000 }).toBe(2);
    await expect.poll(() => page.getByTestId('sim-state').textContent(), { timeout: 150_000 }).toBe('done');
    await page.getByTestId('sim-history').getByRole('button', { name: 'Show' }).first().click();
    await page.getByTestId('sim-cf-decisionsTotal').waitFor();
  }, 360_000);

  it('the register exports what a search found as CSV and keeps keyboard focus on ArrowDown and End', async () => {
    const page = await fresh();
    await go(page, '/b/1934/register?q=Kaganovich');
    await expect.poll(() => page.getByTestId('register-total').textContent()).toMatch(/^\d[\d,]* decisions?$/);
    const total = Number(((await page.getByTestId('register-total').textContent()) ?? '').replace(/\D/g, ''));
    expect(total).toBeGreaterThan(0);
    const link = (await page.getByTestId('register-export').getAttribute('href')) ?? '';
    expect(link).toContain('q=Kaganovich');
    const csv = await page.evaluate(async (u) => (await fetch(u)).text(), link);
    const lines = csv.trim().split(/\r\n/);
    expect(lines[0]).toMatch(/^protocol_no,item,date,mode,title,initiator/);
    expect(lines.length - 1).toBe(total);
    // Dates by locale in the list, not ISO.
    const firstRow = page.getByTestId('register-list').locator('[data-testid^="decision-"]').first();
    await firstRow.waitFor();
    expect(await firstRow.locator('.c-date').textContent()).toMatch(/^\d{1,2} [A-Z][a-z]{2,3} 1934$/);
    // Keyboard: focus follows the active row, even to the last one.
    await go(page, '/b/1934/register');
    await page.getByTestId('register-list').locator('[data-testid^="decision-"]').first().waitFor();
    await page.getByTestId('register-list').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-index]')?.getAttribute('data-index'))).toBe('2');
    await page.keyboard.press('End');
    const all = Number(((await page.getByTestId('register-total').textContent()) ?? '').replace(/\D/g, ''));
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-index]')?.getAttribute('data-index')), { timeout: 20_000 }).toBe(String(all - 1));
  }, 120_000);

  it('every page at 1280 and 390 px: screenshots, no sideways scrolling on the phone, no serious axe violation', async () => {
    const anon = await fresh();
    await go(anon, '/scenarios');
    const meetings = (await apiFromPage(anon, 'GET', '/api/bodies/1934/meetings')).json.meetings as Array<{ id: string }>;
    const decisions = (await apiFromPage(anon, 'GET', '/api/bodies/1934/decisions?pageSize=1')).json.items as Array<{ id: string }>;
    const pages: Array<[name: string, role: string, path: string]> = [
      ['login', 'anonymous', '/login'],
      ['register-1934', 'anonymous', '/b/1934/register'],
      ['decision-1934', 'anonymous', `/b/1934/decision/${decisions[0]!.id}`],
      ['meetings-1934', 'anonymous', '/b/1934/meetings'],
      ['sitting-1934', 'anonymous', `/b/1934/meetings/${meetings[0]!.id}`],
      ['protocols-1934', 'anonymous', '/b/1934/protocols'],
      ['protocol-1934', 'anonymous', '/b/1934/protocols/1'],
      ['report-1934', 'anonymous', '/b/1934/report'],
      ['scenarios', 'anonymous', '/scenarios'],
      ['simulator', 'member', '/simulator'],
      ['register-demo', 'deputy', `/b/${DEMO}/register`],
      ['polls-demo', 'deputy', `/b/${DEMO}/polls`],
      ['poll-demo', 'secretariat', `/b/${DEMO}/polls/${pollItemId}`],
      ['poll-candidate', 'candidate', `/b/${DEMO}/polls/${pollItemId}`],
      ['item-demo', 'deputy', `/b/${DEMO}/item/${pollItemId}`],
      ['meetings-demo', 'deputy', `/b/${DEMO}/meetings`],
      ['desk-leader', 'leader', `/b/${DEMO}/desk`],
      ['desk-deputy', 'deputy', `/b/${DEMO}/desk`],
      ['desk-observer', 'observer', `/b/${DEMO}/desk`],
      ['report-demo', 'deputy', `/b/${DEMO}/report`],
      ['protocols-demo', 'deputy', `/b/${DEMO}/protocols`],
    ];
    const overflowing: string[] = [];
    const violations: Array<{ page: string } & AxeViolation> = [];
    for (const viewport of [DESKTOP, PHONE]) {
      const as: Record<string, Page> = {};
      for (const [name, role, path] of pages) {
        if (!as[role]) {
          const p = await fresh(viewport);
          if (role !== 'anonymous') await login(p, DEMO, role, DEMO_PASSWORD);
          as[role] = p;
        }
        const p = as[role]!;
        await go(p, path);
        await p.locator('main h1').first().waitFor();
        // Charts and lists settle before the picture and the audit.
        await p.waitForTimeout(name.startsWith('report') ? 1500 : 300);
        const shot = await shoot(p, `page-${name}`);
        if (viewport === PHONE && shot.overflow > 0) overflowing.push(`${name}@390: +${shot.overflow}px`);
        for (const v of await seriousViolations(p)) violations.push({ page: `${name}@${viewport.width}`, ...v });
      }
    }
    expect(overflowing).toEqual([]);
    expect(violations).toEqual([]);
  }, 600_000);
});
