/**
 * Accounts and the audit trail in a real browser (Debian's chromium) against the real
 * server: the secretariat invites a member, the member opens the one-time link, sets his
 * password and is logged in, changes it (his other sessions end), and the audit page
 * shows what was done and downloads it as CSV.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from './support/app-under-test.ts';
import { DESKTOP, PHONE } from './support/browser.ts';
import { apiFromPage, go, login, shoot } from './support/pages.ts';
import { e2eSession } from './support/session.ts';

const BODY = '1934-demo';
const INVITEE = { memberId: 'e2e-invitee', name: 'E. Invitee', username: 'invitee' };
const FIRST_PASSWORD = 'first-password-1';
const SECOND_PASSWORD = 'second-password-2';

let secretariat: Page;
let member: Page;
let link = '';
let secretariatId = '';

const session = e2eSession({ timeoutMs: 15_000 });
const page = (viewport: { width: number; height: number } = DESKTOP): Promise<Page> => session.page(viewport);
/** The session the server sees for a raw cookie, without the browser: null once it has ended. */
const userFor = async (sessionCookie: string): Promise<unknown> => {
  const r = await fetch(`${session.app.url}/api/auth/session`, { headers: { cookie: `pb_session=${sessionCookie}` } });
  return ((await r.json()) as { user: unknown }).user;
};
const sessionCookieOf = async (p: Page): Promise<string> => (await p.context().cookies()).find((c) => c.name === 'pb_session')?.value ?? '';

describe('accounts and audit (e2e, chromium)', () => {
  beforeAll(async () => {
    secretariat = await page();
    await login(secretariat, BODY, 'secretariat', DEMO_PASSWORD);
    const me = await apiFromPage(secretariat, 'GET', '/api/auth/session');
    secretariatId = (me.json.user as { memberId: string }).memberId;
    const admitted = await apiFromPage(secretariat, 'POST', `/api/bodies/${BODY}/members`, { memberId: INVITEE.memberId, name: INVITEE.name, role: 'member', from: '1934-01-01' });
    expect(admitted.status).toBe(201);
  }, 180_000);


  it('the secretariat finds Accounts in the menu and invites the member; the page shows the one-time link', async () => {
    await go(secretariat, `/b/${BODY}/register`);
    await secretariat.getByRole('navigation').getByRole('link', { name: 'Accounts' }).click();
    await secretariat.getByRole('heading', { name: 'Accounts' }).waitFor();
    await expect.poll(() => secretariat.getByTestId('accounts-table').locator('tbody tr').count()).toBeGreaterThan(0);
    await secretariat.locator(`select[name=memberId] option[value="${INVITEE.memberId}"]`).waitFor({ state: 'attached' });
    await secretariat.locator('select[name=memberId]').selectOption(INVITEE.memberId);
    await secretariat.locator('input[name=username]').fill(INVITEE.username);
    await secretariat.getByRole('button', { name: 'Make the invitation link' }).click();
    const field = secretariat.getByTestId('invite-link');
    await field.waitFor();
    link = await field.inputValue();
    expect(link).toMatch(new RegExp(`^${session.app.url}/#/invite\\?body=${BODY}&token=[\\w-]{20,}$`));
  }, 60_000);

  it('the member opens the link, sets his password and is logged in; the link works only once', async () => {
    member = await page();
    await member.goto(link);
    await member.getByRole('heading', { name: 'Accept the invitation' }).waitFor();
    await member.getByLabel('Password (at least 8 characters)').fill(FIRST_PASSWORD);
    await member.getByLabel('Password again').fill(FIRST_PASSWORD);
    await member.getByRole('button', { name: 'Set my password and log in' }).click();
    await expect.poll(() => member.getByTestId('whoami').textContent()).toContain(INVITEE.name);
    expect(member.url()).toContain(`#/b/${BODY}/register`);
    // A second browser follows the same link: refused, in words.
    const again = await page();
    await again.goto(link);
    await again.getByLabel('Password (at least 8 characters)').fill('someone-else-1');
    await again.getByLabel('Password again').fill('someone-else-1');
    await again.getByRole('button', { name: 'Set my password and log in' }).click();
    await expect.poll(() => again.getByRole('alert').textContent()).toContain('used already');
  }, 60_000);

  it('he changes his password: the session he had before and one in another browser are gone; the new password works, the old one not', async () => {
    const elsewhere = await page();
    await login(elsewhere, BODY, INVITEE.username, FIRST_PASSWORD);
    const before = await sessionCookieOf(member);
    const other = await sessionCookieOf(elsewhere);
    expect(await userFor(before)).toMatchObject({ username: INVITEE.username });
    expect(await userFor(other)).toMatchObject({ username: INVITEE.username });

    await member.getByRole('link', { name: 'My password' }).click();
    await member.getByRole('heading', { name: 'Change my password' }).waitFor();
    await member.getByLabel('Current password').fill(FIRST_PASSWORD);
    await member.getByLabel('New password (at least 8 characters)').fill(SECOND_PASSWORD);
    await member.getByLabel('New password again').fill(SECOND_PASSWORD);
    await member.getByRole('button', { name: 'Change the password' }).click();
    await member.getByText('Password changed.').waitFor();

    expect(await userFor(before)).toBeNull();
    expect(await userFor(other)).toBeNull();
    const now = await sessionCookieOf(member);
    expect(now).not.toBe(before);
    expect(await userFor(now)).toMatchObject({ username: INVITEE.username });
    await elsewhere.reload();
    await elsewhere.getByRole('link', { name: 'Log in' }).waitFor();
    const oldLogin = await apiFromPage(elsewhere, 'POST', '/api/auth/login', { bodyId: BODY, username: INVITEE.username, password: FIRST_PASSWORD });
    expect(oldLogin.status).toBe(401);
    await login(elsewhere, BODY, INVITEE.username, SECOND_PASSWORD);
    // A member does not steer: no Accounts or Audit in his menu, and the audit is refused to him.
    expect(await elsewhere.getByRole('navigation').getByRole('link', { name: 'Audit' }).count()).toBe(0);
    expect((await apiFromPage(elsewhere, 'GET', `/api/bodies/${BODY}/audit`)).status).toBe(403);
  }, 90_000);

  it('the audit page shows who invited whom and the password change, and downloads the filtered trail as CSV', async () => {
    await go(secretariat, `/b/${BODY}/audit`);
    await secretariat.getByRole('heading', { name: 'Audit trail' }).waitFor();
    await secretariat.getByLabel('Who').fill('invite:');
    await secretariat.getByRole('button', { name: 'Show', exact: true }).click();
    const rows = secretariat.getByTestId('audit-table').locator('tbody tr');
    await expect.poll(() => rows.allInnerTexts(), { timeout: 20_000 }).toEqual(expect.arrayContaining([expect.stringMatching(/invite:invitee\s+invitation used/)]));
    const texts = await rows.allInnerTexts();
    expect(texts.every((t) => t.includes('invite:invitee'))).toBe(true);
    expect(texts.some((t) => /account created\s+invitee/.test(t))).toBe(true);

    await secretariat.getByLabel('Who').fill('');
    await secretariat.getByLabel('Event type').fill('ServerAccountCreated');
    await secretariat.getByRole('button', { name: 'Show', exact: true }).click();
    await expect.poll(() => rows.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`account:${BODY}/invitee\\s+account created\\s+invitee`))]));

    await secretariat.getByLabel('Event type').fill('ServerInviteIssued');
    await secretariat.getByRole('button', { name: 'Show', exact: true }).click();
    await expect.poll(() => rows.allInnerTexts()).toEqual([expect.stringMatching(new RegExp(`member:${secretariatId}\\s+invitation issued\\s+invitee`))]);
    const [download] = await Promise.all([secretariat.waitForEvent('download'), secretariat.getByTestId('audit-csv').click()]);
    expect(download.suggestedFilename()).toBe(`${BODY}-audit.csv`);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.trim().split(/\r\n/);
    expect(lines[0]).toBe('position,at,bodyTime,actor,requestId,stream,type,subject');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(new RegExp(`,member:${secretariatId},[^,]*,invites,ServerInviteIssued,invitee$`));
    expect(csv).not.toContain(new URL(link.replace('/#/', '/')).searchParams.get('token')!);
  }, 90_000);

  it('the new pages fit a laptop and a phone without horizontal scrolling', async () => {
    const phone = await page(PHONE);
    await login(phone, BODY, 'secretariat', DEMO_PASSWORD);
    for (const p of [secretariat, phone]) {
      for (const [path, heading] of [
        [`/b/${BODY}/accounts`, 'Accounts'],
        [`/b/${BODY}/audit`, 'Audit trail'],
        ['/password', 'Change my password'],
      ] as const) {
        await go(p, path);
        await p.getByRole('heading', { name: heading }).waitFor();
        const { overflow } = await shoot(p, `accounts-${path.split('/').at(-1)}`);
        expect(overflow, `${path} at ${p.viewportSize()?.width}px`).toBeLessThanOrEqual(0);
      }
    }
  }, 90_000);
});
