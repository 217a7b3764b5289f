import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { COUNT_KEYS, type PublishedFigure, RATE_KEYS, type ReportData, type ReportKey } from '../api/report-types.ts';
import { useBody } from '../components/body-context.tsx';
import { useFormat } from '../components/format.ts';
import { ErrorView, Loading } from '../components/problem-text.tsx';
import { Readings } from '../components/readings.tsx';
import { useAsync } from '../components/use-async.ts';
import { useBodyStream, useDebounced } from '../components/use-body-stream.ts';
import { useMembers } from '../components/use-members.ts';
import { bodyPath, href, navigate, useRoute } from '../router.ts';
import { pick, useLang } from '../i18n/pick.ts';
import { DateInput } from '../components/date-input.tsx';

// Observable Plot and d3 load in their own chunk, after the figures are on screen.
const ReportCharts = lazy(() => import('../components/report-charts.tsx'));

const KEYS: ReportKey[] = [...COUNT_KEYS, ...RATE_KEYS];
const isRate = (k: ReportKey): boolean => (RATE_KEYS as readonly string[]).includes(k);
/** Numbers as the interface's language groups them ("3,945" / "3 945"); read at call time, so a switch re-renders them. */
const fmt = (k: ReportKey, v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : isRate(k) ? `${Math.floor(v * 100 + 0.5)}%` : v.toLocaleString(document.documentElement.lang === 'ru' ? 'ru-RU' : 'en-US');

interface Period {
  bodyId: string;
  absenceFrom: string;
  absenceTo: string;
  onlyArchival: boolean;
}

const paramsOf = (p: Period) => ({
  ...(p.absenceFrom ? { absenceFrom: p.absenceFrom } : {}),
  ...(p.absenceTo ? { absenceTo: p.absenceTo } : {}),
  ...(p.onlyArchival ? { onlyArchival: 'true' } : {}),
});

/** "Who decided?": the report's figures, each down to its rows; two periods or two records side by side. */
export default function ReportPage() {
  const { t } = useTranslation();
  const { bodyId, body } = useBody();
  const f = useFormat();
  const route = useRoute();
  const q = route.query;
  const a: Period = { bodyId, absenceFrom: q.get('from') ?? '', absenceTo: q.get('to') ?? '', onlyArchival: q.get('archival') === 'true' };
  const compare = q.get('compare') === '1';
  const b: Period = { bodyId: q.get('bBody') ?? bodyId, absenceFrom: q.get('bFrom') ?? '', absenceTo: q.get('bTo') ?? '', onlyArchival: q.get('bArchival') === 'true' };
  const set = (patch: Record<string, string | undefined>) => {
    const cur: Record<string, string> = {};
    q.forEach((v, k) => {
      cur[k] = v;
    });
    navigate(bodyPath(bodyId, 'report'), { ...cur, ...patch }, true);
  };
  const report = useAsync(() => api.report(bodyId, paramsOf(a)) as Promise<unknown> as Promise<ReportData>, [bodyId, a.absenceFrom, a.absenceTo, a.onlyArchival]);
  const reportB = useAsync(
    () => (compare ? (api.report(b.bodyId, paramsOf(b)) as Promise<unknown> as Promise<ReportData>) : Promise.resolve(undefined)),
    [compare, b.bodyId, b.absenceFrom, b.absenceTo, b.onlyArchival],
  );
  const reload = useDebounced(() => {
    report.reload();
    if (compare) reportB.reload();
  }, 500);
  useBodyStream(bodyId, ['DecisionRegistered', 'InterventionRecorded', 'MessageDelivered', 'MeetingClosed'], reload);
  const scenarios = useAsync(() => api.scenarios(), []);
  const scenario = scenarios.data?.scenarios.find((s) => s.bodyId === body?.scenario || s.id === body?.scenario || s.bodyId === bodyId);
  const published = scenario?.publishedFigures ?? [];
  const lang = useLang();
  const caveat = pick(lang, scenario?.caveat ?? '', scenario?.ru?.caveat);
  const bodies = useAsync(() => api.bodies(), []);
  const [explainKey, setExplainKey] = useState<ReportKey | null>(null);
  // One panel of provenance notes, numbered in the cards' order; a card carries only its note's number.
  const notes: Array<{ caveat: string; text: string; figures: PublishedFigure[] }> = [];
  for (const k of KEYS) {
    const pub = published.find((f) => f.key === k);
    if (!pub) continue;
    const n = notes.find((x) => x.caveat === pub.caveat);
    if (n) n.figures.push(pub);
    else notes.push({ caveat: pub.caveat, text: pick(lang, pub.caveat, pub.ru?.caveat), figures: [pub] });
  }
  const noteOf = (c: string) => notes.findIndex((x) => x.caveat === c) + 1;

  return (
    <>
      <h1>{t('report.title')}</h1>
      <p className="muted small">{t('report.intro')}</p>
      <form className="filters card" aria-label={t('report.period')} onSubmit={(e) => e.preventDefault()}>
        <PeriodFields label={t('report.periodA')} p={a} onChange={(p) => set({ from: p.absenceFrom, to: p.absenceTo, archival: p.onlyArchival ? 'true' : undefined })} />
        <label className="inline">
          <input type="checkbox" checked={compare} onChange={(e) => set({ compare: e.target.checked ? '1' : undefined })} />
          {t('report.compare')}
        </label>
      </form>
      {compare && (
        <form className="filters card" aria-label={t('report.periodB')} onSubmit={(e) => e.preventDefault()}>
          <label>
            {t('report.bodyB')}
            <select value={b.bodyId} onChange={(e) => set({ bBody: e.target.value })}>
              {(bodies.data?.bodies ?? [{ id: bodyId, name: bodyId, nameRu: null }]).map((x) => (
                <option key={x.id} value={x.id}>
                  {pick(lang, x.name, x.nameRu ?? undefined)}
                </option>
              ))}
            </select>
          </label>
          <PeriodFields label={t('report.periodB')} p={b} onChange={(p) => set({ bFrom: p.absenceFrom, bTo: p.absenceTo, bArchival: p.onlyArchival ? 'true' : undefined })} />
        </form>
      )}
      <ErrorView error={report.error} />
      {report.loading && !report.data && <Loading />}
      {report.data && (
        <>
          {report.data.absences?.length > 0 && (
            <p className="small muted">{t('report.absences', { list: report.data.absences.map((w) => `${f.date(w.from)} – ${f.date(w.to)}`).join(', ') })}</p>
          )}
          <div className="grid" data-testid="figures">
            {KEYS.map((k) => {
              const pub = published.find((f) => f.key === k);
              const v = report.data?.[k];
              const vb = reportB.data?.[k];
              return (
                <div key={k}>
                  <button type="button" className="figure" data-testid={`figure-${k}`} onClick={() => setExplainKey(k)}>
                    <div className="small muted">{t(`figure.${k}`)}</div>
                    <div className="value" data-testid={`value-${k}`}>
                      {k === 'meetingsWithoutLeader' && v === null ? t('report.unknown') : fmt(k, v)}
                    </div>
                    {k === 'meetingsWithoutLeader' && report.data && (
                      <div className="small muted" data-testid="attendance-basis">
                        {t('report.attendanceBasis', { recorded: report.data.meetingsWithAttendance, total: report.data.meetingsTotal })}
                      </div>
                    )}
                    {k === 'decisionsTotal' && report.data && report.data.decisionsRestricted > 0 && (
                      <div className="small muted" data-testid="special-folder-share">
                        {t('report.ofWhichRestricted', { count: report.data.decisionsRestricted, formatted: report.data.decisionsRestricted.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-US') })}
                      </div>
                    )}
                    {compare && reportB.data && (
                      <div className="delta">
                        {t('report.inB')}: <strong>{fmt(k, vb)}</strong>
                      </div>
                    )}
                    {pub && (
                      <div className="published">
                        {t('report.published', { value: pick(lang, pub.quoted, pub.ru?.quoted) })}
                        {isRate(k) ? '' : typeof v === 'number' && v === pub.value ? ' ✓' : ''}{' '}
                        <span className={`tag badge badge-${pub.provenance}`} data-testid={`badge-${k}`}>
                          {t(`provenance.level.${pub.provenance}`)} · {t('report.note', { n: noteOf(pub.caveat) })}
                        </span>
                      </div>
                    )}
                    {/* Heard after the visible text, so the button's name starts with what it shows. */}
                    <span className="sr-label">{t('report.drill')}</span>
                  </button>
                </div>
              );
            })}
          </div>
          {explainKey && <Explain bodyId={bodyId} k={explainKey} params={paramsOf(a)} onClose={() => setExplainKey(null)} />}
          {(caveat || notes.length > 0) && (
            <section className="card caveats" aria-labelledby="caveats-h" data-testid="caveats-panel">
              <h2 id="caveats-h">{t('report.caveatsTitle')}</h2>
              {caveat && (
                <p className="caveat" data-testid="provenance-caveat">
                  {caveat}
                </p>
              )}
              <p className="small muted">{t('report.caveatsIntro')}</p>
              <ol className="small">
                {notes.map((n) => (
                  <li key={n.caveat} data-testid="caveat-note">
                    {n.text}
                    <div className="muted">
                      {t('report.appliesTo')}:{' '}
                      {n.figures.map((f, i) => (
                        <span key={f.key}>
                          {i > 0 && '; '}
                          {t(`figure.${f.key}`)} (<span data-testid={`status-${f.key}`}>{pick(lang, f.status, f.ru?.status) || t(`provenance.level.${f.provenance}`)}</span>)
                        </span>
                      ))}
                    </div>
                  </li>
                ))}
              </ol>
            </section>
          )}
          {scenario?.counterpart && (
            <Readings
              a={scenario.reading === 'evidence' ? scenario.counterpart : scenario.id}
              b={scenario.reading === 'evidence' ? scenario.id : scenario.counterpart}
              absenceFrom={a.absenceFrom}
              absenceTo={a.absenceTo}
            />
          )}
          <Suspense fallback={<Loading />}>
            <ReportCharts bodyId={bodyId} report={report.data} compareWith={compare ? reportB.data : undefined} />
          </Suspense>
        </>
      )}
    </>
  );
}

function PeriodFields({ label, p, onChange }: { label: string; p: Period; onChange: (p: Period) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="filters" style={{ border: 0, padding: 0, margin: 0 }}>
      <legend className="small">{label}</legend>
      <label>
        {t('report.absenceFrom')}
        <DateInput value={p.absenceFrom} onChange={(v) => onChange({ ...p, absenceFrom: v })} />
      </label>
      <label>
        {t('report.absenceTo')}
        <DateInput value={p.absenceTo} onChange={(v) => onChange({ ...p, absenceTo: v })} />
      </label>
      <label className="inline">
        <input type="checkbox" checked={p.onlyArchival} onChange={(e) => onChange({ ...p, onlyArchival: e.target.checked })} />
        {t('report.onlyArchival')}
      </label>
    </fieldset>
  );
}

function Explain({ bodyId, k, params, onClose }: { bodyId: string; k: ReportKey; params: Record<string, string>; onClose: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);

  const { name } = useMembers(bodyId);
  const state = useAsync(() => api.explain(bodyId, k, params), [bodyId, k, JSON.stringify(params)]);
  const rows = state.data?.rows ?? [];
  // The rows come up where the reader looks and the keyboard goes with them; again once they have
  // loaded, since what loads above (badges, notes) may have moved the heading meanwhile.
  // biome-ignore lint/correctness/useExhaustiveDependencies: on every newly chosen figure, and when its rows arrive
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [k, state.loading]);
  const LIMIT = 500;
  return (
    <section className="card" aria-labelledby="explain-h" data-testid="explain">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="explain-h" ref={heading} tabIndex={-1} data-testid="explain-heading">
          {t('report.rowsBehind', { figure: t(`figure.${k}`) })}
        </h2>
        <button type="button" className="secondary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <ErrorView error={state.error} />
      {state.loading && <Loading />}
      {state.data && (
        <>
          <p className="small muted">
            {t('report.rowCount', { count: rows.length })}
            {state.data.hidden > 0 && ` · ${t('common.hiddenRows', { count: state.data.hidden })}`}
          </p>
          <ul className="small">
            {rows.slice(0, LIMIT).map((r) => {
              const v = r.values;
              const table = r.table;
              const decisionId = String(table === 'decisions' ? (v.id ?? '') : (r.decisionId ?? v.decision_id ?? ''));
              // an intervention row names its decision by the title the server adds (absent when the viewer may not see it)
              const label = String(r.decisionTitle ?? v.title ?? v.item_title ?? v.summary ?? v.date ?? v.id ?? '');
              return (
                <li key={`${table}-${r.row}`} data-testid="explain-row">
                  <span className="tag">{t(`table.${table}`, { defaultValue: table })}</span>{' '}
                  {decisionId ? <a href={href(bodyPath(bodyId, 'decision', decisionId))}>{label || decisionId}</a> : table === 'meetings' && v.id ? <a href={href(bodyPath(bodyId, 'meetings', String(v.id)))}>{label}</a> : label}
                  {v.date && v.title ? <span className="muted"> · {String(v.date)}</span> : null}
                  {v.member_id ? <span className="muted"> · {name(String(v.member_id))}</span> : null}
                  {v.origin ? <span className="muted"> · {t(`origin.${String(v.origin)}`, { defaultValue: String(v.origin) })}</span> : null}
                  {v.outcome ? <span className="muted"> · {t(`outcome.${String(v.outcome)}`, { defaultValue: String(v.outcome) })}</span> : null}
                  {v.basis ? <span className="muted small"> — {String(v.basis)}</span> : null}
                  {r.current ? (
                    <span className="muted small" data-testid="explain-current">
                      {' '}
                      — {t('item.current')}: {r.current.wording} ({t('item.asAmendedBy', { label: r.current.label })})
                    </span>
                  ) : null}
                  {v.synthetic === true || v.synthetic === 'true' ? <span className="tag synthetic">{t('provenance.synthetic')}</span> : null}
                </li>
              );
            })}
          </ul>
          {rows.length > LIMIT && <p className="muted small">{t('report.more', { count: rows.length - LIMIT })}</p>}
        </>
      )}
    </section>
  );
}
