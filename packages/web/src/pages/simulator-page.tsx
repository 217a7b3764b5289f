import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { COUNT_KEYS, RATE_KEYS } from '../api/report-types.ts';
import { COUNTERFACTUALS, type Counterfactual, type FigureKey, type PublishedFigure, type SimulationJob, type Spread } from '../api/types.ts';
import { ErrorView, Loading } from '../components/problem-text.tsx';
import { useAsync } from '../components/use-async.ts';

const SpreadChart = lazy(() => import('../components/spread-chart.tsx'));

/** The figures shown, in the report's order; the two correspondence figures only the simulator has come last. */
const FIGURES: FigureKey[] = [...COUNT_KEYS, ...RATE_KEYS, 'replyLatencyMedianMinutes', 'messages'];
const MAX_RUNS = 50;
const POLL_MS = 500;

const isRate = (k: FigureKey): boolean => (RATE_KEYS as readonly string[]).includes(k);
const fmt = (k: FigureKey, v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : isRate(k) ? `${(v * 100).toFixed(1)}%` : v.toLocaleString('en-US', { maximumFractionDigits: 1 });

/** One figure of a finished simulation: its spread over the runs, each run's value, and the published value if any. */
export interface SpreadRow {
  key: FigureKey;
  spread: Spread;
  values: number[];
  published?: number;
}

/** Run a preset or a counterfactual, watch its progress, and compare its spread with the published figures. */
export default function SimulatorPage() {
  const { t } = useTranslation();
  const [scenario, setScenario] = useState<Counterfactual | ''>('');
  const [runs, setRuns] = useState(10);
  const [seed, setSeed] = useState(1934);
  const [job, setJob] = useState<SimulationJob>();
  const [error, setError] = useState<unknown>();
  const scenarios = useAsync(() => api.scenarios(), []);
  const s1934 = scenarios.data?.scenarios.find((s) => s.id === '1934');
  const published = new Map<string, PublishedFigure>((s1934?.publishedFigures ?? []).map((f) => [f.key, f]));

  const id = job?.id;
  const running = job?.status === 'running';
  useEffect(() => {
    if (!id || !running) return;
    let stop = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () =>
      api.simulation(id).then(
        (j) => {
          if (stop) return;
          setJob(j);
          if (j.status === 'running') timer = setTimeout(tick, POLL_MS);
        },
        (e: unknown) => !stop && setError(e),
      );
    timer = setTimeout(tick, POLL_MS);
    return () => {
      stop = true;
      if (timer) clearTimeout(timer);
    };
  }, [id, running]);

  const result = job?.status === 'done' ? job.result : undefined;
  const rows: SpreadRow[] = result
    ? FIGURES.filter((k) => result.spreads[k] !== undefined).map((k) => {
        const p = published.get(k)?.value ?? result.published[k as keyof typeof result.published];
        return {
          key: k,
          spread: result.spreads[k],
          values: result.runs.map((r) => r.figures[k]).filter((v): v is number => typeof v === 'number'),
          ...(typeof p === 'number' ? { published: p } : {}),
        };
      })
    : [];
  const what = job ? (job.request.scenario ? t(`sim.cf.${job.request.scenario}`) : t('sim.none')) : '';

  return (
    <>
      <h1>{t('sim.title')}</h1>
      <p className="muted small">{t('sim.intro')}</p>
      <form
        className="card filters"
        data-testid="sim-form"
        onSubmit={(e) => {
          e.preventDefault();
          setError(undefined);
          setJob(undefined);
          api.startSimulation({ preset: '1934', ...(scenario ? { scenario } : {}), runs: Math.min(MAX_RUNS, Math.max(1, Math.round(runs))), seed }).then(setJob, setError);
        }}
      >
        <label>
          {t('sim.preset')}
          <select name="preset" disabled value="1934">
            <option value="1934">1934</option>
          </select>
        </label>
        <label>
          {t('sim.counterfactual')}
          <select name="scenario" value={scenario} onChange={(e) => setScenario(e.target.value as Counterfactual | '')}>
            <option value="">{t('sim.none')}</option>
            {COUNTERFACTUALS.map((c) => (
              <option key={c} value={c}>
                {t(`sim.cf.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('sim.runs')}
          <input name="runs" type="number" min={1} max={MAX_RUNS} value={runs} onChange={(e) => setRuns(Number(e.target.value))} />
        </label>
        <label>
          {t('sim.seed')}
          <input name="seed" type="number" min={0} value={seed} onChange={(e) => setSeed(Number(e.target.value))} />
        </label>
        <button type="submit" disabled={running}>
          {t('sim.run')}
        </button>
      </form>
      <p className="small muted">{t('sim.loginHint')}</p>
      <ErrorView error={error} />
      {job && (
        <section className="card" aria-live="polite" data-testid="sim-status">
          <p>
            {t('sim.status')}: <strong data-testid="sim-state">{t(`sim.state.${job.status}`)}</strong> · {what} · {t('sim.runsDone', { done: job.progress.done, total: job.progress.total })}
          </p>
          <progress className="progress" data-testid="sim-progress" max={job.progress.total} value={job.progress.done} aria-label={t('sim.progress')} />
          {job.status === 'failed' && <p className="notice">{job.error}</p>}
        </section>
      )}
      {result && (
        <section className="card" data-testid="sim-results">
          <h2>
            {t('sim.compare')} <span className="tag synthetic">{t('provenance.synthetic')}</span>
          </h2>
          <p className="small muted">{t('sim.syntheticNote', { runs: result.runs.length, what })}</p>
          {s1934?.caveat && (
            <p className="caveat" data-testid="provenance-caveat">
              {s1934.caveat}
            </p>
          )}
          <div className="table-wrap">
            <table className="plain">
              <thead>
                <tr>
                  <th scope="col">{t('sim.figure')}</th>
                  <th scope="col">{t('sim.published')}</th>
                  <th scope="col">
                    {t('sim.mean')} <span className="tag synthetic">{t('provenance.synthetic')}</span>
                  </th>
                  <th scope="col">{t('sim.range')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const pub = published.get(r.key);
                  return (
                    <tr key={r.key} data-testid={`sim-row-${r.key}`}>
                      <th scope="row">{t(`figure.${r.key}`, { defaultValue: r.key })}</th>
                      <td className="num">
                        {pub ? (
                          <>
                            {pub.quoted} <span className="small muted">({t(`provenance.level.${pub.provenance}`)})</span>
                          </>
                        ) : r.published !== undefined ? (
                          fmt(r.key, r.published)
                        ) : (
                          '—'
                        )}
                      </td>
                      <td className="num" data-testid={`sim-mean-${r.key}`}>
                        {fmt(r.key, r.spread.mean)}
                      </td>
                      <td className="num">
                        {r.spread.p5 === null ? '—' : `${fmt(r.key, r.spread.p5)} – ${fmt(r.key, r.spread.p95)}`}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <Suspense fallback={<Loading />}>
            <SpreadChart rows={rows.filter((r) => r.published !== undefined && r.published !== 0 && r.values.length > 0)} />
          </Suspense>
        </section>
      )}
    </>
  );
}
