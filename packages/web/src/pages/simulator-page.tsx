import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/client.ts';
import type { SimulationStatus } from '../api/types.ts';
import { ErrorView, Loading } from '../components/problem-text.tsx';

const SpreadChart = lazy(() => import('../components/spread-chart.tsx'));

/** The published 1934 counts the 1934 preset is calibrated to (docs: shared/domain/published-figures.md). */
export const TARGETS_1934: Record<string, number> = {
  decisionsTotal: 3945,
  meetingsTotal: 46,
  decisionsDuringAbsence: 1038,
  meetingsDuringAbsence: 16,
  interventions: 119,
  responses: 91,
  confirmedUnchanged: 76,
};
const COUNTERFACTUALS = ['', 'telephone', 'no-absence', 'no-deputy-referrals', 'short-holiday'];

/** Run a preset or a counterfactual, watch its progress, and compare its spread with the published figures. */
export default function SimulatorPage() {
  const { t } = useTranslation();
  const [scenario, setScenario] = useState('');
  const [runs, setRuns] = useState(20);
  const [seed, setSeed] = useState(1934);
  const [id, setId] = useState<string>();
  const [status, setStatus] = useState<SimulationStatus>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    if (!id) return;
    let stop = false;
    const tick = () =>
      api.simulation(id).then(
        (s) => {
          if (stop) return;
          setStatus(s);
          if (s.status !== 'done' && s.status !== 'failed' && s.status !== 'error') setTimeout(tick, 500);
        },
        (e: unknown) => !stop && setError(e),
      );
    tick();
    return () => {
      stop = true;
    };
  }, [id]);
  const unavailable = error instanceof ApiError && (error.status === 503 || error.status === 404);
  const summary = summarize(status?.result);
  return (
    <>
      <h1>{t('sim.title')}</h1>
      <p className="muted small">{t('sim.intro')}</p>
      <form
        className="card filters"
        onSubmit={(e) => {
          e.preventDefault();
          setError(undefined);
          setStatus(undefined);
          api.startSimulation({ preset: '1934', ...(scenario ? { scenario } : {}), runs, seed }).then((r) => setId(r.id), setError);
        }}
      >
        <label>
          {t('sim.preset')}
          <select disabled value="1934">
            <option value="1934">1934</option>
          </select>
        </label>
        <label>
          {t('sim.counterfactual')}
          <select value={scenario} onChange={(e) => setScenario(e.target.value)}>
            {COUNTERFACTUALS.map((c) => (
              <option key={c} value={c}>
                {c ? t(`sim.cf.${c}`) : t('sim.none')}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('sim.runs')}
          <input type="number" min={1} max={1000} value={runs} onChange={(e) => setRuns(Number(e.target.value))} />
        </label>
        <label>
          {t('sim.seed')}
          <input type="number" value={seed} onChange={(e) => setSeed(Number(e.target.value))} />
        </label>
        <button type="submit">{t('sim.run')}</button>
      </form>
      {unavailable ? <p className="notice">{t('sim.unavailable')}</p> : <ErrorView error={error} />}
      {status && (
        <section className="card" aria-live="polite">
          <p>
            {t('sim.status')}: <strong>{status.status}</strong>
          </p>
          <progress className="progress" max={1} value={status.progress ?? (status.status === 'done' ? 1 : 0)} aria-label={t('sim.progress')} />
        </section>
      )}
      {summary.length > 0 && (
        <section className="card">
          <h2>{t('sim.compare')}</h2>
          <div className="table-wrap">
            <table className="plain">
              <thead>
                <tr>
                  <th scope="col">{t('sim.figure')}</th>
                  <th scope="col">{t('sim.published')}</th>
                  <th scope="col">{t('sim.median')}</th>
                  <th scope="col">{t('sim.range')}</th>
                </tr>
              </thead>
              <tbody>
                {summary.map((s) => (
                  <tr key={s.key}>
                    <td>{t(`figure.${s.key}`, { defaultValue: s.key })}</td>
                    <td className="num">{TARGETS_1934[s.key]?.toLocaleString('en-US') ?? '—'}</td>
                    <td className="num">{s.median.toLocaleString('en-US')}</td>
                    <td className="num">
                      {s.min.toLocaleString('en-US')} – {s.max.toLocaleString('en-US')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Suspense fallback={<Loading />}>
            <SpreadChart rows={summary} targets={TARGETS_1934} />
          </Suspense>
        </section>
      )}
    </>
  );
}

export interface SpreadRow {
  key: string;
  values: number[];
  median: number;
  min: number;
  max: number;
}

/** The result's runs, figure by figure; tolerant of `runs: Report[]` or `figures: {key: number[]}`. */
function summarize(result: unknown): SpreadRow[] {
  if (!result || typeof result !== 'object') return [];
  const r = result as { runs?: Array<Record<string, unknown>>; reports?: Array<Record<string, unknown>>; figures?: Record<string, number[]> };
  const perKey = new Map<string, number[]>();
  const runs = r.runs ?? r.reports;
  if (Array.isArray(runs))
    for (const run of runs) {
      const rep = (run.report ?? run) as Record<string, unknown>;
      for (const k of Object.keys(TARGETS_1934)) if (typeof rep[k] === 'number') perKey.set(k, [...(perKey.get(k) ?? []), rep[k] as number]);
    }
  if (r.figures) for (const [k, v] of Object.entries(r.figures)) if (Array.isArray(v)) perKey.set(k, v);
  return [...perKey].map(([key, values]) => {
    const s = [...values].sort((a, z) => a - z);
    return { key, values, median: s[Math.floor((s.length - 1) / 2)] ?? 0, min: s[0] ?? 0, max: s[s.length - 1] ?? 0 };
  });
}
