/**
 * The report's shape as the server sends it: `@politburo/analytics`' own types, imported as
 * types only (erased by Vite, so no analytics code reaches the bundle). The key lists the
 * pages iterate over are values, so they are spelled here — and checked against the
 * analytics keys both ways, so a key added or renamed there fails to compile here.
 */
import type { CountKey, RateKey, Report, ReportKey } from '@politburo/analytics';
import type { PublishedFigure as ScenarioFigure } from '@politburo/scenarios';

export type { CountKey, RateKey, ReportKey };

export const COUNT_KEYS = [
  'decisionsTotal',
  'meetingsTotal',
  'decisionsDuringAbsence',
  'meetingsDuringAbsence',
  'meetingsWithoutLeader',
  'interventions',
  'responses',
  'initiatives',
  'confirmedUnchanged',
  'protocolsTotal',
  'protocolsDuringAbsence',
  'decisionsWithoutPoll',
  'decisionsRestricted',
  'meetingsWithAttendance',
] as const satisfies readonly CountKey[];
export const RATE_KEYS = ['interventionRate', 'responseShare', 'confirmationRate', 'untouchedOrConfirmedRate', 'shareDuringAbsence'] as const satisfies readonly RateKey[];

/** Compile-time: every analytics key is listed above (the `satisfies` checks the other direction). */
type Missing = Exclude<CountKey, (typeof COUNT_KEYS)[number]> | Exclude<RateKey, (typeof RATE_KEYS)[number]>;
const allListed: [Missing] extends [never] ? true : Missing = true;
void allListed;

/** `GET /report` without `explain`: the analytics report minus its explanation. */
export type ReportData = Omit<Report, 'explanation'>;

/** A published figure as `GET /api/scenarios` sends it (the scenarios package's, with mutable ids for JSON). */
export type PublishedFigure = Omit<ScenarioFigure, 'key'> & { key: ReportKey };
