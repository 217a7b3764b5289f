/**
 * The web app in a real browser (Debian's chromium) against the real server on a temp
 * SQLite file. Everything happens in a COPY of the 1934 scenario, made through the UI.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE } from './support/browser.ts';
import { apiFromPage, figure, go, login, shoot } from './support/pages.ts';
import { e2eSession } from './support/session.ts';

const FIGURES = ['decisionsTotal', 'decisionsDuringAbsence', 'interventions', 'responses', 'confirmedUnchanged'] as const;

const session = e2eSession({ timeoutMs: 15_000 });
const as: Record<string, Page> = {};
let copyId = '';
/** Until the server says the message has reached the page's user (his inbox holds it): the scheduler delivers on its own time. */
const deliveredTo = async (page: Page, bodyId: string, messageId: string): Promise<void> => {
  await expect
    .poll(async () => {
      const r = await apiFromPage(page, 'GET', `/api/bodies/${bodyId}/messages/inbox`);
      return ((r.json.messages as Array<{ id: string }> | undefined) ?? []).some((m) => m.id === messageId);
    }, { timeout: 20_000 })
    .toBe(true);
};
const passwords: Record<string, string> = {};
let itemId = '';
let decisionHash = '';
let restrictedItemId = '';
let baseline: Record<string, number> = {};

const pageFor = async (role: string): Promise<Page> => {
  if (as[role]) return as[role];
  const page = await session.page(DESKTOP, role);
  page.on('requestfailed', (r) => console.error(`[${role}] request failed:`, r.url(), r.failure()?.errorText));
  page.on('response', (r) => r.status() >= 400 && console.error(`[${role}] ${r.status()}`, r.url()));
  if (process.env.E2E_TRACE) {
    page.on('request', (r) => console.error(`[${role}] >`, r.method(), r.url()));
    page.on('requestfinished', (r) => console.error(`[${role}] <`, r.method(), r.url()));
  }
  if (role !== 'anonymous') await login(page, copyId, role, passwords[role]!);
  as[role] = page;
  return page;
};

describe('politburo web app (e2e, chromium)', () => {
  it('copies the 1934 scenario from the Scenarios page and shows the copy’s demo accounts', async () => {
    const page = await pageFor('anonymous');
    await go(page, '/scenarios');
    await page.getByTestId('copy-scenario').first().click();
    const result = page.getByTestId('copy-result');
    await result.waitFor();
    const open = await result.getByRole('link', { name: 'Open the copy' }).getAttribute('href');
    copyId = decodeURIComponent(/#\/b\/([^/]+)\//.exec(open ?? '')?.[1] ?? '');
    expect(copyId).not.toBe('');
    expect(copyId).not.toBe('1934');
    for (const row of await result.locator('tbody tr').all()) {
      const [user, pass] = await row.locator('code').allInnerTexts();
      passwords[user!] = pass!;
    }
    expect(Object.keys(passwords).sort()).toEqual(expect.arrayContaining(['candidate', 'deputy', 'leader', 'member', 'observer', 'secretariat']));
  }, 120_000);

  it('reads the copy’s "Who decided?" figures before anything happens', async () => {
    const page = await pageFor('anonymous');
    await go(page, `/b/${copyId}/report`);
    await page.getByTestId('value-decisionsTotal').waitFor();
    baseline = Object.fromEntries(await Promise.all(FIGURES.map(async (k) => [k, await figure(page, k)] as const)));
    expect(baseline.decisionsTotal).toBe(3945);
    await expect(page.getByTestId('provenance-caveat').textContent()).resolves.toMatch(/quoted, not recounted/);
  }, 120_000);

  it('the deputy sets the replay clock to 10 August 1934 and pauses it', async () => {
    const page = await pageFor('deputy');
    await go(page, `/b/${copyId}/desk`);
    await page.getByLabel('Start at').fill('1934-08-10T09:00');
    await page.getByLabel('Speed').selectOption('1');
    await page.getByRole('button', { name: 'Start replay' }).click();
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => page.getByTestId('clock-now').getAttribute('data-instant')).toMatch(/^1934-08-10T09:0/);
  }, 120_000);

  it('the deputy proposes an item and puts it to a poll; members vote; a candidate cannot; it is registered', async () => {
    const deputy = await pageFor('deputy');
    await go(deputy, `/b/${copyId}/polls`);
    await deputy.getByLabel('Title').fill('E2E: grain procurement plan for Kazakhstan');
    await deputy.getByRole('button', { name: 'Propose', exact: true }).click();
    await deputy.getByTestId('poll-title').waitFor();
    itemId = decodeURIComponent(/\/polls\/([^/?]+)/.exec(deputy.url())?.[1] ?? '');
    expect(itemId).not.toBe('');
    // A short poll: the deadline passes on the replay clock, and the scheduler closes it.
    await deputy.getByLabel('Poll deadline').fill('1934-08-10T12:00');
    await deputy.getByTestId('circulate').click();
    await expect.poll(() => deputy.getByTestId('poll-status').textContent()).toBe('poll open');
    await deputy.getByTestId('vote-for').click();
    await deputy.getByTestId('my-vote').waitFor();

    const member = await pageFor('member');
    await go(member, `/b/${copyId}/polls/${itemId}`);
    await member.getByTestId('vote-for').click();
    await member.getByTestId('my-vote').waitFor();

    // A candidate member has a consultative voice only: no ballot buttons, and the API refuses a vote.
    const candidate = await pageFor('candidate');
    await go(candidate, `/b/${copyId}/polls/${itemId}`);
    await candidate.getByTestId('candidate-note').waitFor();
    expect(await candidate.getByTestId('vote-for').count()).toBe(0);
    const refused = await apiFromPage(candidate, 'POST', `/api/bodies/${copyId}/items/${itemId}/votes`, { vote: 'for' });
    expect(refused.status).toBe(403);
    expect(refused.json.code).toBe('CANDIDATE_CANNOT_VOTE');
    await candidate.getByTestId('opinion-for').click();
    await candidate.getByText('Your opinion is recorded.').waitFor();

    // The secretariat records the poll sheets of the other full members until there is a quorum.
    const secretariat = await pageFor('secretariat');
    await go(secretariat, `/b/${copyId}/polls/${itemId}`);
    const record = secretariat.locator('[data-testid^="record-"][data-testid$="-for"]');
    await record.first().waitFor();
    for (let i = 0; i < 6; i++) {
      const before = await record.count();
      if (before === 0) break;
      await record.first().click();
      await expect.poll(() => record.count()).toBeLessThan(before);
    }

    // Not every full member has voted (the leader is away), so the poll runs to its deadline.
    const pollHash = new URL(deputy.url()).hash;
    await go(deputy, `/b/${copyId}/desk`);
    await deputy.getByLabel('Step (minutes)').fill('240');
    await deputy.getByRole('button', { name: 'Step', exact: true }).click();
    await expect.poll(() => deputy.getByTestId('clock-now').getAttribute('data-instant')).toMatch(/^1934-08-10T13:0/);
    await go(deputy, pollHash.replace(/^#/, ''));
    await expect.poll(async () => {
      await deputy.reload();
      // Counted once the page has rendered, not while it is still loading.
      await deputy.getByTestId('poll-title').waitFor();
      return deputy.getByTestId('poll-result').count();
    }, { timeout: 15_000 }).toBe(1);
    await expect.poll(() => deputy.getByTestId('poll-result').textContent()).toMatch(/^Adopted/);
    await deputy.getByTestId('register').click();
    await deputy.getByTestId('item-title').waitFor();
    decisionHash = new URL(deputy.url()).hash;
    expect(decisionHash).toMatch(/\/decision\//);
    const citable = (await deputy.getByTestId('citable-link').textContent()) ?? '';
    expect(citable).toMatch(/\/b\/.+\/protocol\/\d+\/item\/\d+$/);
    // The citable link opens the same decision for a reader who is not logged in.
    const reader = await pageFor('anonymous');
    await reader.goto(citable);
    await expect.poll(() => reader.getByTestId('item-title').textContent()).toBe('E2E: grain procurement plan for Kazakhstan');
  }, 120_000);

  it('the deputy telegraphs the leader; the leader receives it only after its latency on the replay clock, and confirms', async () => {
    const deputy = await pageFor('deputy');
    await go(deputy, `/b/${copyId}/desk`);
    await deputy.getByTestId(`pick-${itemId}`).check();
    await deputy.getByLabel('Message').fill('Ask your consent to the Kazakhstan procurement plan adopted by poll.');
    await deputy.getByTestId('send-message').click();
    await deputy.getByTestId('sent-note').waitFor();
    const messageId = (await deputy.getByTestId('sent-note').getAttribute('data-message-id'))!;
    const telegram = (p: Page) => p.getByTestId('inbox').getByTestId(`message-${messageId}`);

    const leader = await pageFor('leader');
    await go(leader, `/b/${copyId}/desk`);
    await leader.getByRole('heading', { name: /Inbox/ }).waitFor();
    expect(await telegram(leader).count()).toBe(0);
    // An hour later (body time) the telegram is still on its way: telegrams take ~12 h (±25%).
    await leader.getByLabel('Step (minutes)').fill('60');
    await leader.getByRole('button', { name: 'Step', exact: true }).click();
    await expect.poll(() => leader.getByTestId('clock-now').getAttribute('data-instant')).toMatch(/^1934-08-10T14:0/);
    await leader.reload();
    await leader.getByRole('heading', { name: /Inbox/ }).waitFor();
    expect(await telegram(leader).count()).toBe(0);
    // Past the longest possible latency (900 min) it has arrived.
    await leader.getByLabel('Step (minutes)').fill('900');
    await leader.getByRole('button', { name: 'Step', exact: true }).click();
    const answer = leader.getByTestId(`answer-${itemId}`);
    await deliveredTo(leader, copyId, messageId);
    await leader.reload();
    await answer.waitFor({ timeout: 15_000 });
    await answer.getByLabel('Confirm').check();
    await leader.getByTestId(`reply-${messageId}`).click();
    await leader.getByText('Answer sent; it takes effect when delivered.').waitFor();
    // The answer travels back to Moscow too.
    await leader.getByLabel('Step (minutes)').fill('900');
    await leader.getByRole('button', { name: 'Step', exact: true }).click();
    await expect.poll(() => leader.getByTestId('clock-now').getAttribute('data-instant')).toMatch(/^1934-08-11/);
  }, 120_000);

  it('"Who decided?" of the copy changes accordingly', async () => {
    const page = await pageFor('anonymous');
    await go(page, `/b/${copyId}/report`);
    await page.getByTestId('value-decisionsTotal').waitFor();
    await expect
      .poll(
        async () => {
          await page.reload();
          await page.getByTestId('value-interventions').waitFor();
          return figure(page, 'interventions');
        },
        { timeout: 20_000, interval: 1000 },
      )
      .toBe(baseline.interventions! + 1);
    expect(await figure(page, 'decisionsTotal')).toBe(baseline.decisionsTotal! + 1);
    expect(await figure(page, 'decisionsDuringAbsence')).toBe(baseline.decisionsDuringAbsence! + 1);
    expect(await figure(page, 'responses')).toBe(baseline.responses! + 1);
    expect(await figure(page, 'confirmedUnchanged')).toBe(baseline.confirmedUnchanged! + 1);
    // The number drills down to its items.
    await page.getByTestId('figure-interventions').click();
    await page.getByTestId('explain').locator(`a[href="${decisionHash}"]`).first().waitFor();
  }, 120_000);

  it('an observer cannot see a restricted item', async () => {
    const deputy = await pageFor('deputy');
    await go(deputy, `/b/${copyId}/polls`);
    await deputy.getByLabel('Title').fill('E2E: special-folder matter');
    await deputy.getByLabel('Special folder (restricted)').check();
    await deputy.getByRole('button', { name: 'Propose', exact: true }).click();
    await deputy.getByTestId('poll-title').waitFor();
    restrictedItemId = decodeURIComponent(/\/polls\/([^/?]+)/.exec(deputy.url())?.[1] ?? '');

    const observer = await pageFor('observer');
    await go(observer, `/b/${copyId}/polls`);
    await observer.getByRole('heading', { name: 'Open items' }).waitFor();
    await observer.getByText('E2E: grain procurement', { exact: false }).count();
    expect(await observer.getByText('E2E: special-folder matter').count()).toBe(0);
    await go(observer, `/b/${copyId}/item/${restrictedItemId}`);
    await observer.getByRole('alert').waitFor();
    expect(await observer.getByText('E2E: special-folder matter').count()).toBe(0);
    const direct = await apiFromPage(observer, 'GET', `/api/bodies/${copyId}/items/${restrictedItemId}`);
    expect(direct.status).toBe(404);
    // The register hides the special folder from an observer; the deputy sees it.
    await go(observer, `/b/${copyId}/register?restricted=true`);
    await expect.poll(() => observer.getByTestId('register-total').textContent()).toBe('0 decisions');
    await go(deputy, `/b/${copyId}/register?restricted=true`);
    await expect.poll(() => deputy.getByTestId('register-total').textContent()).not.toMatch(/^(0 decisions|Loading)/);
  }, 120_000);

  it('the leader answers "modified" on a registered decision: the deputy’s desk lists the amendment with his reply; registered, the decision reads "amended by"', async () => {
    const deputy = await pageFor('deputy');
    const secretariat = await pageFor('secretariat');
    const api = (page: Page, method: string, path: string, body?: unknown) => apiFromPage(page, method, `/api/bodies/${copyId}${path}`, body);
    const must = async (r: Promise<{ status: number; json: Record<string, unknown> }>) => {
      const res = await r;
      expect(res.status, JSON.stringify(res.json)).toBeLessThan(300);
      return res.json;
    };
    const step = (minutes: number) => must(api(secretariat, 'POST', '/clock/step', { minutes }));
    const members = (await must(api(deputy, 'GET', '/members'))).members as Array<{ id: string; role: string }>;
    const leaderId = members.find((m) => m.role === 'leader')!.id;
    const voters = members.filter((m) => m.role === 'deputy' || m.role === 'member').map((m) => m.id);
    /** Proposed, polled for a day, every present full member for, closed, registered. */
    const adopt = async (id: string, title?: string) => {
      if (title) await must(api(deputy, 'POST', '/items', { itemId: id, title }));
      const now = String((await must(api(deputy, 'GET', '/clock'))).now);
      const deadline = new Date(`${now}:00Z`);
      // A deadline far enough ahead that the scheduler cannot close the poll while the votes come in.
      deadline.setUTCMinutes(deadline.getUTCMinutes() + 24 * 60);
      await must(api(deputy, 'POST', `/items/${id}/poll`, { deadline: deadline.toISOString().slice(0, 16) }));
      // The engine closes the poll itself once every full member on the day has voted.
      for (const m of voters) {
        if ((await must(api(deputy, 'GET', `/items/${id}`))).status !== 'polling') break;
        const vote = await api(secretariat, 'POST', `/items/${id}/votes`, { vote: 'for', memberId: m });
        // The scheduler may close the poll between the look and the vote: then the votes are in.
        if (vote.status === 409 && vote.json.code === 'NOT_VOTING') break;
        expect(vote.status, JSON.stringify(vote.json)).toBeLessThan(300);
      }
      await step(24 * 60 + 1);
      const item = await must(api(deputy, 'GET', `/items/${id}`));
      if (item.status !== 'adopted') {
        const closed = await api(deputy, 'POST', `/items/${id}/close`, {});
        // The scheduler may have closed it at its deadline in between.
        if (!(closed.status === 409 && closed.json.code === 'NOT_VOTING')) expect(closed.status, JSON.stringify(closed.json)).toBeLessThan(300);
      }
      return must(api(secretariat, 'POST', `/items/${id}/register`, {}));
    };
    const d = await adopt('e2e-coal', 'E2E: coal norms for the Donbass');
    const label = `${d.protocolNo}/${d.itemNo}`;
    const asked = await must(api(deputy, 'POST', '/messages', { kind: 'telegram', toIds: [leaderId], decisionIds: [d.id], summary: 'We adopted the coal norms; your view?' }));
    // A telegram takes at most 1.25 × its 720-minute median (clock/latency.ts): step past that.
    await step(1000);

    // The leader answers on the registered decision from his desk.
    const leader = await pageFor('leader');
    await go(leader, `/b/${copyId}/desk`);
    const answer = leader.getByTestId('answer-e2e-coal');
    await deliveredTo(leader, copyId, String(asked.id));
    await leader.reload();
    await answer.waitFor({ timeout: 15_000 });
    await answer.getByLabel('Modify').check();
    await answer.getByLabel('Wording you ask for').fill('norms lowered by a tenth for the winter');
    await leader.getByTestId(`reply-${asked.id}`).click();
    await leader.getByText('Answer sent; it takes effect when delivered.').waitFor();
    // A telegram takes at most 1.25 × its 720-minute median (clock/latency.ts): step past that.
    await step(1000);

    // Delivered: the deputy's desk lists the amendment as work, with the reply beside it.
    await go(deputy, `/b/${copyId}/desk`);
    const work = deputy.getByTestId('answer-work').getByTestId('work-item').filter({ hasText: `Amendment of ${label}` });
    // Wait on the server, then look once: a reload inside a poll can count before the page has its data.
    await expect
      .poll(async () => ((await api(deputy, 'GET', '/desk/answers')).json.items as Array<{ decision: { id: string } }> | undefined)?.some((w) => w.decision.id === d.id) ?? false, { timeout: 20_000 })
      .toBe(true);
    await deputy.reload();
    await work.first().waitFor({ timeout: 15_000 });
    expect(await work.count()).toBe(1);
    expect(await work.getByTestId('work-reply').textContent()).toContain('norms lowered by a tenth for the winter');

    // The body adopts and registers it; the original decision now reads "amended by", with the wording in force.
    const pending = ((await must(api(deputy, 'GET', '/desk/answers'))).items as Array<{ item: { id: string }; decision: { id: string } }>).find((w) => w.decision.id === d.id)!;
    const d2 = await adopt(pending.item.id);
    await go(deputy, `/b/${copyId}/decision/${d.id}`);
    await expect.poll(() => deputy.getByTestId('amended-by').textContent()).toContain(`${d2.protocolNo}/${d2.itemNo}`);
    expect(await deputy.getByTestId('current-wording').textContent()).toContain('norms lowered by a tenth for the winter');
  }, 180_000);

  it('every page renders on a laptop (1280×800) and a phone (390×844) without horizontal scrolling; screenshots saved', async () => {
    const pages: Array<[string, string, string]> = [
      ['login', 'anonymous', '/login'],
      ['register', 'deputy', `/b/${copyId}/register`],
      ['register-ru', 'deputy', `/b/${copyId}/register`],
      ['item', 'deputy', decisionHash.replace(/^#/, '')],
      ['meetings', 'deputy', `/b/${copyId}/meetings`],
      ['polls', 'deputy', `/b/${copyId}/polls`],
      ['poll', 'secretariat', `/b/${copyId}/polls/${restrictedItemId}`],
      ['desk', 'leader', `/b/${copyId}/desk`],
      ['desk-deputy', 'deputy', `/b/${copyId}/desk`],
      ['report', 'deputy', `/b/${copyId}/report`],
      ['simulator', 'deputy', '/simulator'],
      ['scenarios', 'deputy', `/scenarios?body=1934`],
      ['protocols', 'deputy', `/b/${copyId}/protocols`],
    ];
    const overflowing: string[] = [];
    const files: string[] = [];
    for (const viewport of [DESKTOP, PHONE]) {
      const ctxs: Record<string, Page> = {};
      for (const [name, role, path] of pages) {
        if (!ctxs[role]) {
          const p = await (await session.context(viewport)).newPage();
          if (role !== 'anonymous') await login(p, copyId, role, passwords[role]!);
          ctxs[role] = p;
        }
        const p = ctxs[role]!;
        await go(p, path);
        await p.evaluate((lng) => localStorage.setItem('politburo.lang', lng), name.endsWith('-ru') ? 'ru' : 'en');
        await p.reload();
        await p.locator('main h1').first().waitFor();
        const shot = await shoot(p, name);
        files.push(shot.file);
        if (shot.overflow > 0) overflowing.push(`${name}@${viewport.width}: +${shot.overflow}px`);
      }
      // A meeting and a protocol as documents: the first of each in the list.
      const p = ctxs.deputy!;
      await go(p, `/b/${copyId}/meetings`);
      await p.locator('main table a').first().click();
      await p.locator('main h1').waitFor();
      const m = await shoot(p, 'meeting');
      files.push(m.file);
      if (m.overflow > 0) overflowing.push(`meeting@${viewport.width}: +${m.overflow}px`);
      await go(p, `/b/${copyId}/protocols`);
      await p.locator('main table a').first().click();
      await p.locator('main h1').waitFor();
      const d = await shoot(p, 'protocol');
      files.push(d.file);
      if (d.overflow > 0) overflowing.push(`protocol@${viewport.width}: +${d.overflow}px`);
    }
    console.log(`screenshots:\n  ${files.join('\n  ')}`);
    expect(overflowing).toEqual([]);
  }, 240_000);
});
