import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { ReportData } from '../api/report-types.ts';
import type { Intervention, MessageView } from '../api/types.ts';
import { categoryScale, KIND_COLOURS, KIND_ORDER, marginFor, MODE_COLOURS, MODE_ORDER, ORIGIN_ORDER, OUTCOME_COLOURS, OUTCOME_ORDER } from './chart-categories.ts';
import { Plot, PlotFigure } from './plot-figure.tsx';
import { useAsync } from './use-async.ts';

const monthStart = (m: string) => new Date(`${m}-01T00:00:00Z`);
const nextMonth = (m: string) => {
  const d = monthStart(m);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d;
};
/** Whole-number ticks for a count axis up to `max`: a count of 1.5 decisions is not a thing. */
const countAxis = (max: number, label: string) => {
  // A round step (1, 2 or 5 times a power of ten) giving at most about six ticks.
  const raw = Math.max(1, max / 6);
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow);
  const ticks: number[] = [];
  for (let v = 0; v <= max + step - 1; v += step) ticks.push(v);
  return { grid: true, label, ticks, tickFormat: (d: number) => d.toLocaleString('en-US'), domain: [0, ticks[ticks.length - 1] ?? 1] };
};
const countBy = (xs: string[]): Map<string, number> => {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
};
/** A count axis labels whole numbers only (a histogram's automatic ticks may fall on halves). */
const wholeOnly = (d: number): string => (Number.isInteger(d) ? d.toLocaleString('en-US') : '');
const minutes = (a: string, z: string) => (Date.parse(`${z}:00Z`) - Date.parse(`${a}:00Z`)) / 60000;

/** The report's charts: decisions over time with the absence shaded, interventions, latencies. */
export default function ReportCharts({ bodyId, report, compareWith }: { bodyId: string; report: ReportData; compareWith?: ReportData | undefined }) {
  const { t } = useTranslation();
  const interventions = useAsync(() => api.interventions(bodyId).then((r) => r.interventions), [bodyId, report]);
  // All correspondence is for steering roles only; others see the summaries the report gives.
  const messages = useAsync(() => api.allMessages(bodyId).then((r) => r.messages).catch(() => null as MessageView[] | null), [bodyId, report]);
  const mayReadMail = messages.data !== null;

  const byMonth = useMemo(() => report.decisionsByMonth.flatMap((m) => [
    { month: m.month, x1: monthStart(m.month), x2: nextMonth(m.month), mode: 'meeting' as const, n: m.meeting },
    { month: m.month, x1: monthStart(m.month), x2: nextMonth(m.month), mode: 'poll' as const, n: m.poll },
  ]), [report]);
  const windows = useMemo(() => report.absences.map((w) => ({ x1: new Date(`${w.from}T00:00:00Z`), x2: new Date(`${w.to}T23:59:00Z`) })), [report]);
  const overTime = useCallback(
    (width: number): Plot.PlotOptions => ({
      height: 260,
      marginLeft: 44,
      x: { type: 'utc', label: null },
      y: countAxis(Math.max(1, ...report.decisionsByMonth.map((m) => m.meeting + m.poll)), t('chart.decisions')),
      color: categoryScale(MODE_ORDER, MODE_COLOURS, (m) => t(`mode.${m}`)),
      marks: [
        Plot.rectY(byMonth, Plot.stackY({ x1: 'x1', x2: 'x2', y: 'n', fill: 'mode', inset: 1, title: (d: (typeof byMonth)[number]) => `${d.month} ${t(`mode.${d.mode}`)}: ${d.n}` })),
        // The absence lies over the bars, translucent, so the months inside it read at a glance.
        Plot.rect(windows, { x1: 'x1', x2: 'x2', fill: '#3b2f7a', fillOpacity: 0.18, stroke: '#3b2f7a', strokeDasharray: '4,3' }),
        Plot.ruleY([0]),
        ...(width > 500 ? [Plot.text(windows, { x: 'x1', text: () => t('chart.absence'), frameAnchor: 'top', dx: 4, textAnchor: 'start', fill: '#4b3d7a' })] : []),
      ],
    }),
    [byMonth, windows, t, report],
  );

  const byOrigin = useMemo(
    () => (interventions.data ?? []).map((i: Intervention) => ({ origin: i.origin, outcome: i.outcome })),
    [interventions.data],
  );
  const interventionChart = useCallback(
    (): Plot.PlotOptions => ({
      height: 220,
      marginLeft: marginFor(ORIGIN_ORDER.map((o) => t(`origin.${o}`))),
      x: countAxis(Math.max(1, ...countBy(byOrigin.map((d) => d.origin)).values()), t('chart.interventions')),
      y: { label: null, domain: [...ORIGIN_ORDER], tickFormat: (o: string) => t(`origin.${o}`) },
      color: categoryScale(OUTCOME_ORDER, OUTCOME_COLOURS, (o) => t(`outcome.${o}`)),
      marks: [
        Plot.barX(byOrigin, Plot.groupY({ x: 'count' }, { y: 'origin', fill: 'outcome', order: [...OUTCOME_ORDER], title: (d: (typeof byOrigin)[number]) => t(`outcome.${d.outcome}`) })),
        Plot.ruleX([0]),
      ],
    }),
    [byOrigin, t],
  );

  const delivered = useMemo(
    () => (messages.data ?? []).filter((m) => m.sentAt && m.receivedAt).map((m) => ({ kind: m.kind, hours: minutes(m.sentAt!, m.receivedAt!) / 60 })),
    [messages.data],
  );
  const replies = useMemo(() => {
    const all = messages.data ?? [];
    const byId = new Map(all.map((m) => [m.id, m]));
    return all
      .filter((m) => m.inReplyTo && m.sentAt && byId.get(m.inReplyTo)?.receivedAt)
      .map((m) => ({ hours: minutes(byId.get(m.inReplyTo!)!.receivedAt!, m.sentAt!) / 60 }));
  }, [messages.data]);
  const latencyHist = useCallback(
    (): Plot.PlotOptions => ({
      height: 220,
      marginLeft: 44,
      x: { label: t('chart.hours') },
      y: { grid: true, label: t('chart.messages'), ticks: 5, tickFormat: wholeOnly },
      color: categoryScale(KIND_ORDER, KIND_COLOURS, (k) => t(`kind.${k}`)),
      marks: [Plot.rectY(delivered, Plot.binX<Plot.RectYOptions>({ y: 'count' }, { x: 'hours', fill: 'kind', thresholds: 24 })), Plot.ruleY([0])],
    }),
    [delivered, t],
  );
  const replyHist = useCallback(
    (): Plot.PlotOptions => ({
      height: 200,
      marginLeft: 44,
      x: { label: t('chart.hours') },
      y: { grid: true, label: t('chart.replies'), ticks: 5, tickFormat: wholeOnly },
      marks: [Plot.rectY(replies, Plot.binX<Plot.RectYOptions>({ y: 'count' }, { x: 'hours', fill: '#8a1c1c', thresholds: 24 })), Plot.ruleY([0])],
    }),
    [replies, t],
  );
  const summaries = useMemo(() => [
    ...report.correspondenceByKind.map((k) => ({ what: t(`kind.${k.kind}`, { defaultValue: k.kind }), median: k.medianMinutes, p90: k.p90Minutes, n: k.delivered, set: 'A' })),
    { what: t('chart.reply'), median: report.replyLatency.medianMinutes, p90: report.replyLatency.p90Minutes, n: report.replyLatency.replies, set: 'A' },
    ...(compareWith
      ? [
          ...compareWith.correspondenceByKind.map((k) => ({ what: t(`kind.${k.kind}`, { defaultValue: k.kind }), median: k.medianMinutes, p90: k.p90Minutes, n: k.delivered, set: 'B' })),
          { what: t('chart.reply'), median: compareWith.replyLatency.medianMinutes, p90: compareWith.replyLatency.p90Minutes, n: compareWith.replyLatency.replies, set: 'B' },
        ]
      : []),
  ].filter((s) => s.median !== null), [report, compareWith, t]);
  const summaryChart = useCallback(
    (): Plot.PlotOptions => ({
      height: 60 + summaries.length * 28,
      marginLeft: marginFor(summaries.map((d) => `${d.what} ${d.set}`), 110),
      marginRight: 16,
      // The domain holds every dot and every range end, with room for the dot's radius.
      x: { grid: true, label: t('chart.hoursMedianP90'), domain: [0, Math.max(1, ...summaries.map((d) => Math.max(d.median ?? 0, d.p90 ?? 0) / 60)) * 1.08], nice: true },
      y: { label: null },
      color: { legend: !!compareWith, domain: ['A', 'B'], range: ['#8a1c1c', '#2d5a6a'] },
      marks: [
        Plot.ruleY(summaries, { y: (d: (typeof summaries)[number]) => `${d.what} ${d.set}`, x1: (d: (typeof summaries)[number]) => (d.median ?? 0) / 60, x2: (d: (typeof summaries)[number]) => (d.p90 ?? 0) / 60, stroke: 'set', strokeWidth: 3 }),
        Plot.dot(summaries, { y: (d: (typeof summaries)[number]) => `${d.what} ${d.set}`, x: (d: (typeof summaries)[number]) => (d.median ?? 0) / 60, fill: 'set', r: 5, tip: true }),
      ],
    }),
    [summaries, compareWith, t],
  );

  return (
    <div className="cols" style={{ marginTop: '.8rem' }}>
      <section className="card" aria-labelledby="c1" style={{ gridColumn: '1 / -1' }}>
        <h2 id="c1">{t('chart.overTime')}</h2>
        <PlotFigure make={overTime} label={t('chart.overTime')} />
      </section>
      <section className="card" aria-labelledby="c2">
        <h2 id="c2">{t('chart.byOrigin')}</h2>
        {byOrigin.length ? <PlotFigure make={interventionChart} label={t('chart.byOrigin')} /> : <p className="muted">{t('chart.none')}</p>}
      </section>
      <section className="card" aria-labelledby="c3">
        <h2 id="c3">{t('chart.latencySummary')}</h2>
        {summaries.length ? <PlotFigure make={summaryChart} label={t('chart.latencySummary')} /> : <p className="muted">{t('chart.none')}</p>}
      </section>
      <section className="card" aria-labelledby="c4">
        <h2 id="c4">{t('chart.delivery')}</h2>
        {delivered.length ? <PlotFigure make={latencyHist} label={t('chart.delivery')} /> : <p className="muted">{mayReadMail ? t('chart.none') : t('chart.steerOnly')}</p>}
      </section>
      <section className="card" aria-labelledby="c5">
        <h2 id="c5">{t('chart.replyLatency')}</h2>
        {replies.length ? <PlotFigure make={replyHist} label={t('chart.replyLatency')} /> : <p className="muted">{mayReadMail ? t('chart.none') : t('chart.steerOnly')}</p>}
      </section>
    </div>
  );
}
