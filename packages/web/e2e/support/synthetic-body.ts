import { type BodyEvent, Engine } from '@politburo/core';

const TOPICS = ['agriculture', 'transport', 'defence', 'foreign affairs', 'finance and trade', 'press and culture', 'regions', 'industry'];
const MEMBERS = [
  ['kaganovich', 'L. M. Kaganovich', 'deputy'],
  ['molotov', 'V. M. Molotov', 'member'],
  ['stalin', 'I. V. Stalin', 'leader'],
  ['voroshilov', 'K. E. Voroshilov', 'member'],
] as const;

/**
 * A body of `count` synthetic decisions, built by the real core (the same commands an
 * importer issues) and handed to the server as a backup: a register this size then goes
 * through the real API, with nothing mocked or seeded behind the server's back.
 */
export function syntheticBackup(count: number, bodyId = 'register-100k'): { format: 'politburo-backup/1'; bodyId: string; name: string; events: BodyEvent[]; server: []; accounts: [] } {
  const engine = new Engine();
  const meta = { now: '1934-01-01T00:00', actor: { kind: 'system' as const } };
  engine.execute({ type: 'CreateBody', bodyId, name: `Synthetic register (${count.toLocaleString('en-US')} decisions)` }, meta);
  for (const [memberId, name, role] of MEMBERS) engine.execute({ type: 'AdmitMember', memberId, name, role, synthetic: true }, meta);
  const perProtocol = 100;
  const days = 365;
  for (let i = 0; i < count; i++) {
    const protocolNo = Math.floor(i / perProtocol) + 1;
    const day = Math.floor((i / count) * days);
    const date = new Date(Date.UTC(1934, 0, 1 + day)).toISOString().slice(0, 10);
    engine.execute(
      {
        type: 'RecordDecision',
        decisionId: `syn-${i + 1}`,
        protocolNo,
        itemNo: (i % perProtocol) + 1,
        date,
        mode: i % 3 === 0 ? 'poll' : 'meeting',
        title: `Synthetic decision ${i + 1} (${TOPICS[i % TOPICS.length]})`,
        restricted: false,
        initiatorId: MEMBERS[i % MEMBERS.length]![0],
        synthetic: true,
      },
      meta,
    );
  }
  return { format: 'politburo-backup/1', bodyId, name: `Synthetic register (${count.toLocaleString('en-US')} decisions)`, events: engine.log, server: [], accounts: [] };
}

/**
 * POST /api/bodies/restore, logged in (the server asks for a session in any body) with the
 * double-submit CSRF cookie and header.
 */
export async function restoreBackup(apiUrl: string, backup: unknown, id: string, login: { bodyId: string; username: string; password: string }): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (r: Response) => {
    for (const c of r.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const s = await fetch(`${apiUrl}/api/auth/session`);
  keep(s);
  let token = ((await s.json()) as { csrfToken: string }).csrfToken;
  const l = await fetch(`${apiUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie: cookie() }, body: JSON.stringify(login) });
  keep(l);
  if (!l.ok) throw new Error(`login failed: ${l.status} ${(await l.text()).slice(0, 300)}`);
  token = ((await l.json()) as { csrfToken: string }).csrfToken;
  const r = await fetch(`${apiUrl}/api/bodies/restore`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie: cookie() },
    body: JSON.stringify({ id, backup }),
  });
  if (r.status !== 201) throw new Error(`restore failed: ${r.status} ${(await r.text()).slice(0, 500)}`);
  return ((await r.json()) as { id: string }).id;
}
