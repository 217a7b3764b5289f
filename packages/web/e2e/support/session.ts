import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type AppUnderTest, startAppUnderTest } from './app-under-test.ts';
import { DESKTOP, launchBrowser, newContext } from './browser.ts';

type Viewport = { readonly width: number; readonly height: number };

export interface E2eSession {
  /** The app under test; there once the suite's `beforeAll` has run. */
  readonly app: AppUnderTest;
  readonly browser: Browser;
  /** A new browser context, closed with the suite. */
  context(viewport?: Viewport): Promise<BrowserContext>;
  /** A page in a new context of its own (a person of their own: cookies are per context); its page errors are logged. */
  page(viewport?: Viewport, label?: string): Promise<Page>;
}

export interface E2eSessionOptions {
  /** Playwright's default timeout for every context the suite opens. */
  readonly timeoutMs?: number;
  /** Runs inside `beforeAll` once the app and the browser are up (a copy to make, a page to log in). */
  readonly setUp?: (session: E2eSession) => Promise<void>;
}

/**
 * The hooks every browser suite needs, in one place: the app on a temp SQLite file and Debian's
 * chromium before the suite; every context, the browser and the app closed after it, even when
 * a test failed half-way. Call it at the top of a `describe`.
 */
export const e2eSession = (options: E2eSessionOptions = {}): E2eSession => {
  let app: AppUnderTest | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`e2eSession: the ${what} is not up yet (used outside a test or hook?)`);
    return value;
  };
  const session: E2eSession = {
    get app() {
      return need(app, 'app');
    },
    get browser() {
      return need(browser, 'browser');
    },
    async context(viewport = DESKTOP) {
      const context = await newContext(session.browser, session.app.url, viewport);
      context.setDefaultTimeout(options.timeoutMs ?? 20_000);
      contexts.push(context);
      return context;
    },
    async page(viewport = DESKTOP, label = 'page') {
      const page = await (await session.context(viewport)).newPage();
      page.on('pageerror', (e) => console.error(`[${label}] page error:`, e.message));
      return page;
    },
  };
  beforeAll(async () => {
    app = await startAppUnderTest();
    browser = await launchBrowser();
    await options.setUp?.(session);
  }, 180_000);
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await app?.close();
  }, 120_000);
  return session;
};
