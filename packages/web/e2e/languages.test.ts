/**
 * Every page in both languages, in Chromium against the real server over the 1934 demo body, as the
 * roles that may see it: the body's pages as the deputy, the classroom's as a teacher with a class of
 * one group, the pages before a login as nobody. In Russian a page fails on any run of Latin-alphabet
 * words that is not a proper name, an id or a source title (support/latin-allowed.ts says what is
 * allowed and how to mark it). The screenshots land in test-output/screenshots (gitignored):
 * ru-<page>.png and en-<page>.png.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from './support/app-under-test.ts';
import { russianPageText, untranslated } from './support/latin-allowed.ts';
import { apiFromPage, go, login, SCREENSHOT_DIR, shoot } from './support/pages.ts';
import { e2eSession } from './support/session.ts';

const BODY = '1934-demo';
/** The demo copy holds 1934 only as of 30 July: the holiday's decision and its interventions are read in the whole scenario. */
const WHOLE = '1934';
type Who = 'deputy' | 'teacher' | 'nobody';

const session = e2eSession();
const as: Partial<Record<Who, Page>> = {};
let pages: Array<[name: string, who: Who, path: string]> = [];

const person = (): Promise<Page> => session.page();

const switchLanguage = async (page: Page, lang: 'en' | 'ru') => {
  await page.evaluate((l) => localStorage.setItem('politburo.lang', l), lang);
  await page.reload();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
};

/** Goes to a page and settles it; the screenshot under the page's own name as well as with its width. */
const show = async (page: Page, lang: 'en' | 'ru', name: string, path: string) => {
  await go(page, path);
  await page.locator('main h1').first().waitFor();
  await page.waitForTimeout(name === 'report' || name === 'debrief' ? 1500 : 300);
  const shot = await shoot(page, `${lang}-${name}`);
  copyFileSync(shot.file, join(SCREENSHOT_DIR, `${lang}-${name}.png`));
  return shot;
};

describe('every page in both languages (e2e, chromium)', () => {
  beforeAll(async () => {
    as.nobody = await person();
    await go(as.nobody, '/scenarios');
    as.deputy = await person();
    await login(as.deputy, BODY, 'deputy', DEMO_PASSWORD);
    as.teacher = await person();
    await go(as.teacher, '/classes');
    await as.teacher.locator('input[name=teacher-username]').fill('teacher-lang');
    await as.teacher.locator('input[name=teacher-password]').fill('teacher-pass-1');
    await as.teacher.getByRole('button', { name: 'Create a teacher account' }).click();
    await as.teacher.locator('input[name=class-name]').fill('Class 9b');
    await as.teacher.locator('input[name=class-groups]').fill('1');
    await as.teacher.locator('input[name=class-as-of]').fill('1934-07-30');
    await as.teacher.getByRole('button', { name: 'Create the class' }).click();
    await as.teacher.getByTestId('class-code').waitFor({ timeout: 120_000 });
    const code = (await as.teacher.getByTestId('class-code').textContent()) ?? '';
    const meetings = (await apiFromPage(as.nobody, 'GET', `/api/bodies/${WHOLE}/meetings`)).json.meetings as Array<{ id: string }>;
    pages = [
      ['login', 'nobody', '/login'],
      ['invite', 'nobody', `/invite?body=${BODY}&token=not-a-token`],
      ['join', 'nobody', `/join/${code}`],
      ['scenarios', 'nobody', '/scenarios'],
      ['register', 'deputy', `/b/${BODY}/register`],
      ['decision', 'deputy', `/b/${WHOLE}/decision/f17-op3-d951-l19`],
      ['protocol-item', 'deputy', `/b/${WHOLE}/protocols/1`],
      ['meetings', 'deputy', `/b/${BODY}/meetings`],
      ['sitting', 'deputy', `/b/${WHOLE}/meetings/${meetings[0]!.id}`],
      ['polls', 'deputy', `/b/${BODY}/polls`],
      ['desk', 'deputy', `/b/${BODY}/desk`],
      ['report', 'deputy', `/b/${WHOLE}/report`],
      ['protocols', 'deputy', `/b/${BODY}/protocols`],
      ['accounts', 'deputy', `/b/${BODY}/accounts`],
      ['audit', 'deputy', `/b/${BODY}/audit`],
      ['password', 'deputy', '/password'],
      ['simulator', 'deputy', '/simulator'],
      ['classes', 'teacher', '/classes'],
      ['class', 'teacher', `/classes/${code}`],
      ['debrief', 'teacher', `/classes/${code}/debrief`],
    ];
  }, 300_000);

  it('renders every page in English, with its screenshot', async () => {
    for (const who of ['nobody', 'deputy', 'teacher'] as const) await switchLanguage(as[who]!, 'en');
    for (const [name, who, path] of pages) {
      const shot = await show(as[who]!, 'en', name, path);
      expect(shot.overflow, name).toBeLessThanOrEqual(0);
      expect(await as[who]!.locator('main h1').first().textContent(), name).not.toBe('');
    }
  }, 400_000);

  it('renders every page in Russian with no untranslated English, with its screenshot', async () => {
    for (const who of ['nobody', 'deputy', 'teacher'] as const) await switchLanguage(as[who]!, 'ru');
    const found: Record<string, string[]> = {};
    for (const [name, who, path] of pages) {
      const page = as[who]!;
      const shot = await show(page, 'ru', name, path);
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
  }, 400_000);
});
