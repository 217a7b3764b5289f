import { REPORT_KEYS } from '@politburo/analytics';
import { type BodyEventType, ROLES, type Role } from '@politburo/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordOf, ROLE_MEMBERS } from './test-support/fixture-body.ts';
import { TestClient } from './test-support/http-client.ts';
import { docxParagraphs } from './test-support/docx-text.ts';
import { pdfText } from './test-support/pdf-text.ts';
import { MARK, makeSpecialFolderFixture, type SpecialFolderFixture } from './test-support/special-folder-fixture.ts';
import { SseClient, type SseMessage } from './test-support/sse-client.ts';
import { startTestServer } from './test-support/test-server.ts';

/**
 * The visibility matrix: every route of the served OpenAPI document (so a new route cannot
 * escape it) × every role × the ids of restricted and public rows, and every event type of
 * the live stream. No restricted id, title or text may reach an observer, an external person
 * or an anonymous reader; the entitled must see them (or the test could pass by showing
 * nobody anything). What it covers:
 *
 * - GET routes: every path parameter filled with open, restricted and missing ids; every
 *   query parameter with the values below (the report drill-down with every report key);
 *   bodies, `Location` headers, CSV and the text of PDFs; for an outsider a restricted id
 *   answers exactly as a missing one (same status, same body but for the id echoed).
 * - The live stream: every `BodyEvent` type occurs in the fixture's log; the entitled see
 *   the restricted variant of each event about a row, the outsiders none.
 * - Other methods: every route with an item, decision, meeting or message id in its path,
 *   called by each outsider with a restricted and a missing id and a body built from the
 *   route's schema: never a 5xx, never a restricted title or text in the answer; the same for
 *   every write whose body names an item or a decision (`itemId(s)`, `decisionId(s)`,
 *   `amendsId`, `revokesId`), given a restricted and a missing one. Whether a
 *   write's status tells a restricted id from a missing one is issue 14's "answers obey the
 *   roles" and not asserted here.
 */
type Who = Role | 'anonymous';
const WHO: readonly Who[] = [...ROLES, 'anonymous'];
const OUTSIDERS: readonly Who[] = ['observer', 'external', 'anonymous'];
const INSIDERS: readonly Who[] = ['leader', 'deputy', 'member', 'candidate', 'secretariat'];

/** Every event type, and whether it is about a row that may be in the special folder. A new type fails to compile until it is listed. */
const EVENT_TYPES: Record<BodyEventType, 'about-a-row' | 'body-wide'> = {
  BodyCreated: 'body-wide',
  SettingsChanged: 'body-wide',
  ConvocationStarted: 'body-wide',
  RecordMetaSet: 'body-wide',
  SourceRegistered: 'body-wide',
  MemberAdmitted: 'body-wide',
  RoleChanged: 'body-wide',
  MemberRetired: 'body-wide',
  AbsenceRecorded: 'body-wide',
  MeetingScheduled: 'body-wide',
  MeetingOpened: 'body-wide',
  MeetingClosed: 'body-wide',
  HistoricalMeetingRecorded: 'body-wide',
  ItemProposed: 'about-a-row',
  ItemPutToMeeting: 'about-a-row',
  PollCirculated: 'about-a-row',
  VoteCast: 'about-a-row',
  OpinionRecorded: 'about-a-row',
  VotingClosed: 'about-a-row',
  ItemModified: 'about-a-row',
  ItemPostponed: 'about-a-row',
  ItemWithdrawn: 'about-a-row',
  DecisionRegistered: 'about-a-row',
  BallotRecorded: 'about-a-row',
  ExtractSent: 'about-a-row',
  MessageSent: 'about-a-row',
  MessageRecorded: 'about-a-row',
  MessageDelivered: 'about-a-row',
  MessageRead: 'about-a-row',
  InterventionRecorded: 'about-a-row',
  RecordCorrected: 'about-a-row',
};

/** GET routes that carry nothing of the special folder, each with its reason: the only ones where the entitled need not see it. */
const CARRY_NO_FOLDER: Record<string, string> = {
  'GET /api/auth/session': 'the session user',
  'GET /api/auth/language': 'the language a response speaks, and the viewer’s own choice',
  'GET /api/bodies': 'the list of bodies',
  'GET /api/bodies/{bodyId}': 'a summary: totals only',
  'GET /api/bodies/{bodyId}/clock': 'the body clock',
  'GET /api/bodies/{bodyId}/members': 'members are not restricted',
  'GET /api/bodies/{bodyId}/absences': 'absences are not restricted',
  'GET /api/bodies/{bodyId}/accounts': 'usernames and member ids',
  'GET /api/bodies/{bodyId}/protocols': 'protocol numbers, dates and counts',
  'GET /api/bodies/{bodyId}/verify': "the log's hash chain: a verdict, a count and a hash (steering roles)",
  'GET /api/scenarios': 'the shipped scenarios',
  'GET /api/bodies/{bodyId}/protocols/{no}/signature': "a digest, the log's head and a signature: no row of the protocol",
  'GET /api/scenarios/compare': 'the figures of the two shipped readings of 1934',
  'GET /api/scenarios/{name}/sources': "a shipped scenario's sources, as citations",
  'GET /api/bodies/{bodyId}/sources': 'sources are not restricted',
  'GET /api/simulations/{id}': 'a synthetic simulation',
  'GET /api/report': 'a redirect to the body report',
  'GET /api/bodies/{bodyId}/account/notifications': "the viewer's own mail settings",
  'GET /api/classes': "a teacher's classes: names and counts",
  'GET /api/classes/{classId}': 'a class: groups, seats and pseudonyms (its groups are private bodies, tested in classroom.test.ts)',
  'GET /api/classes/{classId}/debrief': "a class's figures: totals only",
  'GET /api/classes/{classId}/debrief.csv': "a class's figures: totals only",
  'GET /api/classes/{classId}/debrief.pdf': "a class's figures: totals only",
};

/** Values tried for each query parameter (none: the parameter changes nothing about what is shown). A new parameter fails the test until listed. */
const QUERY_VALUES: Record<string, readonly string[]> = {
  q: ['hush', 'Ordinary'],
  from: ['1934-07-01'],
  to: ['1934-12-31'],
  mode: ['poll', 'meeting'],
  initiator: [ROLE_MEMBERS.leader],
  restricted: ['true', 'false'],
  intervention: ['true', 'false'],
  protocolNo: ['1', '2'],
  page: [],
  pageSize: ['500'],
  status: ['withdrawn', 'postponed', 'proposed', 'registered'],
  after: ['0'],
  limit: ['1000'],
  leader: [ROLE_MEMBERS.leader],
  absenceFrom: [],
  absenceTo: [],
  onlyArchival: ['true'],
  explain: REPORT_KEYS,
  body: ['vis'],
  format: ['json', 'csv', 'csl-json', 'bibtex', 'html', 'pdf'],
  lang: ['ru'],
  // the calendar token opens an account's own view, tested in documents-flow.test.ts; a made-up one opens nothing
  token: [],
  date: ['1934-09-01', '1934-09-30'],
  memberId: [],
  a: ['1934'],
  b: ['1934-evidence'],
  actor: [`member:${ROLE_MEMBERS.secretariat}`, 'system'],
  type: ['ItemProposed', 'DecisionRegistered', 'InterventionRecorded'],
  order: ['asc', 'desc'],
  before: ['100000'],
};

interface JsonSchema {
  type?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  minLength?: number;
  minimum?: number;
  pattern?: string;
}
interface Operation {
  parameters?: Array<{ name: string; in: 'path' | 'query' }>;
  requestBody?: { content?: { 'application/json'?: { schema?: JsonSchema } } };
}
type OpenApi = { paths: Record<string, Record<string, Operation>> };

/** Body fields that name an item or a decision: a write may be asked about a restricted one there too. */
const REF_FIELDS: Record<string, 'items' | 'decisions'> = { itemId: 'items', itemIds: 'items', decisionId: 'decisions', decisionIds: 'decisions', amendsId: 'decisions', revokesId: 'decisions' };

/**
 * A value that passes the schema (the smallest one), so that a write reaches its handler;
 * `ref` fills the fields of REF_FIELDS (optional ones too) with a chosen id.
 */
const sample = (s: JsonSchema | undefined, ref?: (table: 'items' | 'decisions') => string): unknown => {
  if (!s) return {};
  if (s.enum) return s.enum[0];
  if (s.const !== undefined) return s.const;
  const alt = s.anyOf ?? s.oneOf;
  if (alt?.[0]) return sample(alt[0], ref);
  switch (s.type) {
    case 'object': {
      const keys = Object.keys(s.properties ?? {}).filter((k) => s.required?.includes(k) || (ref && k in REF_FIELDS));
      return Object.fromEntries(
        keys.map((k) => {
          const table = REF_FIELDS[k];
          if (ref && table) return [k, k.endsWith('Ids') ? [ref(table)] : ref(table)];
          return [k, sample(s.properties?.[k], ref)];
        }),
      );
    }
    case 'array':
      return s.minItems ? [sample(s.items, ref)] : [];
    case 'number':
    case 'integer':
      return s.minimum ?? 1;
    case 'boolean':
      return false;
    case 'string':
      if (s.pattern?.includes('T\\d{2}')) return '1934-09-30T10:00';
      if (s.pattern?.includes('\\d{4}-\\d{2}-\\d{2}')) return '1934-09-01';
      return 'x'.repeat(Math.max(8, s.minLength ?? 1));
    default:
      return null;
  }
};

type Kind = 'open' | 'restricted' | 'missing';
interface Instance {
  path: string;
  kind: Kind;
  /** The ids put into the path, for scrubbing their echo from an answer. */
  given: string[];
}
interface Seen {
  status: number;
  text: string;
}

const regexpOf = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The answer with the ids the request itself named replaced: echoing a requested id reveals nothing. */
const scrub = (text: string, given: readonly string[]): string => given.reduce((t, id) => t.replace(new RegExp(`\\b${regexpOf(id)}\\b`, 'g'), '<id>'), text);

describe('visibility matrix: every OpenAPI route × every role × the special folder', () => {
  let srv: Awaited<ReturnType<typeof startTestServer>>;
  let f: SpecialFolderFixture;
  let doc: OpenApi;
  /** Per role, the last store position his filtered catch-up holds (the stream must reach it). */
  const lastPosition = new Map<Who, number>();
  let pairs: { open: Array<[number, number]>; restricted: Array<[number, number]> };
  let simulationId = '';
  /** Requests made, by method (the matrix's size, printed at the end). */
  const requests = new Map<string, number>();
  const B = 'vis';

  beforeAll(async () => {
    srv = await startTestServer({ demo: false, schedulerIntervalMs: 3_600_000 });
    f = await makeSpecialFolderFixture(srv.url, B, () => srv.scheduler.tick());
    doc = (await f.as.anonymous.json<OpenApi>('GET', '/api/openapi.json')).body;
    const all = await f.as.secretariat.json<{ items: Array<{ protocolNo: number; itemNo: number; restricted: boolean }> }>('GET', `/api/bodies/${B}/decisions?pageSize=500`);
    pairs = { open: [], restricted: [] };
    for (const d of all.body.items) pairs[d.restricted ? 'restricted' : 'open'].push([d.protocolNo, d.itemNo]);
    for (const who of WHO) {
      const page = await f.as[who].json<{ events: Array<{ position: number }> }>('GET', `/api/bodies/${B}/events?after=0&limit=1000`);
      lastPosition.set(who, page.body.events.at(-1)?.position ?? 0);
    }
    const sim = await f.as.secretariat.json<{ id: string }>('POST', '/api/simulations', { runs: 1, seed: 1, overrides: { itemsPerDay: 0.5 } });
    simulationId = sim.body.id;
  }, 120_000);
  afterAll(async () => {
    console.info(`visibility matrix: ${[...requests].map(([m, n]) => `${n} ${m}`).join(', ')} requests`);
    await srv?.stopAndClean();
  });

  /** Every way to fill a route's path: open ids, restricted ids, and missing ones (including prototype names). */
  const instancesOf = (template: string): Instance[] => {
    const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    const values: Record<string, Record<Kind, string[]>> = {
      bodyId: { open: [B], restricted: [], missing: [] },
      itemId: { ...f.ids.items, missing: ['no-such-item', 'constructor'] },
      decisionId: { ...f.ids.decisions, missing: ['no-such-decision', '__proto__'] },
      meetingId: { open: f.ids.meetings, restricted: [], missing: ['no-such-meeting', 'toString'] },
      messageId: { open: f.ids.messages, restricted: [], missing: ['no-such-message', 'hasOwnProperty'] },
      memberId: { open: [ROLE_MEMBERS.member], restricted: [], missing: ['no-such-member'] },
      id: { open: [simulationId], restricted: [], missing: ['no-such-simulation'] },
      name: { open: ['1934'], restricted: [], missing: ['no-such-scenario', 'constructor'] },
      username: { open: ['member'], restricted: [], missing: ['no-such-login'] },
      classId: { open: [], restricted: [], missing: ['no-such-class'] },
      no: { open: [...new Set([...pairs.open, ...pairs.restricted].map(([no]) => String(no)))], restricted: [], missing: ['999'] },
    };
    let out: Instance[] = [{ path: template, kind: 'open', given: [] }];
    if (names.includes('n')) {
      // a protocol item is named by its protocol and item numbers together
      const fill = (kind: Kind, list: Array<[number, number]>) =>
        out.flatMap((i) => list.map(([no, n]) => ({ path: i.path.replace('{no}', String(no)).replace('{n}', String(n)), kind, given: [...i.given, String(no), String(n)] })));
      out = [...fill('open', pairs.open), ...fill('restricted', pairs.restricted), ...fill('missing', [[pairs.open[0]![0], 999]])];
    }
    for (const name of names.filter((n) => n !== 'n' && !(n === 'no' && names.includes('n')))) {
      const v = values[name];
      if (!v) throw new Error(`${template}: no test values for path parameter {${name}} — add them to the matrix`);
      out = out.flatMap((i) =>
        (['open', 'restricted', 'missing'] as const).flatMap((kind) =>
          v[kind].map((value) => ({
            path: i.path.replace(`{${name}}`, encodeURIComponent(value)),
            kind: i.kind === 'open' ? kind : i.kind,
            given: kind === 'open' ? i.given : [...i.given, value],
          })),
        ),
      );
    }
    return out;
  };

  /** One request as `who`, with everything an answer can carry as text: body (PDF as text), Location. */
  const look = async (who: Who, method: string, url: string, body?: unknown): Promise<Seen> => {
    requests.set(method, (requests.get(method) ?? 0) + 1);
    const client = method === 'GET' ? f.as[who] : f.as[who].cloneTo(srv.url);
    const res = await client.raw(method, url, body);
    const type = res.headers.get('content-type') ?? '';
    let text = `${res.headers.get('location') ?? ''}\n`;
    if (type.includes('event-stream')) {
      // read until this viewer's last event went by (or briefly, for a stream that starts at the present)
      const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
      const end = Date.now() + (url.includes('after=0') ? 10_000 : 300);
      const last = `id: ${lastPosition.get(who)}\n`;
      while (!text.includes(last) && Date.now() < end) {
        const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), Math.max(1, end - Date.now())))]);
        if (!chunk || chunk.done) break;
        text += chunk.value;
      }
      await reader.cancel();
      if (url.includes('after=0')) expect(text, `${who} ${url}: the stream reached the end of the log`).toContain(last);
    } else {
      const bytes = new Uint8Array(await res.arrayBuffer());
      text += type.includes('pdf')
        ? `${await pdfText(bytes)}\n${Buffer.from(bytes).toString('latin1')}`
        : type.includes('wordprocessingml')
          ? (await docxParagraphs(bytes)).join('\n')
          : new TextDecoder().decode(bytes);
    }
    return { status: res.status, text };
  };

  it('GET: no restricted id, title or text reaches an outsider; the entitled see them; a restricted id answers as a missing one', async () => {
    const gets = Object.entries(doc.paths).filter(([, ops]) => ops.get);
    expect(gets.length).toBeGreaterThan(30);
    const outsiderText: string[] = [];
    const templates = new Set<string>();
    for (const [template, ops] of gets) {
      const name = `GET ${template}`;
      templates.add(name);
      const query = (ops.get!.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      for (const q of query) if (!(q in QUERY_VALUES)) throw new Error(`${name}: no test values for query parameter ${q} — add them to QUERY_VALUES`);
      const urls = (path: string) => [path, ...query.flatMap((q) => QUERY_VALUES[q]!.map((v) => `${path}?${q}=${encodeURIComponent(v)}`))];
      let insiderSaw = false;
      for (const inst of instancesOf(template)) {
        for (const url of urls(inst.path)) {
          for (const who of WHO) {
            const seen = await look(who, 'GET', url);
            expect(seen.status, `${who} ${url}`).toBeLessThan(500);
            if (OUTSIDERS.includes(who)) {
              const clean = scrub(seen.text, inst.given);
              expect(clean, `${who} GET ${url} (${inst.kind})`).not.toMatch(MARK);
              outsiderText.push(clean);
            } else if (MARK.test(scrub(seen.text, inst.given))) insiderSaw = true;
          }
        }
      }
      if (name in CARRY_NO_FOLDER) expect(insiderSaw, `${name} is listed as carrying no special folder`).toBe(false);
      else expect(insiderSaw, `${name}: the entitled never see the special folder here — list it in CARRY_NO_FOLDER with a reason, or fix the fixture`).toBe(true);
    }
    for (const listed of Object.keys(CARRY_NO_FOLDER)) expect(templates.has(listed), `${listed} is no longer a route`).toBe(true);
    // the outsiders are shown something: the filter does not pass by hiding everything
    expect(outsiderText.join('\n')).toMatch(/Ordinary item/);
    expect(outsiderText.join('\n')).toMatch(/Ordinary archival decision \(corrected\)/);
  }, 600_000);

  it('GET by id: for an outsider a restricted id answers exactly as a missing one, for the entitled as a row', async () => {
    let compared = 0;
    for (const [template, ops] of Object.entries(doc.paths)) {
      if (!ops.get) continue;
      const instances = instancesOf(template);
      const missing = instances.find((i) => i.kind === 'missing');
      const restricted = instances.filter((i) => i.kind === 'restricted');
      if (!missing || restricted.length === 0) continue;
      for (const who of WHO) {
        const none = await look(who, 'GET', missing.path);
        for (const inst of restricted) {
          const seen = await look(who, 'GET', inst.path);
          if (OUTSIDERS.includes(who)) {
            expect({ status: seen.status, text: scrub(seen.text, inst.given) }, `${who} ${inst.path}`).toEqual({ status: none.status, text: scrub(none.text, missing.given) });
            compared++;
          } else if (seen.status < 300) expect(scrub(seen.text, inst.given), `${who} ${inst.path}`).toMatch(MARK);
        }
      }
    }
    expect(compared).toBeGreaterThan(20);
  }, 300_000);

  it('the live stream: every event type occurs; the entitled get the special folder in each event about a row, outsiders never', async () => {
    const cookieOf = (c: TestClient) => (c.sessionCookie ? { cookie: `pb_session=${c.sessionCookie}` } : ({} as Record<string, string>));
    const received = new Map<Who, SseMessage[]>();
    for (const who of WHO) {
      const sse = await new SseClient(`${srv.url}/api/bodies/${B}/events/stream?after=0`, cookieOf(f.as[who])).open();
      expect(sse.status).toBe(200);
      await sse.until((m) => m.some((x) => Number(x.id) >= lastPosition.get(who)!), 10_000);
      await sse.close();
      received.set(who, sse.messages);
    }
    const ofType = (who: Who, type: string) => received.get(who)!.filter((m) => m.event === type).map((m) => JSON.stringify(m.data));
    const insiderTypes = new Set(INSIDERS.flatMap((w) => received.get(w)!.map((m) => m.event)));
    for (const type of Object.keys(EVENT_TYPES)) expect(insiderTypes.has(type), `the fixture's stream holds no ${type}`).toBe(true);
    for (const [type, about] of Object.entries(EVENT_TYPES)) {
      if (about === 'about-a-row') expect(INSIDERS.some((w) => ofType(w, type).some((t) => MARK.test(t))), `no entitled viewer saw a restricted ${type}`).toBe(true);
    }
    for (const who of OUTSIDERS) {
      for (const m of received.get(who)!) expect(JSON.stringify(m.data), `${who} got ${m.event}`).not.toMatch(MARK);
      expect(ofType(who, 'DecisionRegistered').length, `${who} sees the open decisions`).toBeGreaterThan(0);
    }
    // mail: the observer learns of his note on delivery, never of the leader's correspondence
    expect(ofType('observer', 'MessageDelivered').some((t) => t.includes('to-obs'))).toBe(true);
    expect(ofType('observer', 'MessageSent')).toEqual([]);
    expect(received.get('anonymous')!.some((m) => m.event.startsWith('Message'))).toBe(false);
  }, 120_000);

  it('other methods: a write naming a restricted row never answers 5xx nor carries its title or text to an outsider', async () => {
    let tried = 0;
    for (const [template, ops] of Object.entries(doc.paths)) {
      if (!/\{(itemId|decisionId|meetingId|messageId)\}/.test(template)) continue;
      for (const [method, op] of Object.entries(ops)) {
        if (method === 'get') continue;
        const body = sample(op.requestBody?.content?.['application/json']?.schema);
        for (const inst of instancesOf(template).filter((i) => i.kind !== 'open')) {
          for (const who of OUTSIDERS) {
            const seen = await look(who, method.toUpperCase(), inst.path, body);
            expect(seen.status, `${who} ${method} ${inst.path}`).toBeLessThan(500);
            expect(scrub(seen.text, inst.given), `${who} ${method} ${inst.path}`).not.toMatch(MARK);
            tried++;
          }
        }
      }
    }
    expect(tried).toBeGreaterThan(30);
  }, 300_000);

  it('other methods: a write whose body names a restricted item or decision never answers 5xx nor carries its title or text to an outsider', async () => {
    let tried = 0;
    for (const [template, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const schema = op.requestBody?.content?.['application/json']?.schema;
        if (method === 'get' || !Object.keys(schema?.properties ?? {}).some((k) => k in REF_FIELDS)) continue;
        const path = instancesOf(template).find((i) => i.kind === 'open')!.path;
        for (const [kind, ids] of [
          ['restricted', { items: f.ids.items.restricted[0]!, decisions: f.ids.decisions.restricted[0]! }],
          ['missing', { items: 'no-such-item', decisions: 'no-such-decision' }],
        ] as const) {
          const body = sample(schema, (table) => ids[table]);
          for (const who of OUTSIDERS) {
            const seen = await look(who, method.toUpperCase(), path, body);
            expect(seen.status, `${who} ${method} ${path} (${kind} ${JSON.stringify(body)})`).toBeLessThan(500);
            expect(scrub(seen.text, [ids.items, ids.decisions]), `${who} ${method} ${path} (${kind})`).not.toMatch(MARK);
            tried++;
          }
        }
      }
    }
    expect(tried).toBeGreaterThan(20);
  }, 300_000);

  it('the register: an intervention of the special folder marks no open decision for an outsider, nor counts in its filter', async () => {
    for (const who of WHO) {
      const page = await f.as[who].json<{ items: Array<{ id: string; intervention: boolean }> }>('GET', `/api/bodies/${B}/decisions?intervention=true&pageSize=500`);
      expect(page.body.items.some((d) => d.id === 'd-pub-amender'), who).toBe(!OUTSIDERS.includes(who));
      const all = await f.as[who].json<{ items: Array<{ id: string; intervention: boolean }> }>('GET', `/api/bodies/${B}/decisions?pageSize=500`);
      expect(all.body.items.find((d) => d.id === 'd-pub-amender')?.intervention, who).toBe(!OUTSIDERS.includes(who));
    }
  });

  it('the fixture is what the matrix assumes: logins per role, restricted rows present for the entitled', async () => {
    const who = await new TestClient(srv.url).login(B, 'observer', passwordOf('observer'));
    expect((await who.json<{ user: { role: string } }>('GET', '/api/auth/session')).body.user.role).toBe('observer');
    const items = await f.as.member.json<{ items: Array<{ id: string }> }>('GET', `/api/bodies/${B}/items`);
    expect(items.body.items.map((i) => i.id)).toEqual(expect.arrayContaining([...f.ids.items.restricted, ...f.ids.items.open]));
  });
});
