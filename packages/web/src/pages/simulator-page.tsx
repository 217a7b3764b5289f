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
/**
 * Seconds a run takes before this server has shown its own speed: measured on the 2-core test
 * machine, 5 runs of the 1934 preset in 21 s with other work running (about 4 s a run), 1.5 s a
 * run when idle. The page says the range, then replaces it with what it measures.
 */
const FIRST_GUESS_S = { low: 1.5, high: 4.5 };
const RATE_KEY = 'politburo.sim.secondsPerRun';
const HISTORY_KEY = 'politburo.sim.history';

const isRate = (k: FigureKey): boolean => (RATE_KEYS as readonly string[]).includes(k);
const fmt = (k: FigureKey, v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : isRate(k) ? `${(v * 100).toFixed(1)}%` : v.toLocaleString('en-US', { maximumFractionDigits: 1 });
const fmtDiff = (k: FigureKey, v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : `${v > 0 ? '+' : v < 0 ? '−' : '±'}${isRate(k) ? `${Math.abs(v * 100).toFixed(1)} pp` : Math.abs(v).toLocaleString('en-US', { maximumFractionDigits: 1 })}`;

/** One figure of a finished simulation: its spread over the runs, each run's value, and the published value if any. */
export interface SpreadRow {
  key: FigureKey;
  spread: Spread;
  values: number[];
  published?: number;
}

/** A comparison the user ran: the baseline job, and the counterfactual job on the same seeds when one was chosen. */
interface RunRecord {
  id: string;
  scenario: Counterfactual | '';
  runs: number;
  seed: number;
  startedAt: number;
  finishedAt?: number;
  baseline?: SimulationJob;
  counterfactual?: SimulationJob;
}

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted: number[], p: number): number | null => (sorted.length ? sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]! : null);

/** Counterfactual minus baseline, paired by seed: the mean difference and the 5–95% range of the per-run differences. */
export function pairedDifference(base: SimulationJob, cf: SimulationJob, k: FigureKey): Spread {
  const bySeed = new Map((base.result?.runs ?? []).map((r) => [r.seed, r.figures[k]]));
  const diffs = (cf.result?.runs ?? []).flatMap((r) => {
    const b = bySeed.get(r.seed);
    const c = r.figures[k];
    return typeof b === 'number' && typeof c === 'number' ? [c - b] : [];
  });
  diffs.sort((a, z) => a - z);
  return { mean: diffs.length ? diffs.reduce((s, x) => s + x, 0) / diffs.length : null, p5: percentile(diffs, 0.05), p95: percentile(diffs, 0.95), n: diffs.length };
}

const jobsOf = (r: RunRecord): SimulationJob[] => [r.baseline, r.counterfactual].filter((j): j is SimulationJob => !!j);
const isDone = (r: RunRecord): boolean => jobsOf(r).length === (r.scenario ? 2 : 1) && jobsOf(r).every((j) => j.status !== 'running');

const loadHistory = (): RunRecord[] => {
  try {
    return JSON.parse(sessionStorage.getItem(HISTORY_KEY) ?? '[]') as RunRecord[];
  } catch {
    return [];
  }
};

/** Run a preset beside a counterfactual, watch the progress, and keep each comparison for later. */
export default function SimulatorPage() {
  const { t } = useTranslation();
  const [scenario, setScenario] = useState<Counterfactual | ''>('');
  const [runs, setRuns] = useState(10);
  const [seed, setSeed] = useState(1934);
  const [history, setHistory] = useState<RunRecord[]>(loadHistory);
  const [shownId, setShownId] = useState<string | undefined>(() => loadHistory()[0]?.id);
  const [error, setError] = useState<unknown>();
  const [now, setNow] = useState(Date.now());
  const scenarios = useAsync(() => api.scenarios(), []);
  const s1934 = scenarios.data?.scenarios.find((s) => s.id === '1934');
  const published = new Map<string, PublishedFigure>((s1934?.publishedFigures ?? []).map((f) => [f.key, f]));

  const update = (id: string, patch: (r: RunRecord) => RunRecord) =>
    setHistory((h) => {
      const next = h.map((r) => (r.id === id ? patch(r) : r));
      sessionStorage.setItem(HISTORY_KEY, JSON.stringify(next.filter(isDone).slice(0, 12)));
      return next;
    });

  const current = history.find((r) => !isDone(r));
  const currentId = current?.id;
  // biome-ignore lint/correctness/useExhaustiveDependencies: one poll loop per running comparison, whatever renders in between
  useEffect(() => {
    if (!current) return;
    // The loop keeps its own copy of the record: the jobs' ids are fixed, only their progress moves.
    let r: RunRecord = current;
    let stop = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const look = (j: SimulationJob | undefined) => (j && j.status === 'running' ? api.simulation(j.id) : Promise.resolve(j));
    const tick = async () => {
      try {
        const [b, c] = await Promise.all([look(r.baseline), look(r.counterfactual)]);
        if (stop) return;
        r = { ...r, ...(b ? { baseline: b } : {}), ...(c ? { counterfactual: c } : {}) };
        setNow(Date.now());
        if (isDone(r)) {
          r.finishedAt = Date.now();
          const total = jobsOf(r).reduce((sum, x) => sum + x.progress.total, 0);
          // What this server just showed becomes the next estimate.
          if (total > 0) localStorage.setItem(RATE_KEY, String((r.finishedAt - r.startedAt) / 1000 / total));
        }
        const done = r;
        update(done.id, () => done);
        if (!isDone(r)) timer = setTimeout(tick, POLL_MS);
      } catch (e) {
        if (!stop) setError(e);
      }
    };
    timer = setTimeout(tick, POLL_MS);
    return () => {
      stop = true;
      if (timer) clearTimeout(timer);
    };
  }, [currentId]);

  const start = async () => {
    setError(undefined);
    const n = Math.min(MAX_RUNS, Math.max(1, Math.round(runs)));
    const id = `run-${Date.now().toString(36)}`;
    const record: RunRecord = { id, scenario, runs: n, seed, startedAt: Date.now() };
    try {
      // The same seeds for both, so each counterfactual run has its baseline twin to be compared with.
      const baseline = await api.startSimulation({ preset: '1934', runs: n, seed });
      const counterfactual = scenario ? await api.startSimulation({ preset: '1934', scenario, runs: n, seed }) : undefined;
      const r = { ...record, baseline, ...(counterfactual ? { counterfactual } : {}) };
      setHistory((h) => [r, ...h]);
      setShownId(id);
    } catch (e) {
      setError(e);
    }
  };

  const shown = history.find((r) => r.id === shownId) ?? history[0];
  const measured = Number(localStorage.getItem(RATE_KEY) ?? '');
  const plannedRuns = Math.min(MAX_RUNS, Math.max(1, Math.round(runs))) * (scenario ? 2 : 1);
  const whatOf = (r: RunRecord) => (r.scenario ? t(`sim.cf.${r.scenario}`) : t('sim.none'));

  return (
    <>
      <h1>{t('sim.title')}</h1>
      <p className="muted small">{t('sim.intro')}</p>
      <form
        className="card filters"
        data-testid="sim-form"
        onSubmit={(e) => {
          e.preventDefault();
          void start();
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
        <button type="submit" disabled={!!current}>
          {t('sim.run')}
        </button>
      </form>
      <p className="small muted" data-testid="sim-estimate">
        {measured > 0
          ? t('sim.estimateMeasured', { s: Math.round(measured * plannedRuns), per: measured.toFixed(1) })
          : t('sim.estimate', { low: Math.round(FIRST_GUESS_S.low * plannedRuns), high: Math.round(FIRST_GUESS_S.high * plannedRuns), jobs: scenario ? 2 : 1, runs: plannedRuns / (scenario ? 2 : 1) })}{' '}
        {t('sim.estimateNote')} {t('sim.loginHint')}
      </p>
      <ErrorView error={error} />
      {shown && <Status record={shown} now={now} what={whatOf(shown)} />}
      {shown && isDone(shown) && shown.baseline?.result && <Results record={shown} published={published} caveat={s1934?.caveat} what={whatOf(shown)} />}
      <section className="card" aria-labelledby="earlier-h" data-testid="sim-history">
        <h2 id="earlier-h">{t('sim.earlier')}</h2>
        {history.length === 0 ? (
          <p className="muted small">{t('sim.earlierNone')}</p>
        ) : (
          <div className="table-wrap">
            <table className="plain">
              <thead>
                <tr>
                  <th scope="col">{t('sim.counterfactual')}</th>
                  <th scope="col">{t('sim.runs')}</th>
                  <th scope="col">{t('sim.seed')}</th>
                  <th scope="col">{t('sim.status')}</th>
                  <th scope="col">{t('figure.decisionsTotal')}</th>
                  <th scope="col">
                    <span className="sr-label">{t('sim.show')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {history.map((r) => {
                  const b = r.baseline?.result?.spreads.decisionsTotal?.mean;
                  const c = r.counterfactual?.result?.spreads.decisionsTotal?.mean;
                  return (
                    <tr key={r.id} data-testid="sim-history-row">
                      <td>{whatOf(r)}</td>
                      <td className="num">{r.runs}</td>
                      <td className="num">{r.seed}</td>
                      <td>
                        {isDone(r) ? t('sim.state.done') : t('sim.state.running')}
                        {r.finishedAt && <span className="muted small"> · {t('sim.took', { s: Math.round((r.finishedAt - r.startedAt) / 1000) })}</span>}
                      </td>
                      <td className="num">
                        {fmt('decisionsTotal', b)}
                        {c !== undefined && ` → ${fmt('decisionsTotal', c)}`}
                      </td>
                      <td>
                        {r.id === shown?.id ? (
                          <span className="muted small">{t('sim.shown')}</span>
                        ) : (
                          <button type="button" className="secondary" onClick={() => setShownId(r.id)}>
                            {t('sim.show')}
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

function Status({ record, now, what }: { record: RunRecord; now: number; what: string }) {
  const { t } = useTranslation();
  const jobs = jobsOf(record);
  const done = jobs.reduce((s, j) => s + j.progress.done, 0);
  const total = jobs.reduce((s, j) => s + j.progress.total, 0) || record.runs * (record.scenario ? 2 : 1);
  const running = !isDone(record);
  const failed = jobs.find((j) => j.status === 'failed');
  const elapsed = ((record.finishedAt ?? now) - record.startedAt) / 1000;
  // Remaining time from the speed this comparison has shown so far.
  const left = running && done > 0 ? Math.max(0, Math.round((elapsed / done) * (total - done))) : undefined;
  return (
    <section className="card" aria-live="polite" data-testid="sim-status">
      <p>
        {t('sim.status')}: <strong data-testid="sim-state">{t(`sim.state.${failed ? 'failed' : running ? 'running' : 'done'}`)}</strong> · {what} ·{' '}
        {t('sim.runsDone', { done, total })}
        {left !== undefined && <span className="muted small"> · {t('sim.remaining', { s: left })}</span>}
        {!running && <span className="muted small"> · {t('sim.took', { s: Math.round(elapsed) })}</span>}
      </p>
      <progress className="progress" data-testid="sim-progress" max={total} value={done} aria-label={t('sim.progress')} />
      {failed && <p className="notice">{failed.error}</p>}
    </section>
  );
}

function Results({ record, published, caveat, what }: { record: RunRecord; published: Map<string, PublishedFigure>; caveat: string | undefined; what: string }) {
  const { t } = useTranslation();
  const base = record.baseline!;
  const cf = record.counterfactual;
  const rowsOf = (job: SimulationJob): SpreadRow[] => {
    const result = job.result!;
    return FIGURES.filter((k) => result.spreads[k] !== undefined).map((k) => {
      const p = published.get(k)?.value ?? result.published[k as keyof typeof result.published];
      return {
        key: k,
        spread: result.spreads[k],
        values: result.runs.map((r) => r.figures[k]).filter((v): v is number => typeof v === 'number'),
        ...(typeof p === 'number' ? { published: p } : {}),
      };
    });
  };
  const baseRows = rowsOf(base);
  const cfRows = cf?.result ? rowsOf(cf) : undefined;
  const range = (k: FigureKey, s: Spread | undefined, f = fmt) => (s && s.p5 !== null ? `${f(k, s.p5)} – ${f(k, s.p95)}` : '—');
  const chartRows = (cfRows ?? baseRows).filter((r) => r.published !== undefined && r.published !== 0 && r.values.length > 0);
  return (
    <section className="card" data-testid="sim-results">
      <h2>
        {cf ? t('sim.sideBySide') : t('sim.compare')} <span className="tag synthetic">{t('provenance.synthetic')}</span>
      </h2>
      <p className="small muted">{t('sim.syntheticNote', { runs: base.result!.runs.length, what })}</p>
      {cf && <p className="small muted">{t('sim.diffNote')}</p>}
      {caveat && (
        <p className="caveat" data-testid="provenance-caveat">
          {caveat}
        </p>
      )}
      <div className="table-wrap">
        <table className="plain sim-table">
          <thead>
            <tr>
              <th scope="col">{t('sim.figure')}</th>
              <th scope="col">{t('sim.published')}</th>
              <th scope="col">{cf ? t('sim.baseline') : t('sim.mean')}</th>
              {cf && <th scope="col">{t('sim.cfColumn', { what })}</th>}
              {cf && <th scope="col">{t('sim.difference')}</th>}
            </tr>
          </thead>
          <tbody>
            {baseRows.map((r) => {
              const pub = published.get(r.key);
              const c = cfRows?.find((x) => x.key === r.key);
              const d = cf ? pairedDifference(base, cf, r.key) : undefined;
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
                    <strong>{fmt(r.key, r.spread.mean)}</strong>
                    <div className="small muted">{range(r.key, r.spread)}</div>
                  </td>
                  {cf && (
                    <td className="num" data-testid={`sim-cf-${r.key}`}>
                      <strong>{fmt(r.key, c?.spread.mean)}</strong>
                      <div className="small muted">{range(r.key, c?.spread)}</div>
                    </td>
                  )}
                  {d && (
                    <td className="num" data-testid={`sim-diff-${r.key}`}>
                      <strong>{fmtDiff(r.key, d.mean)}</strong>
                      <div className="small muted">{range(r.key, d, fmtDiff)}</div>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Suspense fallback={<Loading />}>
        <SpreadChart rows={chartRows} />
      </Suspense>
    </section>
  );
}
