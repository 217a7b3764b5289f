/**
 * A classroom in the browser against the real server: a teacher creates a class of three
 * groups, students join with the code, the teacher runs the class clock; in group 1 the
 * deputy telegraphs, the student leader answers "modified", the wording follows; the
 * debrief shows that group's figures beside the quoted ones and the simulator's band.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiFromPage, go, shoot } from './support/pages.ts';
import { e2eSession } from './support/session.ts';

const session = e2eSession();
const person = (): Promise<Page> => session.page();

const joinAs = async (page: Page, code: string, group: string, role: string, pseudonym: string): Promise<string> => {
  await go(page, `/join/${code}`);
  await page.locator('input[name=pseudonym]').fill(pseudonym);
  await page.locator('input[name=class-group]').fill(group);
  await page.locator('select[name=class-role]').selectOption(role);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await page.waitForURL(/#\/b\/g-[0-9a-f]+\/desk/);
  await page.getByTestId('whoami').waitFor();
  return /#\/b\/([^/]+)\//.exec(page.url())![1]!;
};

describe('a classroom in the browser (e2e, chromium)', () => {
  let teacher: Page;
  let code = '';

  beforeAll(async () => {
    teacher = await person();
  });

  it('a teacher creates a class of 3 groups; students join with the code; the clock runs; the leader\'s "modified" comes back; the debrief has the band', async () => {
    await go(teacher, '/classes');
    await teacher.locator('input[name=teacher-username]').fill('teacher-e2e');
    await teacher.locator('input[name=teacher-password]').fill('teacher-pass-1');
    await teacher.getByRole('button', { name: 'Create a teacher account' }).click();
    await teacher.locator('input[name=class-name]').fill('Class 9b');
    await teacher.locator('input[name=class-groups]').fill('3');
    await teacher.locator('input[name=class-as-of]').fill('1934-07-30');
    await teacher.getByRole('button', { name: 'Create the class' }).click();
    await teacher.getByTestId('class-code').waitFor({ timeout: 120_000 });
    code = (await teacher.getByTestId('class-code').textContent()) ?? '';
    expect(code).toMatch(/^[a-z2-9]{8}$/);
    for (const g of ['g1', 'g2', 'g3']) await teacher.getByTestId(`group-${g}`).waitFor();
    expect(await teacher.getByTestId('group-clock-g1').getAttribute('data-at')).toBe('1934-07-30T09:00');
    expect(await teacher.getByTestId('group-clock-g1').textContent()).toMatch(/^30 July 1934\D+09:00$/);

    const deputy = await person();
    const leader = await person();
    const third = await person();
    const bodyId = await joinAs(deputy, code, '1', 'deputy', 'Sasha');
    expect(await joinAs(leader, code, '1', 'leader', 'Masha')).toBe(bodyId);
    const other = await joinAs(third, code, '2', 'member', 'Petya');
    expect(other).not.toBe(bodyId);
    // a student sees his own group and no other
    const peek = await apiFromPage(deputy, 'GET', `/api/bodies/${other}`);
    expect(peek.status).toBe(404);

    await teacher.reload();
    await expect.poll(() => teacher.getByTestId('group-g1').textContent()).toMatch(/Sasha[\s\S]*|Masha/);
    await teacher.locator('input[name=class-speed]').fill('20000');
    await teacher.getByTestId('class-start').click();
    await expect.poll(async () => {
      await teacher.reload();
      return teacher.getByTestId('group-clock-g1').getAttribute('data-at');
    }).not.toBe('1934-07-30T09:00');

    // the deputy puts an item to the leader by telegram, from his desk
    const item = await apiFromPage(deputy, 'POST', `/api/bodies/${bodyId}/items`, { itemId: 'e2e-grain', title: 'E2E: the grain plan', text: 'Raise the plan by 10%.' });
    expect(item.status).toBe(201);
    await go(deputy, `/b/${bodyId}/desk`);
    await deputy.getByTestId('pick-e2e-grain').check();
    await deputy.getByLabel('Message').fill('Your view on the grain plan?');
    await deputy.getByTestId('send-message').click();
    await deputy.getByTestId('sent-note').waitFor();
    const messageId = (await deputy.getByTestId('sent-note').getAttribute('data-message-id'))!;

    // the student leader answers "modified" when it reaches him
    await go(leader, `/b/${bodyId}/desk`);
    const answer = leader.getByTestId('answer-e2e-grain');
    await expect.poll(async () => {
      await leader.reload();
      await leader.getByRole('heading', { name: /Inbox/ }).waitFor();
      return answer.count();
    }, { timeout: 30_000 }).toBe(1);
    await answer.getByLabel('Modify').check();
    await answer.locator('textarea').fill('Raise the plan by 5%.');
    await leader.getByTestId(`reply-${messageId}`).click();
    await leader.getByText('Answer sent; it takes effect when delivered.').waitFor();
    // the amended wording follows once the answer is back in Moscow
    await expect.poll(async () => (await apiFromPage(deputy, 'GET', `/api/bodies/${bodyId}/items/e2e-grain`)).json.text, { timeout: 30_000 }).toBe('Raise the plan by 5%.');

    // the debrief: group 1's figures beside the quoted 1934 and the simulator's band
    await go(teacher, `/classes/${code}/debrief`);
    const row = teacher.getByTestId('debrief-row-decisionsTotal');
    await row.waitFor({ timeout: 60_000 });
    expect(await teacher.getByTestId('quoted-decisionsTotal').textContent()).toBe('3,945');
    expect(await teacher.getByTestId('band-decisionsTotal').textContent()).toMatch(/^[\d,.]+ \([\d,.]+–[\d,.]+\)$/);
    expect(Number(((await teacher.getByTestId('group-g1-decisionsTotal').textContent()) ?? '').replace(/\D/g, ''))).toBeGreaterThan(1000);
    await expect.poll(() => teacher.getByTestId('waiting-g1').textContent()).toMatch(/referred 1/);
    await teacher.getByTestId('group-g1-interventions').click();
    await teacher.getByTestId('debrief-drill').waitFor();
    const shot = await shoot(teacher, 'classroom-debrief');
    expect(shot.overflow).toBeLessThanOrEqual(0);
  }, 300_000);
});
