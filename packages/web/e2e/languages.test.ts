/**
 * Every main page in both languages, in Chromium against the real server over the 1934 demo body.
 * In Russian a page fails on any run of Latin-alphabet words that is not a proper name, an id or a
 * source title (support/latin-allowed.ts says what is allowed and how to mark it). The screenshots
 * land in test-output/screenshots (gitignored): ru-<page>-1280.png, en-<page>-1280.png.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppUnderTest, DEMO_PASSWORD, startAppUnderTest } from './support/app-under-test.ts';
import { DESKTOP, launchBrowser, newContext } from './support/browser.ts';
import { russianPageText, untranslated } from './support/latin-allowed.ts';
import { go, login, SCREENSHOT_DIR, shoot } from './support/pages.ts';

const BODY = '1934-demo';
/** The demo copy holds 1934 only as of 30 July: the holiday's decision and its interventions are read in the whole scenario. */
const WHOLE = '1934';
const PAGES: ReadonlyArray<[name: string, path: string]> = [
  ['register', `/b/${BODY}/register`],
  ['decision', `/b/${WHOLE}/decision/f17-op3-d951-l19`],
  ['meetings', `/b/${BODY}/meetings`],
  ['polls', `/b/${BODY}/polls`],
  ['desk', `/b/${BODY}/desk`],
  ['report', `/b/${WHOLE}/report`],
  ['protocols', `/b/${BODY}/protocols`],
  ['scenarios', '/scenarios'],
  ['simulator', '/simulator'],
];

let app: AppUnderTest;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const useLanguage = async (lang: 'en' | 'ru') => {
  await page.evaluate((l) => localStorage.setItem('politburo.lang', l), lang);
  await page.reload();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
};

describe('every page in both languages (e2e, chromium)', () => {
  beforeAll(async () => {
    app = await startAppUnderTest();
    browser = await launchBrowser();
    context = await newContext(browser, app.url, DESKTOP);
    context.setDefaultTimeout(20_000);
    page = await context.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await login(page, BODY, 'deputy', DEMO_PASSWORD);
  }, 180_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await app?.close();
  }, 120_000);

  it('renders each page in English, with its screenshot', async () => {
    await useLanguage('en');
    for (const [name, path] of PAGES) {
      await go(page, path);
      const shot = await shoot(page, `en-${name}`);
      expect(shot.overflow, name).toBeLessThanOrEqual(0);
      expect(await page.locator('main h1').first().textContent(), name).not.toBe('');
    }
  }, 240_000);

  it('renders each page in Russian with no untranslated English, with its screenshot', async () => {
    await useLanguage('ru');
    const found: Record<string, string[]> = {};
    for (const [name, path] of PAGES) {
      await go(page, path);
      const shot = await shoot(page, `ru-${name}`);
      expect(shot.overflow, name).toBeLessThanOrEqual(0);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
      if (name === 'report') {
        // The interventions chart: every y-axis label whole, in Russian too (they were clipped by a fixed margin).
        const chart = page.locator('section[aria-labelledby=c2]');
        await chart.locator('svg').first().waitFor();
        await chart.screenshot({ path: `${SCREENSHOT_DIR}/ru-report-interventions-chart.png` });
        // Every text of the chart (Plot's inner labels are stripped, so all of them): none starts left of the image.
        const texts = await chart.locator('svg text').evaluateAll((ts) => ({
          count: ts.length,
          clipped: ts.filter((t) => (t as SVGGraphicsElement).getBoundingClientRect().left < (t.closest('svg') as SVGSVGElement).getBoundingClientRect().left - 0.5).length,
        }));
        expect(texts.count).toBeGreaterThan(3);
        expect(texts.clipped).toBe(0);
      }
      const left = untranslated(await page.evaluate(russianPageText));
      if (left.length) found[name] = left;
    }
    expect(found).toEqual({});
  }, 240_000);
});
