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

export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  // The interface's language, not the browser's: a logged-out viewer's answers follow the switch too.
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': document.documentElement.lang || 'en' };
  if (method !== 'GET') headers['X-CSRF-Token'] = decodeURIComponent(await ensureCsrf());
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`/api${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  const json: unknown = text ? safeJson(text) : undefined;
  if (!res.ok) {
    const p = (json ?? {}) as Partial<Problem>;
    throw new ApiError({ title: p.title ?? res.statusText, status: res.status, code: p.code ?? `HTTP_${res.status}`, ...p } as Problem);
  }
  return json as T;
}

/** A login made elsewhere (an invitation accepted, a password changed) brings its own CSRF token. */
export const rememberCsrf = (token: string): void => {
  csrfToken = token;
};

const safeJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return { title: text.slice(0, 200) };
  }
};

export const qs = (params: Record<string, string | number | undefined>): string => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
};

const b = (bodyId: string): string => `/bodies/${encodeURIComponent(bodyId)}`;
const seg = encodeURIComponent;

/** The language the server answers this viewer in: his own setting, else the interface's. */
export const language = (): Promise<{ lang: string; setting: string | null }> => request('GET', '/auth/language');
/** Keeps a logged-in viewer's choice on the server, for every device he uses. */
export const saveLanguage = (lang: string): Promise<{ lang: string }> => request('PUT', '/auth/language', { lang });

export async function session(): Promise<SessionInfo> {
  const s = await request<SessionInfo>('GET', '/auth/session');
  csrfToken = s.csrfToken;
  return s;
}

export async function login(bodyId: string, username: string, password: string): Promise<SessionUser> {
  const r = await request<{ user: SessionUser; csrfToken: string }>('POST', '/auth/login', { bodyId, username, password });
  csrfToken = r.csrfToken;
  return r.user;
}

export async function logout(): Promise<void> {
  await request<void>('POST', '/auth/logout');
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

export const api = {
  bodies: () => request<{ bodies: BodyListEntry[] }>('GET', '/bodies'),
  body: (bodyId: string) => request<BodySummary>('GET', b(bodyId)),
  createBody: (input: { id?: string; name: string; founder: { memberId: string; name: string; role: Role; username: string; password: string } }) =>
    request<{ body: BodySummary; user: SessionUser; csrfToken: string }>('POST', '/bodies', input).then((r) => {
      csrfToken = r.csrfToken;
      return r;
    }),
  copyBody: (bodyId: string, input: { id?: string; name?: string }) =>
    request<{ body: BodySummary; demoAccounts: DemoAccount[] }>('POST', `${b(bodyId)}/copy`, input),
  scenarios: () => request<{ scenarios: ScenarioInfo[] }>('GET', '/scenarios'),
  compareScenarios: (a: string, b: string, params: { absenceFrom?: string; absenceTo?: string } = {}) =>
    request<ReadingsComparison>('GET', `/scenarios/compare${qs({ a, b, ...params })}`),
  scenarioSourcesUrl: (name: string, format: 'csl-json' | 'bibtex'): string => `/api/scenarios/${encodeURIComponent(name)}/sources?format=${format}`,

  clock: (bodyId: string) => request<Clock>('GET', `${b(bodyId)}/clock`),
  setClock: (bodyId: string, input: { mode: 'real' } | { mode: 'replay'; start: Instant; speed: number }) =>
    request<Clock>('PUT', `${b(bodyId)}/clock`, input),
  pauseClock: (bodyId: string) => request<Clock>('POST', `${b(bodyId)}/clock/pause`),
  resumeClock: (bodyId: string) => request<Clock>('POST', `${b(bodyId)}/clock/resume`),
  stepClock: (bodyId: string, minutes: number) => request<Clock>('POST', `${b(bodyId)}/clock/step`, { minutes }),

  members: (bodyId: string) => request<{ members: Member[] }>('GET', `${b(bodyId)}/members`),
  sources: (bodyId: string) => request<{ sources: SourceInfo[] }>('GET', `${b(bodyId)}/sources`),
  absences: (bodyId: string) => request<{ absences: Absence[] }>('GET', `${b(bodyId)}/absences`),

  meetings: (bodyId: string) => request<{ meetings: Meeting[] }>('GET', `${b(bodyId)}/meetings`),
  meeting: (bodyId: string, id: string) => request<Meeting>('GET', `${b(bodyId)}/meetings/${seg(id)}`),
  scheduleMeeting: (bodyId: string, date: string) => request<Meeting>('POST', `${b(bodyId)}/meetings`, { date }),
  openMeeting: (bodyId: string, id: string, chairId: string, attendees: string[]) =>
    request<Meeting>('POST', `${b(bodyId)}/meetings/${seg(id)}/open`, { chairId, attendees }),
  addToAgenda: (bodyId: string, id: string, itemId: string) =>
    request<Meeting>('POST', `${b(bodyId)}/meetings/${seg(id)}/agenda`, { itemId }),
  closeMeeting: (bodyId: string, id: string) => request<Meeting>('POST', `${b(bodyId)}/meetings/${seg(id)}/close`),

  items: (bodyId: string, filter: { status?: string; q?: string } = {}) =>
    request<{ items: ItemView[] }>('GET', `${b(bodyId)}/items${qs(filter)}`),
  item: (bodyId: string, id: string) => request<ItemView>('GET', `${b(bodyId)}/items/${seg(id)}`),
  proposeItem: (bodyId: string, input: { title: string; text?: string; restricted?: boolean; initiatorId?: string }) =>
    request<ItemView>('POST', `${b(bodyId)}/items`, input),
  circulatePoll: (bodyId: string, id: string, deadline: Instant) =>
    request<ItemView>('POST', `${b(bodyId)}/items/${seg(id)}/poll`, { deadline }),
  vote: (bodyId: string, id: string, vote: Vote, memberId?: string) =>
    request<ItemView>('POST', `${b(bodyId)}/items/${seg(id)}/votes`, { vote, ...(memberId ? { memberId } : {}) }),
  opinion: (bodyId: string, id: string, vote: Vote) => request<ItemView>('POST', `${b(bodyId)}/items/${seg(id)}/opinions`, { vote }),
  closeVoting: (bodyId: string, id: string) => request<ItemView>('POST', `${b(bodyId)}/items/${seg(id)}/close`),
  register: (bodyId: string, id: string) => request<Decision>('POST', `${b(bodyId)}/items/${seg(id)}/register`, {}),
  enterWithoutPoll: (bodyId: string, id: string) => request<Decision>('POST', `${b(bodyId)}/items/${seg(id)}/without-poll`, {}),
  courierPacket: (bodyId: string, date: string) => request<CourierPacket>('GET', `${b(bodyId)}/courier-packet?date=${encodeURIComponent(date)}&format=json`),
  answerWork: (bodyId: string) => request<{ items: AnswerWork[] }>('GET', `${b(bodyId)}/desk/answers`),

  decisions: (bodyId: string, filter: RegisterFilter, page: number, pageSize: number) =>
    request<DecisionPage>('GET', `${b(bodyId)}/decisions${qs({ ...filter, page, pageSize })}`),
  decision: (bodyId: string, id: string) => request<DecisionDetail>('GET', `${b(bodyId)}/decisions/${seg(id)}`),
  decisionAt: (bodyId: string, no: number, n: number) => request<Decision>('GET', `${b(bodyId)}/protocols/${no}/items/${n}`),
  sendExtract: (bodyId: string, id: string, recipients: string[]) =>
    request<Decision>('POST', `${b(bodyId)}/decisions/${seg(id)}/extracts`, { recipients }),
  protocols: (bodyId: string) => request<{ protocols: ProtocolSummary[] }>('GET', `${b(bodyId)}/protocols`),
  protocol: (bodyId: string, no: number) => request<ProtocolDoc>('GET', `${b(bodyId)}/protocols/${no}`),

  sendMessage: (
    bodyId: string,
    input: { kind: MessageKind; toIds: string[]; itemIds?: string[]; decisionIds?: string[]; inReplyTo?: string; summary: string; answers?: ItemAnswer[]; points?: RaisedPoint[] },
  ) => request<MessageView>('POST', `${b(bodyId)}/messages`, input),
  inbox: (bodyId: string) => request<{ messages: MessageView[] }>('GET', `${b(bodyId)}/messages/inbox`),
  outbox: (bodyId: string) => request<{ messages: MessageView[] }>('GET', `${b(bodyId)}/messages/outbox`),
  allMessages: (bodyId: string) => request<{ messages: MessageView[] }>('GET', `${b(bodyId)}/messages`),
  readMessage: (bodyId: string, id: string) => request<MessageView>('POST', `${b(bodyId)}/messages/${seg(id)}/read`),

  interventions: (bodyId: string) => request<{ interventions: Intervention[]; hidden: number }>('GET', `${b(bodyId)}/interventions`),

  report: (bodyId: string, params: { leader?: string; absenceFrom?: string; absenceTo?: string; onlyArchival?: string } = {}) =>
    request<Report>('GET', `${b(bodyId)}/report${qs(params)}`),
  explain: (bodyId: string, key: string, params: Record<string, string | undefined> = {}) =>
    request<ReportExplain>('GET', `${b(bodyId)}/report${qs({ ...params, explain: key })}`),

  startSimulation: (input: SimulationRequest) => request<SimulationJob>('POST', '/simulations', input),
  simulation: (id: string) => request<SimulationJob>('GET', `/simulations/${seg(id)}`),
};
