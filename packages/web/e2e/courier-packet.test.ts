/**
 * The leader's desk shows the courier packet the server assembles (GET …/courier-packet), with
 * its printable page and PDF: a poll circulated through the API is in it, in a real browser.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from './support/app-under-test.ts';
import { apiFromPage, go, login } from './support/pages.ts';
import { e2eSession } from './support/session.ts';

const BODY = '1934-demo';

describe('the courier packet on the leader’s desk (e2e, chromium)', () => {
  const session = e2eSession({ timeoutMs: 15_000 });

  const pageAs = async (role: string) => {
    const page = await session.page(undefined, role);
    await login(page, BODY, role, DEMO_PASSWORD);
    return page;
  };

  it('lists a poll opened today, and offers the packet as a page and a PDF', async () => {
    const deputy = await pageAs('deputy');
    const clock = (await apiFromPage(deputy, 'GET', `/api/bodies/${BODY}/clock`)).json as { now: string };
    const deadline = new Date(Date.parse(`${clock.now}:00Z`) + 3 * 86_400_000).toISOString().slice(0, 16);
    expect((await apiFromPage(deputy, 'POST', `/api/bodies/${BODY}/items`, { itemId: 'e2e-packet', title: 'Packet poll for the leader' })).status).toBe(201);
    expect((await apiFromPage(deputy, 'POST', `/api/bodies/${BODY}/items/e2e-packet/poll`, { deadline })).status).toBe(200);

    const leader = await pageAs('leader');
    await go(leader, `/b/${BODY}/desk`);
    const packet = leader.getByTestId('courier-packet');
    await packet.getByText('Packet poll for the leader').waitFor();
    const pdfHref = await packet.getByRole('link', { name: 'Download PDF' }).getAttribute('href');
    expect(pdfHref).toMatch(/\/courier-packet\?date=\d{4}-\d{2}-\d{2}&format=pdf&lang=en$/);
    const pdf = await leader.request.get(new URL(pdfHref!, session.app.url).toString());
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pageHref = await packet.getByRole('link', { name: 'Printable page' }).getAttribute('href');
    const html = await (await leader.request.get(new URL(pageHref!, session.app.url).toString())).text();
    expect(html).toContain('Packet poll for the leader');
  }, 120_000);
});
