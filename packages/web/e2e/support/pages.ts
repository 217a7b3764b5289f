import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './app-under-test.ts';

export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-output', 'screenshots');

/** Logs in through the login page, as a user would. */
export async function login(page: Page, bodyId: string, username: string, password: string): Promise<void> {
  await page.goto(`/#/login?body=${encodeURIComponent(bodyId)}`);
  // By name: a select inside its label takes the selected option's text into its accessible name.
  await page.locator(`select[name=body] option[value="${bodyId}"]`).waitFor({ state: 'attached' });
  await page.locator('select[name=body]').selectOption(bodyId);
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(password);
  await page.getByRole('button', { name: 'Log in', exact: true }).click();
  await page.getByTestId('whoami').waitFor();
  // The login page moves on to the desk or the register once logged in: wait for it, so that a
  // navigation the test makes next is not overtaken by that one.
  await page.waitForFunction(() => !window.location.hash.startsWith('#/login'));
}

export async function go(page: Page, hashPath: string): Promise<void> {
  await page.goto(`/#${hashPath}`);
  await page.locator('main').waitFor();
}

/** Text of a "Who decided?" figure card, as a number. */
export async function figure(page: Page, key: string): Promise<number> {
  const text = await page.getByTestId(`value-${key}`).textContent();
  return Number((text ?? '').replace(/[^\d.]/g, ''));
}

/** A screenshot, and the page's widest point: on a phone nothing may stick out sideways. */
export async function shoot(page: Page, name: string): Promise<{ file: string; overflow: number }> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(400);
  const vw = page.viewportSize()?.width ?? 0;
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  const file = join(SCREENSHOT_DIR, `${name}-${vw}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return { file, overflow: overflow - vw };
}

/** An API call from inside the page, with the session cookie and CSRF token the app uses. */
export async function apiFromPage(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const s = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
      const r = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': s.csrfToken },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await r.text();
      return { status: r.status, json: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
    },
    { method, path, body },
  );
}
