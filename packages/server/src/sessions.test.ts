import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixture, passwordOf } from './test-support/fixture-body.ts';
import { TestClient } from './test-support/http-client.ts';
import { startTestServer } from './test-support/test-server.ts';

type Srv = Awaited<ReturnType<typeof startTestServer>>;

/** Sessions on the server and CSRF bound to them (the reliability issue's findings 5 and 6). */
describe('sessions and CSRF over HTTP', () => {
  let srv: Srv;
  const B = 'sess';
  let as: Awaited<ReturnType<typeof makeFixture>>['as'];
  const write = (c: TestClient, headers: Record<string, string> = {}) => c.raw('POST', `/api/bodies/${B}/meetings`, { date: '1934-09-20' }, headers);

  beforeAll(async () => {
    srv = await startTestServer({ demo: false, schedulerIntervalMs: 3_600_000 });
    as = (await makeFixture(srv.url, B)).as;
  });
  afterAll(async () => srv?.stopAndClean());

  it('finding 5: a session cookie replayed after logout no longer authenticates, and makes no steering write', async () => {
    const deputy = await new TestClient(srv.url).login(B, 'deputy', passwordOf('deputy'));
    const stolen = deputy.cloneTo(srv.url);
    expect((await write(stolen)).status).toBe(201);
    expect((await deputy.raw('POST', '/api/auth/logout')).status).toBe(204);
    const replay = await write(stolen);
    expect(replay.status).toBe(401);
    const who = await stolen.json<{ user: unknown }>('GET', '/api/auth/session');
    expect(who.body.user).toBeNull();
  });

  it('gives a new session id at every login', async () => {
    const a = await new TestClient(srv.url).login(B, 'member', passwordOf('member'));
    const first = a.sessionCookie;
    await a.login(B, 'member', passwordOf('member'));
    expect(a.sessionCookie).toBeTruthy();
    expect(a.sessionCookie).not.toBe(first);
  });

  it('finding 6: a foreign Origin or Sec-Fetch-Site is refused even with a valid token; the token is bound to its session', async () => {
    const deputy = await new TestClient(srv.url).login(B, 'deputy', passwordOf('deputy'));
    expect((await write(deputy, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await write(deputy, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await write(deputy, { origin: srv.url, 'sec-fetch-site': 'same-origin' })).status).toBe(201);
    // Another session's token (the secretariat's) does not pass for the deputy's session.
    const other = as.secretariat.csrf;
    const borrowed = await deputy.raw('POST', `/api/bodies/${B}/meetings`, { date: '1934-09-21' }, { 'x-csrf-token': other, cookie: `pb_session=${deputy.sessionCookie}; pb_csrf=${other}` });
    expect(borrowed.status).toBe(403);
    expect(((await borrowed.json()) as { code: string }).code).toBe('CSRF');
  });

  it('a password change ends every session of the account; a steering reset does too', async () => {
    const one = await new TestClient(srv.url).login(B, 'candidate', passwordOf('candidate'));
    const two = await new TestClient(srv.url).login(B, 'candidate', passwordOf('candidate'));
    const changed = await one.json('POST', '/api/auth/password', { current: passwordOf('candidate'), password: 'a-new-password' });
    expect(changed.status).toBe(200);
    expect((await one.json<{ user: { username: string } | null }>('GET', '/api/auth/session')).body.user?.username).toBe('candidate');
    expect((await two.json<{ user: unknown }>('GET', '/api/auth/session')).body.user).toBeNull();
    expect((await new TestClient(srv.url).ready().then((c) => c.json('POST', '/api/auth/login', { bodyId: B, username: 'candidate', password: passwordOf('candidate') }))).status).toBe(401);
    const wrong = await one.json('POST', '/api/auth/password', { current: 'not-it', password: 'another-password' });
    expect(wrong.status).toBe(403);
    // The secretariat resets it; the candidate's live session ends.
    expect((await as.member.raw('POST', `/api/bodies/${B}/accounts/candidate/password`, { password: 'reset-password' })).status).toBe(403);
    expect((await as.secretariat.raw('POST', `/api/bodies/${B}/accounts/candidate/password`, { password: 'reset-password' })).status).toBe(204);
    expect((await one.json<{ user: unknown }>('GET', '/api/auth/session')).body.user).toBeNull();
    await new TestClient(srv.url).login(B, 'candidate', 'reset-password');
  });

  it('an invitation link lets a member set his own password once; it refuses a second use, a taken name and anyone but the steering roles', async () => {
    const made = await as.secretariat.json<{ token: string; link: string }>('POST', `/api/bodies/${B}/invites`, { memberId: 'voroshilov', username: 'kev' });
    expect(made.status).toBe(201);
    expect(made.body.link).toMatch(new RegExp(`^/#/invite\\?body=${B}&token=`));
    const guest = await new TestClient(srv.url).ready();
    const accepted = await guest.json<{ user: { username: string; role: string } }>('POST', '/api/auth/invite', { bodyId: B, token: made.body.token, password: 'his-own-password' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.user).toMatchObject({ username: 'kev', role: 'member' });
    expect((await write(guest)).status).toBe(403); // a member may not schedule: logged in, with his own role
    const again = await new TestClient(srv.url).ready().then((c) => c.json<{ code: string }>('POST', '/api/auth/invite', { bodyId: B, token: made.body.token, password: 'another-password' }));
    expect([again.status, again.body.code]).toEqual([409, 'INVITE_USED']);
    await new TestClient(srv.url).login(B, 'kev', 'his-own-password');
    const bogus = await new TestClient(srv.url).ready().then((c) => c.json<{ code: string }>('POST', '/api/auth/invite', { bodyId: B, token: 'nope', password: 'another-password' }));
    expect([bogus.status, bogus.body.code]).toEqual([404, 'INVITE_UNKNOWN']);
    const taken = await as.secretariat.json<{ code: string }>('POST', `/api/bodies/${B}/invites`, { memberId: 'voroshilov', username: 'kev' });
    expect([taken.status, taken.body.code]).toEqual([409, 'USERNAME_TAKEN']);
    expect((await as.member.json('POST', `/api/bodies/${B}/invites`, { memberId: 'voroshilov', username: 'kev2' })).status).toBe(403);
  });

  it('finding 4: answers and points obey the roles, and a restricted item is simply not found for an outsider', async () => {
    // A member asked about an item answers with an outcome: refused; an external raises a restricted point: refused.
    const item = await as.deputy.json<{ id: string }>('POST', `/api/bodies/${B}/items`, { itemId: 'pub1', title: 'Public matter' });
    expect(item.status).toBe(201);
    const secret = await as.deputy.json('POST', `/api/bodies/${B}/items`, { itemId: 'sec1', title: 'Restricted matter', restricted: true });
    expect(secret.status).toBe(201);
    const ask = await as.deputy.json<{ id: string }>('POST', `/api/bodies/${B}/messages`, { kind: 'telegram', toIds: ['molotov', 'gorky'], itemIds: ['pub1'], summary: 'About pub1' });
    expect(ask.status).toBe(201);
    await as.secretariat.raw('POST', `/api/bodies/${B}/clock/step`, { minutes: 24 * 60 });
    await srv.scheduler.tick();
    const external = await new TestClient(srv.url).login(B, 'external', passwordOf('external'));
    // The candidate's password was reset by the test before.
    const candidate = await new TestClient(srv.url).login(B, 'candidate', 'reset-password');
    const byCandidate = await candidate.json<{ code: string }>('POST', `/api/bodies/${B}/messages`, { kind: 'letter', toIds: ['kaganovich'], summary: 'x', answers: [{ itemId: 'pub1', outcome: 'rejected' }] });
    expect([byCandidate.status, byCandidate.body.code]).toEqual([403, 'NOT_ENTITLED_TO_ANSWER']);
    const byExternal = await external.json<{ code: string }>('POST', `/api/bodies/${B}/messages`, { kind: 'letter', toIds: ['kaganovich'], summary: 'x', answers: [{ itemId: 'pub1', outcome: 'rejected' }] });
    expect([byExternal.status, byExternal.body.code]).toEqual([403, 'NOT_ENTITLED_TO_ANSWER']);
    const point = await external.json<{ code: string }>('POST', `/api/bodies/${B}/messages`, { kind: 'letter', toIds: ['kaganovich'], summary: 'x', points: [{ itemId: 'ext-point', title: 'Mine', restricted: true }] });
    expect([point.status, point.body.code]).toEqual([403, 'NOT_ALLOWED']);
    expect((await as.deputy.json<{ status: string }>('GET', `/api/bodies/${B}/items/pub1`)).body.status).toBe('proposed');
    // Citing or voting on the restricted item: exactly what a missing item gets.
    const cite = (id: string) => external.json<{ code: string; detail: string }>('POST', `/api/bodies/${B}/messages`, { kind: 'letter', toIds: ['kaganovich'], itemIds: [id], summary: 'x' });
    const [real, missing] = [await cite('sec1'), await cite('sec-none')];
    expect([real.status, real.body.code]).toEqual([missing.status, missing.body.code]);
    expect(real.status).toBe(404);
    const vote = (id: string) => as.observer.json<{ code: string }>('POST', `/api/bodies/${B}/items/${id}/votes`, { vote: 'for' });
    const [v1, v2] = [await vote('sec1'), await vote('sec-none')];
    expect([v1.status, v1.body.code]).toEqual([v2.status, v2.body.code]);
  });
});
