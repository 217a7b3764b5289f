import i18n from 'i18next';
import type {
  Absence,
  AnswerWork,
  BodyListEntry,
  BodySummary,
  Clock,
  CourierPacket,
  Decision,
  DecisionDetail,
  DecisionPage,
  DemoAccount,
  Instant,
  Intervention,
  ItemAnswer,
  ItemView,
  Meeting,
  Member,
  MessageKind,
  MessageView,
  Problem,
  ProtocolDoc,
  ProtocolSummary,
  RaisedPoint,
  RegisterFilter,
  Report,
  ReportExplain,
  Role,
  ReadingsComparison,
  SourceInfo,
  ScenarioInfo,
  SessionInfo,
  SessionUser,
  SimulationJob,
  SimulationRequest,
  Vote,
} from './types.ts';
import createClient from 'openapi-fetch';
import type { paths } from './openapi.d.ts';

/** The one error type of the client: an RFC 7807 problem with its stable `code`. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }
  get code(): string {
    return this.problem.code;
  }
  get status(): number {
    return this.problem.status;
  }
}

let csrfToken = '';
const cookie = (name: string): string | undefined =>
  document.cookie
    .split('; ')
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1);

/** A login made by another route (a class's join or enter) hands its session's token back. */
export const setCsrfToken = (token: string): void => {
  csrfToken = token;
};

const ensureCsrf = async (): Promise<string> => {
  if (!csrfToken) csrfToken = cookie('pb_csrf') ?? '';
  if (!csrfToken) await session();
  return csrfToken;
};

/**
 * The transport: openapi-fetch over the paths generated from the server's contract
 * (`openapi.d.ts`), so a path, its parameters and its answer are checked at compile
 * time. Every write carries the CSRF token; every failure becomes an ApiError.
 */
export const http = createClient<paths>({ credentials: 'same-origin', headers: { Accept: 'application/json' } });
http.use({
  async onRequest({ request }) {
    // The interface's language, not the browser's: a logged-out viewer's answers follow the switch too.
    request.headers.set('Accept-Language', document.documentElement.lang || 'en');
    if (request.method !== 'GET') request.headers.set('X-CSRF-Token', decodeURIComponent(await ensureCsrf()));
    return request;
  },
});

/**
 * The answer of a call, typed by the caller's declared return (the generated schema types
 * of types.ts): openapi-fetch's own data type turns the record's `[column, value]` tuples
 * into plain arrays, so the path, parameters and body are what it checks here.
 */
export async function call<T>(pending: Promise<{ data?: unknown; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await pending;
  if (!response.ok) {
    const p = (typeof error === 'object' && error !== null ? error : { title: String(error ?? '').slice(0, 200) || undefined }) as Partial<Problem>;
    throw new ApiError({ title: p.title ?? response.statusText, status: response.status, code: p.code ?? `HTTP_${response.status}`, ...p } as Problem);
  }
  return data as T;
}

/** A login made elsewhere (an invitation accepted, a password changed) brings its own CSRF token. */
export const rememberCsrf = (token: string): void => {
  csrfToken = token;
};

export const qs = (params: Record<string, string | number | undefined>): string => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
};
/** A query without its empty fields: the app keeps filters as strings, '' for "any". */
const query = <Q extends Record<string, unknown>>(params: Q): Q => Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== '')) as Q;

const b = (bodyId: string): string => `/bodies/${encodeURIComponent(bodyId)}`;
const seg = encodeURIComponent;

/** The language the server answers this viewer in: his own setting, else the interface's. */
export const language = (): Promise<{ lang: string; setting: string | null }> => call(http.GET('/api/auth/language'));
/** Keeps a logged-in viewer's choice on the server, for every device he uses. */
export const saveLanguage = (lang: 'en' | 'ru'): Promise<{ lang: string }> => call(http.PUT('/api/auth/language', { body: { lang } }));

export async function session(): Promise<SessionInfo> {
  const s = await call<SessionInfo>(http.GET('/api/auth/session'));
  csrfToken = s.csrfToken;
  return s;
}

export async function login(bodyId: string, username: string, password: string): Promise<SessionUser> {
  const r = await call<SessionInfo>(http.POST('/api/auth/login', { body: { bodyId, username, password } }));
  csrfToken = r.csrfToken;
  // A login answers its user; null only for an account whose member is gone, which the server refuses first.
  return r.user as SessionUser;
}

export async function logout(): Promise<void> {
  await call<void>(http.POST('/api/auth/logout'));
  csrfToken = '';
}

const lang = (): string => (i18n.language === 'ru' ? 'ru' : 'en');

/** URLs the browser opens directly (downloads, citable links). */
export const urls = {
  protocolCsv: (bodyId: string, no: number) => `/api${b(bodyId)}/protocols/${no}/export.csv`,
  /** Documents the server writes in the language chosen here (else it goes by the browser's). */
  protocolPdf: (bodyId: string, no: number) => `/api${b(bodyId)}/protocols/${no}/export.pdf?lang=${lang()}`,
  protocolDocx: (bodyId: string, no: number) => `/api${b(bodyId)}/protocols/${no}/export.docx?lang=${lang()}`,
  courierPacket: (bodyId: string, date: string, format: 'html' | 'pdf') => `/api${b(bodyId)}/courier-packet?date=${date}&format=${format}&lang=${lang()}`,
  calendar: (bodyId: string) => `/api${b(bodyId)}/calendar.ics`,
  /** The citable address a reader opens: the app's own route, served by any static server. */
  citable: (bodyId: string, no: number, n: number) => `/#/b/${seg(bodyId)}/protocol/${no}/item/${n}`,
  /** The server's stable address for the same decision (302: a browser to the app's route above, an API client to the JSON). */
  citableApi: (bodyId: string, no: number, n: number) => `/b/${seg(bodyId)}/protocol/${no}/item/${n}`,
  stream: (bodyId: string) => `/api${b(bodyId)}/events/stream`,
  /** What a register search found, as CSV: the same filters as the list. */
  registerCsv: (bodyId: string, filter: RegisterFilter) => `/api${b(bodyId)}/decisions/export.csv${qs({ ...filter })}`,
  docs: '/api/docs',
};

// Where the pages keep a looser type than the contract (a role, a status, a flag as a string), the server's schema decides.
type Founding = NonNullable<paths['/api/bodies']['post']['requestBody']>['content']['application/json'];
type ItemsQuery = NonNullable<paths['/api/bodies/{bodyId}/items']['get']['parameters']['query']>;
type ReportQuery = NonNullable<paths['/api/bodies/{bodyId}/report']['get']['parameters']['query']>;

const inBody = (bodyId: string) => ({ params: { path: { bodyId } } });
const row = <K extends string>(bodyId: string, key: K, id: string) => ({ params: { path: { bodyId, [key]: id } as { bodyId: string } & Record<K, string> } });

export const api = {
  bodies: (): Promise<{ bodies: BodyListEntry[] }> => call(http.GET('/api/bodies')),
  body: (bodyId: string): Promise<BodySummary> => call(http.GET('/api/bodies/{bodyId}', inBody(bodyId))),
  createBody: (input: { id?: string; name: string; founder: { memberId: string; name: string; role: Role; username: string; password: string } }) =>
    call<{ body: BodySummary; user: SessionUser | null; csrfToken: string }>(http.POST('/api/bodies', { body: input as Founding })).then((r) => {
      csrfToken = r.csrfToken;
      return r;
    }),
  copyBody: (bodyId: string, input: { id?: string; name?: string }): Promise<{ body: BodySummary; demoAccounts: DemoAccount[] }> =>
    call(http.POST('/api/bodies/{bodyId}/copy', { ...inBody(bodyId), body: input })),
  scenarios: (): Promise<{ scenarios: ScenarioInfo[] }> => call(http.GET('/api/scenarios')),
  compareScenarios: (a: string, b: string, params: { absenceFrom?: string; absenceTo?: string } = {}): Promise<ReadingsComparison> =>
    call(http.GET('/api/scenarios/compare', { params: { query: query({ a, b, ...params }) } })),
  scenarioSourcesUrl: (name: string, format: 'csl-json' | 'bibtex'): string => `/api/scenarios/${encodeURIComponent(name)}/sources?format=${format}`,

  clock: (bodyId: string): Promise<Clock> => call(http.GET('/api/bodies/{bodyId}/clock', inBody(bodyId))),
  setClock: (bodyId: string, input: { mode: 'real' } | { mode: 'replay'; start: Instant; speed: number }): Promise<Clock> =>
    call(http.PUT('/api/bodies/{bodyId}/clock', { ...inBody(bodyId), body: input })),
  pauseClock: (bodyId: string): Promise<Clock> => call(http.POST('/api/bodies/{bodyId}/clock/pause', inBody(bodyId))),
  resumeClock: (bodyId: string): Promise<Clock> => call(http.POST('/api/bodies/{bodyId}/clock/resume', inBody(bodyId))),
  stepClock: (bodyId: string, minutes: number): Promise<Clock> => call(http.POST('/api/bodies/{bodyId}/clock/step', { ...inBody(bodyId), body: { minutes } })),

  members: (bodyId: string): Promise<{ members: Member[] }> => call(http.GET('/api/bodies/{bodyId}/members', inBody(bodyId))),
  sources: (bodyId: string): Promise<{ sources: SourceInfo[] }> => call(http.GET('/api/bodies/{bodyId}/sources', inBody(bodyId))),
  absences: (bodyId: string): Promise<{ absences: Absence[] }> => call(http.GET('/api/bodies/{bodyId}/absences', inBody(bodyId))),

  meetings: (bodyId: string): Promise<{ meetings: Meeting[] }> => call(http.GET('/api/bodies/{bodyId}/meetings', inBody(bodyId))),
  meeting: (bodyId: string, id: string): Promise<Meeting> => call(http.GET('/api/bodies/{bodyId}/meetings/{meetingId}', row(bodyId, 'meetingId', id))),
  scheduleMeeting: (bodyId: string, date: string): Promise<Meeting> => call(http.POST('/api/bodies/{bodyId}/meetings', { ...inBody(bodyId), body: { date } })),
  openMeeting: (bodyId: string, id: string, chairId: string, attendees: string[]): Promise<Meeting> =>
    call(http.POST('/api/bodies/{bodyId}/meetings/{meetingId}/open', { ...row(bodyId, 'meetingId', id), body: { chairId, attendees } })),
  addToAgenda: (bodyId: string, id: string, itemId: string): Promise<Meeting> =>
    call(http.POST('/api/bodies/{bodyId}/meetings/{meetingId}/agenda', { ...row(bodyId, 'meetingId', id), body: { itemId } })),
  closeMeeting: (bodyId: string, id: string): Promise<Meeting> => call(http.POST('/api/bodies/{bodyId}/meetings/{meetingId}/close', row(bodyId, 'meetingId', id))),

  items: (bodyId: string, filter: { status?: string; q?: string } = {}): Promise<{ items: ItemView[] }> =>
    call(http.GET('/api/bodies/{bodyId}/items', { params: { path: { bodyId }, query: query(filter) as ItemsQuery } })),
  item: (bodyId: string, id: string): Promise<ItemView> => call(http.GET('/api/bodies/{bodyId}/items/{itemId}', row(bodyId, 'itemId', id))),
  proposeItem: (bodyId: string, input: { title: string; text?: string; restricted?: boolean; initiatorId?: string }): Promise<ItemView> =>
    call(http.POST('/api/bodies/{bodyId}/items', { ...inBody(bodyId), body: input })),
  circulatePoll: (bodyId: string, id: string, deadline: Instant): Promise<ItemView> =>
    call(http.POST('/api/bodies/{bodyId}/items/{itemId}/poll', { ...row(bodyId, 'itemId', id), body: { deadline } })),
  vote: (bodyId: string, id: string, vote: Vote, memberId?: string): Promise<ItemView> =>
    call(http.POST('/api/bodies/{bodyId}/items/{itemId}/votes', { ...row(bodyId, 'itemId', id), body: { vote, ...(memberId ? { memberId } : {}) } })),
  opinion: (bodyId: string, id: string, vote: Vote): Promise<ItemView> => call(http.POST('/api/bodies/{bodyId}/items/{itemId}/opinions', { ...row(bodyId, 'itemId', id), body: { vote } })),
  closeVoting: (bodyId: string, id: string): Promise<ItemView> => call(http.POST('/api/bodies/{bodyId}/items/{itemId}/close', row(bodyId, 'itemId', id))),
  register: (bodyId: string, id: string): Promise<Decision> => call(http.POST('/api/bodies/{bodyId}/items/{itemId}/register', { ...row(bodyId, 'itemId', id), body: {} })),
  enterWithoutPoll: (bodyId: string, id: string): Promise<Decision> =>
    call(http.POST('/api/bodies/{bodyId}/items/{itemId}/without-poll', { ...row(bodyId, 'itemId', id), body: {} })),
  courierPacket: (bodyId: string, date: string): Promise<CourierPacket> =>
    call(http.GET('/api/bodies/{bodyId}/courier-packet', { params: { path: { bodyId }, query: { date, format: 'json' } } })),
  answerWork: (bodyId: string): Promise<{ items: AnswerWork[] }> => call(http.GET('/api/bodies/{bodyId}/desk/answers', inBody(bodyId))),

  decisions: (bodyId: string, filter: RegisterFilter, page: number, pageSize: number): Promise<DecisionPage> =>
    // The filters travel as the URL has them (strings); the server's schema coerces and checks them.
    call(http.GET('/api/bodies/{bodyId}/decisions', { params: { path: { bodyId }, query: query({ ...filter, page, pageSize }) as never } })),
  decision: (bodyId: string, id: string): Promise<DecisionDetail> => call(http.GET('/api/bodies/{bodyId}/decisions/{decisionId}', row(bodyId, 'decisionId', id))),
  decisionAt: (bodyId: string, no: number, n: number): Promise<Decision> =>
    call(http.GET('/api/bodies/{bodyId}/protocols/{no}/items/{n}', { params: { path: { bodyId, no, n } } })),
  sendExtract: (bodyId: string, id: string, recipients: string[]): Promise<Decision> =>
    call(http.POST('/api/bodies/{bodyId}/decisions/{decisionId}/extracts', { ...row(bodyId, 'decisionId', id), body: { recipients } })),
  protocols: (bodyId: string): Promise<{ protocols: ProtocolSummary[] }> => call(http.GET('/api/bodies/{bodyId}/protocols', inBody(bodyId))),
  protocol: (bodyId: string, no: number): Promise<ProtocolDoc> => call(http.GET('/api/bodies/{bodyId}/protocols/{no}', { params: { path: { bodyId, no } } })),

  sendMessage: (
    bodyId: string,
    input: { kind: MessageKind; toIds: string[]; itemIds?: string[]; decisionIds?: string[]; inReplyTo?: string; summary: string; answers?: ItemAnswer[]; points?: RaisedPoint[] },
  ): Promise<MessageView> => call(http.POST('/api/bodies/{bodyId}/messages', { ...inBody(bodyId), body: input })),
  inbox: (bodyId: string): Promise<{ messages: MessageView[] }> => call(http.GET('/api/bodies/{bodyId}/messages/inbox', inBody(bodyId))),
  outbox: (bodyId: string): Promise<{ messages: MessageView[] }> => call(http.GET('/api/bodies/{bodyId}/messages/outbox', inBody(bodyId))),
  allMessages: (bodyId: string): Promise<{ messages: MessageView[] }> => call(http.GET('/api/bodies/{bodyId}/messages', inBody(bodyId))),
  readMessage: (bodyId: string, id: string): Promise<MessageView> => call(http.POST('/api/bodies/{bodyId}/messages/{messageId}/read', row(bodyId, 'messageId', id))),

  interventions: (bodyId: string): Promise<{ interventions: Intervention[]; hidden: number }> => call(http.GET('/api/bodies/{bodyId}/interventions', inBody(bodyId))),

  report: (bodyId: string, params: { leader?: string; absenceFrom?: string; absenceTo?: string; onlyArchival?: string } = {}): Promise<Report> =>
    call(http.GET('/api/bodies/{bodyId}/report', { params: { path: { bodyId }, query: query(params) as ReportQuery } })),
  explain: (bodyId: string, key: string, params: { leader?: string; absenceFrom?: string; absenceTo?: string; onlyArchival?: string } = {}): Promise<ReportExplain> =>
    call(http.GET('/api/bodies/{bodyId}/report', { params: { path: { bodyId }, query: query({ ...params, explain: key }) as ReportQuery } })),

  startSimulation: (input: SimulationRequest): Promise<SimulationJob> => call(http.POST('/api/simulations', { body: input })),
  simulation: (id: string): Promise<SimulationJob> => call(http.GET('/api/simulations/{id}', { params: { path: { id } } })),
};
