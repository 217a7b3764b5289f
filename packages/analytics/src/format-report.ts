/**
 * The report as text and as JSON. Text shows whole percentages rounded half-up
 * (from the counts, in integers) and "—" where a rate has no denominator; JSON
 * carries the unrounded fractions.
 */
import { type Lang, translator } from '@politburo/i18n';
import type { ExplainedRow, Report } from './report.ts';
import { percentHalfUp, RATE_DEFINITIONS, type RateCounts, type RateKey } from './report-definitions.ts';

export const NO_VALUE = '—';

/** A rate as a whole percent rounded half-up, or "—". */
export const formatRate = (key: RateKey, counts: RateCounts): string => {
  const p = percentHalfUp(RATE_DEFINITIONS[key].numerator(counts), RATE_DEFINITIONS[key].denominator(counts));
  return p === null ? NO_VALUE : `${p}%`;
};

const minutes = (m: number | null, lang: Lang): string => {
  if (m === null) return NO_VALUE;
  const t = translator(lang);
  const sign = m < 0 ? '-' : '';
  const a = Math.abs(m);
  const d = Math.floor(a / 1440);
  const h = Math.floor((a % 1440) / 60);
  const mm = a % 60;
  return `${sign}${d > 0 ? t('cli.report.days', { d: String(d) }) : ''}${t('cli.report.hours', { h: String(h), mm: String(mm).padStart(2, '0') })}`;
};

const table = (header: string[], rows: Array<Array<string | number>>): string[] => {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  return cells.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd());
};

/** Numbers go in as strings: the text form prints them bare (3945), as scripts that read it expect, in either language. */
export const formatReportText = (report: Report, lang: Lang = 'en'): string => {
  const t = translator(lang);
  const r = (key: string): string => t(`cli.report.row.${key}`);
  const col = (...keys: string[]): string[] => keys.map((k) => t(`cli.report.col.${k}`));
  const windows = report.absences.length === 0 ? t('cli.report.none') : report.absences.map((w) => `${w.from}..${w.to}`).join(', ');
  const out: string[] = [
    t('cli.report.head', { leader: report.leaderId, windows, archival: report.onlyArchival ? t('cli.report.archivalOnly') : '' }),
    '',
    ...table(
      col('figure', 'count', 'share', 'of'),
      [
        [r('decisions'), report.decisionsTotal, '', ''],
        [r('restricted'), report.decisionsRestricted, '', ''],
        [r('withoutPoll'), report.decisionsWithoutPoll, '', ''],
        [r('meetings'), report.meetingsTotal, '', ''],
        [r('decisionsDuringAbsence'), report.decisionsDuringAbsence, formatRate('shareDuringAbsence', report), t('cli.report.ofDecisions')],
        [r('meetingsDuringAbsence'), report.meetingsDuringAbsence, '', ''],
        [r('protocols'), report.protocolsTotal, '', ''],
        [r('protocolsDuringAbsence'), report.protocolsDuringAbsence, '', ''],
        [
          r('meetingsWithoutLeader'),
          report.meetingsWithoutLeader ?? t('cli.report.unknown'),
          '',
          t('cli.report.attendance', { recorded: String(report.meetingsWithAttendance), total: String(report.meetingsTotal) }),
        ],
        [r('interventions'), report.interventions, formatRate('interventionRate', report), t('cli.report.ofDecisionsDuringAbsence')],
        [r('responses'), report.responses, formatRate('responseShare', report), t('cli.report.ofInterventions')],
        [r('initiatives'), report.initiatives, '', ''],
        [r('confirmedUnchanged'), report.confirmedUnchanged, formatRate('confirmationRate', report), t('cli.report.ofResponses')],
        [
          r('untouchedOrConfirmed'),
          report.decisionsDuringAbsence - report.interventions + report.confirmedUnchanged,
          formatRate('untouchedOrConfirmedRate', report),
          t('cli.report.ofDecisionsDuringAbsence'),
        ],
      ],
    ),
    '',
    t('cli.report.byMonth'),
    ...table(
      col('month', 'meeting', 'poll', 'withoutPoll'),
      report.decisionsByMonth.map((m) => [m.month || NO_VALUE, m.meeting, m.poll, m.withoutPoll]),
    ),
    '',
    t('cli.report.byChair'),
    ...table(
      col('chair', 'meetings'),
      report.meetingsByChair.map((c) => [c.chairId ?? NO_VALUE, c.meetings]),
    ),
    '',
    t('cli.report.byKind'),
    ...table(
      col('kind', 'messages', 'delivered', 'median', 'p90'),
      report.correspondenceByKind.map((k) => [t(`vocab.kind.${k.kind}`), k.messages, k.delivered, minutes(k.medianMinutes, lang), minutes(k.p90Minutes, lang)]),
    ),
    t('cli.report.replyLatency', {
      count: String(report.replyLatency.count),
      replies: String(report.replyLatency.replies),
      median: minutes(report.replyLatency.medianMinutes, lang),
      p90: minutes(report.replyLatency.p90Minutes, lang),
    }),
    '',
    t('cli.report.initiators'),
    ...table(
      col('member', 'decisions', 'duringAbsence', 'responses', 'initiatives'),
      report.initiators.map((m) => [m.memberId ?? NO_VALUE, m.decisions, m.decisionsDuringAbsence, m.responses, m.initiatives]),
    ),
  ];
  if (report.explanation) out.push('', ...formatExplanation(report, lang));
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

export const formatExplanation = (report: Report, lang: Lang = 'en'): string[] => {
  const e = report.explanation;
  if (!e) return [];
  const t = translator(lang);
  const head =
    e.rowsOf === e.key ? t('cli.report.rowsBehind', { key: e.key, count: String(e.rows.length) }) : t('cli.report.rowsBehindNumerator', { key: e.key, rowsOf: e.rowsOf, count: String(e.rows.length) });
  return [head, ...e.rows.map((r) => t('cli.report.rowAt', { table: r.table, row: String(r.row), values: describeRow(r) }))];
};

/** One JSON object: the figures as top-level fields (rates unrounded, null for a zero denominator), then the extras. */
export const reportToJson = (report: Report): string => `${JSON.stringify(report, null, 2)}\n`;
