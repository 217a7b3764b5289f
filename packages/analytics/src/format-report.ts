/**
 * The report as text and as JSON. Text shows whole percentages rounded half-up
 * (from the counts, in integers) and "—" where a rate has no denominator; JSON
 * carries the unrounded fractions.
 */
import type { ExplainedRow, Report } from './report.ts';
import { percentHalfUp, RATE_DEFINITIONS, type RateCounts, type RateKey } from './report-definitions.ts';

export const NO_VALUE = '—';

/** A rate as a whole percent rounded half-up, or "—". */
export const formatRate = (key: RateKey, counts: RateCounts): string => {
  const p = percentHalfUp(RATE_DEFINITIONS[key].numerator(counts), RATE_DEFINITIONS[key].denominator(counts));
  return p === null ? NO_VALUE : `${p}%`;
};

const minutes = (m: number | null): string => {
  if (m === null) return NO_VALUE;
  const sign = m < 0 ? '-' : '';
  const a = Math.abs(m);
  const d = Math.floor(a / 1440);
  const h = Math.floor((a % 1440) / 60);
  const mm = a % 60;
  return `${sign}${d > 0 ? `${d}d ` : ''}${h}h${String(mm).padStart(2, '0')}`;
};

const table = (header: string[], rows: Array<Array<string | number>>): string[] => {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  return cells.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd());
};

export const formatReportText = (report: Report): string => {
  const windows = report.absences.length === 0 ? 'none' : report.absences.map((w) => `${w.from}..${w.to}`).join(', ');
  const out: string[] = [
    `Who decided? Leader: ${report.leaderId}. Absences: ${windows}.${report.onlyArchival ? ' Archival rows only.' : ''}`,
    '',
    ...table(
      ['figure', 'count', 'share', 'of'],
      [
        ['decisions', report.decisionsTotal, '', ''],
        ['  in the special folder', report.decisionsRestricted, '', ''],
        ['  without a poll (visa alone)', report.decisionsWithoutPoll, '', ''],
        ['meetings', report.meetingsTotal, '', ''],
        ['decisions during absence', report.decisionsDuringAbsence, formatRate('shareDuringAbsence', report), 'decisions'],
        ['meetings during absence', report.meetingsDuringAbsence, '', ''],
        ['protocols', report.protocolsTotal, '', ''],
        ['protocols during absence', report.protocolsDuringAbsence, '', ''],
        ['meetings without the leader', report.meetingsWithoutLeader ?? 'unknown', '', `attendance recorded for ${report.meetingsWithAttendance} of ${report.meetingsTotal}`],
        ["leader's interventions", report.interventions, formatRate('interventionRate', report), 'decisions during absence'],
        ['  responses', report.responses, formatRate('responseShare', report), 'interventions'],
        ['  initiatives', report.initiatives, '', ''],
        ['  confirmed unchanged', report.confirmedUnchanged, formatRate('confirmationRate', report), 'responses'],
        [
          'untouched or confirmed',
          report.decisionsDuringAbsence - report.interventions + report.confirmedUnchanged,
          formatRate('untouchedOrConfirmedRate', report),
          'decisions during absence',
        ],
      ],
    ),
    '',
    'Decisions by month and mode',
    ...table(
      ['month', 'meeting', 'poll', 'without poll'],
      report.decisionsByMonth.map((m) => [m.month || NO_VALUE, m.meeting, m.poll, m.withoutPoll]),
    ),
    '',
    'Meetings by chair',
    ...table(
      ['chair', 'meetings'],
      report.meetingsByChair.map((c) => [c.chairId ?? NO_VALUE, c.meetings]),
    ),
    '',
    'Correspondence by kind (delivery latency over delivered messages, nearest rank)',
    ...table(
      ['kind', 'messages', 'delivered', 'median', 'p90'],
      report.correspondenceByKind.map((k) => [k.kind, k.messages, k.delivered, minutes(k.medianMinutes), minutes(k.p90Minutes)]),
    ),
    `Reply latency (reply sent − answered message received): ${report.replyLatency.count} of ${report.replyLatency.replies} replies measured, median ${minutes(report.replyLatency.medianMinutes)}, p90 ${minutes(report.replyLatency.p90Minutes)}`,
    '',
    'Who initiated what (interventions on decisions during the absence)',
    ...table(
      ['member', 'decisions', 'during absence', 'responses', 'initiatives'],
      report.initiators.map((m) => [m.memberId ?? NO_VALUE, m.decisions, m.decisionsDuringAbsence, m.responses, m.initiatives]),
    ),
  ];
  if (report.explanation) out.push('', ...formatExplanation(report));
  return `${out.join('\n')}\n`;
};

const describeRow = (r: ExplainedRow): string => {
  const v = r.values;
  const pick = (...keys: string[]): string =>
    keys
      .filter((k) => v[k] !== undefined && v[k] !== '' && v[k] !== null)
      .map((k) => `${k}=${Array.isArray(v[k]) ? (v[k] as unknown[]).join(';') : String(v[k])}`)
      .join(' ');
  switch (r.table) {
    case 'decisions':
      return pick('id', 'date', 'mode', 'protocol_no', 'item_no', 'title', 'visa_by');
    case 'meetings':
      return pick('id', 'date', 'chair_id', 'attendees', 'status');
    case 'interventions':
      return pick('decision_id', 'member_id', 'origin', 'outcome', 'correspondence_ids');
    default:
      return JSON.stringify(v);
  }
};

export const formatExplanation = (report: Report): string[] => {
  const e = report.explanation;
  if (!e) return [];
  const head = e.rowsOf === e.key ? `Rows behind ${e.key}: ${e.rows.length}` : `Rows behind ${e.key} (its numerator, ${e.rowsOf}): ${e.rows.length}`;
  return [head, ...e.rows.map((r) => `  ${r.table}.csv row ${r.row}: ${describeRow(r)}`)];
};

/** One JSON object: the figures as top-level fields (rates unrounded, null for a zero denominator), then the extras. */
export const reportToJson = (report: Report): string => `${JSON.stringify(report, null, 2)}\n`;
