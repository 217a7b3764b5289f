import { DomainError, isIsoDate } from '@politburo/core';

/**
 * Every behavioural parameter of the simulator, with its documented default (the
 * calibrated 1934 values live in `presets.ts`). A parameter is one of a few kinds;
 * its kind decides how a `--set name=value` override is parsed and checked.
 *
 * `fit` marks the free parameters the calibrator searches, each with the report
 * figure it chiefly moves and the scale it is searched on (log for positive rates,
 * logit for probabilities). Everything else is held at its documented value.
 */
export type ParamKind = 'number' | 'integer' | 'probability' | 'date' | 'boolean' | 'times';

export interface ParamSpec {
  kind: ParamKind;
  group: 'calendar' | 'items' | 'voting' | 'deputy' | 'leader' | 'channels';
  doc: string;
  unit?: string;
  min?: number;
  max?: number;
  fit?: { target: string; scale: 'log' | 'logit' };
}

const spec = <S extends Record<string, ParamSpec>>(s: S): S => s;

export const PARAM_SPECS = spec({
  // --- calendar -------------------------------------------------------------------------
  year: { kind: 'integer', group: 'calendar', doc: 'The calendar year simulated (1 January 00:00 to 31 December 23:59).', min: 1900, max: 2100 },
  leaderAbsent: { kind: 'boolean', group: 'calendar', doc: 'Whether the leader is away at all during the year.' },
  absenceFrom: { kind: 'date', group: 'calendar', doc: "First day of the leader's absence (inclusive)." },
  absenceTo: { kind: 'date', group: 'calendar', doc: "Last day of the leader's absence (inclusive)." },
  meetingsPerMonthPresent: {
    kind: 'number',
    group: 'calendar',
    unit: 'meetings per 30.4375 days',
    doc: 'Sitting frequency while the leader is present; meetings are spread evenly over those days (structural, not random).',
    min: 0,
    max: 31,
    fit: { target: 'meetingsTotal', scale: 'log' },
  },
  meetingsPerMonthAbsent: {
    kind: 'number',
    group: 'calendar',
    unit: 'meetings per 30.4375 days',
    doc: 'Sitting frequency during the absence (the deputy chairs); spread evenly over the absence.',
    min: 0,
    max: 31,
    fit: { target: 'meetingsDuringAbsence', scale: 'log' },
  },
  meetingHour: { kind: 'integer', group: 'calendar', unit: 'hour', doc: 'Hour at which a sitting opens.', min: 0, max: 20 },
  // --- items ----------------------------------------------------------------------------
  itemsPerDay: {
    kind: 'number',
    group: 'items',
    unit: 'items/day',
    doc: 'Base rate at which departments and members put items forward (Poisson per day).',
    min: 0,
    max: 200,
    fit: { target: 'decisionsTotal', scale: 'log' },
  },
  harvestBoost: {
    kind: 'number',
    group: 'items',
    unit: 'relative',
    doc: 'Extra proposal rate at the peak of the harvest season: rate × (1 + boost · exp(−(d − peak)² / 2w²)).',
    min: 0,
    max: 20,
    fit: { target: 'decisionsDuringAbsence', scale: 'log' },
  },
  harvestPeak: { kind: 'date', group: 'items', doc: 'Date of the harvest-season peak of business (the year is replaced by the simulated year).' },
  harvestWidthDays: { kind: 'number', group: 'items', unit: 'days', doc: 'Width w (standard deviation) of the harvest bump.', min: 1, max: 200 },
  importanceShape: {
    kind: 'number',
    group: 'items',
    doc: "Items' importance is Beta(1, b) on 0..1 (mean 1/(1+b)): most items are routine.",
    min: 0.05,
    max: 100,
  },
  restrictedShare: { kind: 'probability', group: 'items', doc: 'Share of items entered in the special folder (restricted).' },
  meetingShare: { kind: 'probability', group: 'items', doc: 'Share of items put on a sitting agenda rather than circulated as a written poll.' },
  maxMeetingWaitDays: { kind: 'number', group: 'items', unit: 'days', doc: 'An item meant for a sitting goes to a poll if no sitting falls within this many days.', min: 0, max: 60 },
  // --- voting ---------------------------------------------------------------------------
  pollDeadlineHours: { kind: 'number', group: 'voting', unit: 'hours', doc: 'Deadline of a written poll after its circulation.', min: 1, max: 24 * 30 },
  pollVoteProb: { kind: 'probability', group: 'voting', doc: 'Chance that a present full member votes in a poll at all.' },
  voteDelayMedianHours: { kind: 'number', group: 'voting', unit: 'hours', doc: 'Median delay before a member returns his poll sheet (log-normal).', min: 0.01, max: 24 * 30 },
  voteDelaySigma: { kind: 'number', group: 'voting', doc: 'Log-scale spread of the voting delay.', min: 0, max: 5 },
  againstProb: { kind: 'probability', group: 'voting', doc: 'Chance that a ballot is against.' },
  abstainProb: { kind: 'probability', group: 'voting', doc: 'Chance that a ballot is an abstention.' },
  candidateOpinionProb: { kind: 'probability', group: 'voting', doc: 'Chance that a present candidate member records a (consultative) opinion in a poll.' },
  meetingAttendProb: { kind: 'probability', group: 'voting', doc: 'Chance that a present member attends a sitting (the chair always does; attendance is topped up to a quorum).' },
  // --- deputy ---------------------------------------------------------------------------
  referralScale: {
    kind: 'number',
    group: 'deputy',
    doc: "The deputy refers an item to the absent leader with probability min(1, scale · importance^exponent).",
    min: 0,
    max: 100,
    fit: { target: 'responses', scale: 'log' },
  },
  referralExponent: { kind: 'number', group: 'deputy', doc: 'How steeply the referral propensity grows with importance.', min: 0, max: 10 },
  deputyLetterShare: { kind: 'probability', group: 'deputy', doc: 'Share of referrals sent by courier letter.' },
  deputyTelephoneShare: { kind: 'probability', group: 'deputy', doc: 'Share of referrals made by telephone (0 in 1934: no line to the south); the rest go by cipher telegram.' },
  telegramSlots: {
    kind: 'times',
    group: 'deputy',
    doc: 'Times of day at which the deputy sends the ciphers accumulated since the last slot (observed 1934 send times: 00:10, 11:45, 21:54).',
  },
  courierHour: { kind: 'integer', group: 'deputy', unit: 'hour', doc: 'Hour at which the daily courier leaves with letters.', min: 0, max: 23 },
  waitHoursTelegram: { kind: 'number', group: 'deputy', unit: 'hours', doc: 'How long the deputy waits for an answer to a telegram referral before acting on his own.', min: 0, max: 24 * 60 },
  waitHoursLetter: { kind: 'number', group: 'deputy', unit: 'hours', doc: 'The same wait for a letter referral.', min: 0, max: 24 * 90 },
  waitHoursTelephone: { kind: 'number', group: 'deputy', unit: 'hours', doc: 'The same wait for a telephoned referral.', min: 0, max: 24 * 30 },
  letStandProb: {
    kind: 'probability',
    group: 'deputy',
    doc: "Without an answer in time, the deputy lets the decision go ahead with this probability; otherwise he postpones it until the leader's return.",
  },
  referAfterShare: {
    kind: 'probability',
    group: 'deputy',
    doc: "Share of the deputy's referrals made after the body has decided: he lets the item take its route and, once it is registered, reports the decision and asks the leader's view (an assumption: the 1934 letters both ask before and report after). The leader's \"modified\" or \"rejected\" on such a decision puts an amending or revoking item before the body.",
  },
  withoutPollShare: {
    kind: 'probability',
    group: 'deputy',
    doc: 'Share of items the deputy, presiding in the leader\'s absence, enters on his visa alone ("без опроса", no sitting and no poll) instead of routing them. 0 in the 1934 preset: the route is attested from September 1934 (Khlevniuk) but never counted.',
  },
  // --- leader ---------------------------------------------------------------------------
  readingTimes: { kind: 'times', group: 'leader', doc: 'Times of day at which the absent leader reads the mail that has arrived and answers it.' },
  answerProb: { kind: 'probability', group: 'leader', doc: 'Chance that the leader answers a referred item at all.' },
  confirmProb: {
    kind: 'probability',
    group: 'leader',
    doc: "Chance that an answer confirms the deputy's proposal unchanged.",
    fit: { target: 'confirmedUnchanged', scale: 'logit' },
  },
  modifyWeight: { kind: 'number', group: 'leader', doc: 'Relative weight of "modify" among the answers that do not confirm.', min: 0, max: 100 },
  rejectWeight: { kind: 'number', group: 'leader', doc: 'Relative weight of "reject" among the answers that do not confirm.', min: 0, max: 100 },
  postponeWeight: { kind: 'number', group: 'leader', doc: 'Relative weight of "postpone" among the answers that do not confirm.', min: 0, max: 100 },
  replyDraftMinutes: { kind: 'number', group: 'leader', unit: 'minutes', doc: 'Mean time (exponential) from reading the mail to the reply leaving.', min: 0, max: 24 * 60 },
  telegramForLetterProb: { kind: 'probability', group: 'leader', doc: 'Chance that the leader answers a letter by telegram rather than by letter.' },
  leaderTelephone: { kind: 'boolean', group: 'leader', doc: 'The leader has a telephone: he answers and raises points by telephone, as soon as a call arrives.' },
  pointsPerDay: {
    kind: 'number',
    group: 'leader',
    unit: 'points/day',
    doc: 'Rate at which the absent leader raises points of his own (Poisson), sent with his next message.',
    min: 0,
    max: 50,
    fit: { target: 'initiatives', scale: 'log' },
  },
  // --- channels -------------------------------------------------------------------------
  letterMedianHours: { kind: 'number', group: 'channels', unit: 'hours', doc: 'Median courier time Moscow–south (log-normal).', min: 0.01, max: 24 * 30 },
  letterSigma: { kind: 'number', group: 'channels', doc: 'Log-scale spread of the courier time.', min: 0, max: 3 },
  telegramMedianHours: { kind: 'number', group: 'channels', unit: 'hours', doc: 'Median cipher time, encryption to decrypted copy (log-normal).', min: 0.01, max: 24 * 7 },
  telegramSigma: { kind: 'number', group: 'channels', doc: 'Log-scale spread of the cipher time.', min: 0, max: 3 },
  telephoneMedianMinutes: { kind: 'number', group: 'channels', unit: 'minutes', doc: 'Median time to get a call through (log-normal).', min: 0, max: 24 * 60 },
  telephoneSigma: { kind: 'number', group: 'channels', doc: 'Log-scale spread of the call set-up time.', min: 0, max: 3 },
});

export type ParamName = keyof typeof PARAM_SPECS;
type ValueOfKind<K extends ParamKind> = K extends 'boolean' ? boolean : K extends 'date' | 'times' ? string : number;
export type Params = { [N in ParamName]: ValueOfKind<(typeof PARAM_SPECS)[N]['kind']> };

export const PARAM_NAMES = Object.keys(PARAM_SPECS) as ParamName[];

/** Defaults: the 1934 preset's values (see presets.ts for where each calibrated number comes from). */
export const DEFAULT_PARAMS: Params = {
  year: 1934,
  leaderAbsent: true,
  absenceFrom: '1934-08-01',
  absenceTo: '1934-10-31',
  meetingsPerMonthPresent: 3.3448,
  meetingsPerMonthAbsent: 5.2935,
  meetingHour: 12,
  itemsPerDay: 10.7184,
  harvestBoost: 0.0485,
  harvestPeak: '1934-09-15',
  harvestWidthDays: 35,
  importanceShape: 4,
  restrictedShare: 0.3,
  meetingShare: 0.3,
  maxMeetingWaitDays: 7,
  pollDeadlineHours: 48,
  pollVoteProb: 0.9,
  voteDelayMedianHours: 8,
  voteDelaySigma: 0.8,
  againstProb: 0.01,
  abstainProb: 0.01,
  candidateOpinionProb: 0.3,
  meetingAttendProb: 0.8,
  referralScale: 0.5664,
  referralExponent: 1,
  deputyLetterShare: 0.25,
  deputyTelephoneShare: 0,
  telegramSlots: '00:10,11:45,21:50',
  courierHour: 18,
  waitHoursTelegram: 72,
  waitHoursLetter: 240,
  waitHoursTelephone: 24,
  letStandProb: 0.8,
  referAfterShare: 0.25,
  withoutPollShare: 0,
  readingTimes: '11:00,23:00',
  answerProb: 0.9,
  confirmProb: 0.7593,
  modifyWeight: 0.5,
  rejectWeight: 0.2,
  postponeWeight: 0.3,
  replyDraftMinutes: 60,
  telegramForLetterProb: 0.7,
  leaderTelephone: false,
  pointsPerDay: 0.3271,
  letterMedianHours: 60,
  letterSigma: 0.25,
  telegramMedianHours: 2.5,
  telegramSigma: 0.35,
  telephoneMedianMinutes: 10,
  telephoneSigma: 0.5,
};

const err = (code: string, message: string, field: string): DomainError =>
  new DomainError(code, 'validation', message, [{ field, message }]);

const TIMES = /^([01]\d|2[0-3]):[0-5]\d(,([01]\d|2[0-3]):[0-5]\d)*$/;

/** Minutes after midnight of each "HH:MM" in a comma-separated list, sorted. */
export const parseTimes = (s: string): number[] =>
  s
    .split(',')
    .map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5)))
    .sort((a, b) => a - b);

const describe = (name: ParamName): string => {
  const s: ParamSpec = PARAM_SPECS[name];
  switch (s.kind) {
    case 'boolean':
      return 'true or false';
    case 'date':
      return 'a date YYYY-MM-DD';
    case 'times':
      return 'times of day HH:MM separated by commas';
    case 'probability':
      return 'a probability from 0 to 1';
    case 'integer':
      return `a whole number from ${s.min} to ${s.max}`;
    case 'number':
      return `a number from ${s.min} to ${s.max}`;
    default: {
      const unreachable: never = s.kind;
      return unreachable;
    }
  }
};

/** Checks one value against its parameter's kind and bounds; throws SIM_BAD_PARAM. */
export const checkParam = (name: ParamName, value: unknown): void => {
  const s: ParamSpec = PARAM_SPECS[name];
  const bad = () => err('SIM_BAD_PARAM', `Parameter ${name} must be ${describe(name)}; got ${JSON.stringify(value)}.`, name);
  switch (s.kind) {
    case 'boolean':
      if (typeof value !== 'boolean') throw bad();
      return;
    case 'date':
      if (typeof value !== 'string' || !isIsoDate(value)) throw bad();
      return;
    case 'times':
      if (typeof value !== 'string' || !TIMES.test(value)) throw bad();
      return;
    case 'probability':
      if (typeof value !== 'number' || !(value >= 0 && value <= 1)) throw bad();
      return;
    case 'integer':
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value) || value < (s.min ?? -Infinity) || value > (s.max ?? Infinity)) throw bad();
      if (s.kind === 'integer' && !Number.isInteger(value)) throw bad();
      return;
    default: {
      const unreachable: never = s.kind;
      throw unreachable;
    }
  }
};

export const isParamName = (name: string): name is ParamName => Object.hasOwn(PARAM_SPECS, name);

/** Closest parameter names, for "did you mean" in error messages. */
const suggest = (name: string): string[] => {
  const lower = name.toLowerCase();
  return PARAM_NAMES.map((n) => [n, editDistance(lower, n.toLowerCase())] as const)
    .filter(([n, d]) => d <= 3 || n.toLowerCase().includes(lower))
    .sort((a, b) => a[1] - b[1])
    .slice(0, 3)
    .map(([n]) => n);
};

const editDistance = (a: string, b: string): number => {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return prev[b.length]!;
};

/** Checks a whole parameter set, including the relations between parameters. */
export const validateParams = (p: Params): Params => {
  for (const name of PARAM_NAMES) checkParam(name, p[name]);
  const year = String(p.year);
  if (p.leaderAbsent) {
    if (p.absenceTo < p.absenceFrom) throw err('SIM_BAD_PARAM', `absenceTo (${p.absenceTo}) lies before absenceFrom (${p.absenceFrom}).`, 'absenceTo');
    if (!p.absenceFrom.startsWith(year) || !p.absenceTo.startsWith(year)) {
      throw err('SIM_BAD_PARAM', `The absence ${p.absenceFrom}..${p.absenceTo} must lie within the simulated year ${year}.`, 'absenceFrom');
    }
  }
  if (p.deputyLetterShare + p.deputyTelephoneShare > 1) {
    throw err('SIM_BAD_PARAM', 'deputyLetterShare + deputyTelephoneShare must not exceed 1 (the rest go by telegram).', 'deputyLetterShare');
  }
  if (p.againstProb + p.abstainProb > 1) throw err('SIM_BAD_PARAM', 'againstProb + abstainProb must not exceed 1.', 'againstProb');
  if (p.modifyWeight + p.rejectWeight + p.postponeWeight <= 0 && p.confirmProb < 1) {
    throw err('SIM_BAD_PARAM', 'At least one of modifyWeight, rejectWeight, postponeWeight must be positive unless confirmProb is 1.', 'modifyWeight');
  }
  return p;
};

/** Parses one `name=value` override as the parameter's kind; unknown names and bad values are SIM_BAD_PARAM errors. */
export const parseOverride = (assignment: string): [ParamName, Params[ParamName]] => {
  const eq = assignment.indexOf('=');
  if (eq <= 0) throw err('SIM_BAD_SET', `--set expects name=value; got "${assignment}".`, 'set');
  const name = assignment.slice(0, eq).trim();
  const raw = assignment.slice(eq + 1).trim();
  if (!isParamName(name)) {
    const near = suggest(name);
    throw err('SIM_UNKNOWN_PARAM', `There is no parameter "${name}".${near.length ? ` Did you mean ${near.join(', ')}?` : ''} See docs/simulator.md for the list.`, name);
  }
  const kind = PARAM_SPECS[name].kind;
  let value: Params[ParamName];
  if (kind === 'boolean') {
    if (raw !== 'true' && raw !== 'false') throw err('SIM_BAD_PARAM', `Parameter ${name} must be ${describe(name)}; got "${raw}".`, name);
    value = raw === 'true';
  } else if (kind === 'date' || kind === 'times') {
    value = raw;
  } else {
    value = raw === '' ? Number.NaN : Number(raw);
  }
  checkParam(name, value);
  return [name, value];
};

/** Applies `name=value` overrides to a parameter set, then validates the result as a whole. */
export const withOverrides = (base: Params, overrides: readonly string[] | Partial<Params>): Params => {
  const out: Params = { ...base };
  const record = out as Record<ParamName, Params[ParamName]>;
  if (Array.isArray(overrides)) {
    for (const a of overrides as readonly string[]) {
      const [k, v] = parseOverride(a);
      record[k] = v;
    }
  } else {
    for (const [k, v] of Object.entries(overrides as Partial<Params>)) {
      if (!isParamName(k)) throw err('SIM_UNKNOWN_PARAM', `There is no parameter "${k}".`, k);
      checkParam(k, v);
      record[k] = v as Params[ParamName];
    }
  }
  return validateParams(out);
};

/** The free parameters the calibrator may fit, in declaration order. */
export const FREE_PARAMS = PARAM_NAMES.filter((n) => (PARAM_SPECS[n] as ParamSpec).fit !== undefined);
