import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { FigureBasis, ReadingsComparison } from '../api/types.ts';
import { bodyPath, href } from '../router.ts';
import { ErrorView, Loading } from './problem-text.tsx';
import { useAsync } from './use-async.ts';
import { pick, useLang } from '../i18n/pick.ts';

const show = (rate: boolean, v: number | null): string => (v === null ? '—' : rate ? `${Math.floor(v * 100 + 0.5)}%` : v.toLocaleString('en-US'));

/** A figure's basis as a tag: evidence-backed bases read differently from filler at a glance. */
export function BasisTag({ basis, label }: { basis: FigureBasis; label: string }) {
  const { t } = useTranslation();
  return (
    <span className={`tag basis basis-${basis}`} data-basis={basis} title={label}>
      {t(`readings.basis.${basis}`, { defaultValue: label })}
    </span>
  );
}

/**
 * Two readings of the same year side by side: each report figure under both shipped
 * scenarios, each value with what it rests on and its count over the archival rows alone.
 */
export function Readings({ a, b, absenceFrom, absenceTo }: { a: string; b: string; absenceFrom?: string; absenceTo?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const params = { ...(absenceFrom && absenceTo ? { absenceFrom, absenceTo } : {}) };
  const state = useAsync(() => api.compareScenarios(a, b, params), [a, b, absenceFrom, absenceTo]);
  const c: ReadingsComparison | undefined = state.data;
  return (
    <section className="card readings" aria-labelledby="readings-h" data-testid="readings">
      <h2 id="readings-h">{t('readings.title')}</h2>
      <p className="small muted">{t('readings.intro')}</p>
      <ErrorView error={state.error} />
      {state.loading && !c && <Loading />}
      {c && (
        <>
          <div className="table-wrap">
            <table className="plain readings-table">
              <thead>
                <tr>
                  <th scope="col">{t('readings.figure')}</th>
                  {c.scenarios.map((s) => (
                    <th scope="col" key={s.name} data-testid={`reading-head-${s.name}`}>
                      <a href={href(bodyPath(s.bodyId, 'report'))}>{s.name}</a>
                      <div className="small muted">{pick(lang, s.readingLabel, s.ru?.readingLabel)}</div>
                      <div className="small muted">
                        {t('readings.version')} <code>{s.version}</code>
                      </div>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {c.figures.map((f) => (
                  <tr key={f.key} data-testid={`reading-${f.key}`} className={f.same ? '' : 'differs'}>
                    <th scope="row">{t(`figure.${f.key}`, { defaultValue: f.key })}</th>
                    {f.values.map((v) => (
                      <td key={v.scenario} data-testid={`reading-${f.key}-${v.scenario}`} title={`${pick(lang, v.note, v.ru?.note)}${v.sourceIds.length ? ` [${v.sourceIds.join(', ')}]` : ''}`}>
                        <span className="reading-value" data-testid="reading-value">
                          {show(f.rate, v.value)}
                        </span>{' '}
                        <BasisTag basis={v.basis} label={pick(lang, v.basisLabel, v.ru?.basisLabel)} />
                        <div className="small muted">{t('readings.archivalRows', { value: show(f.rate, v.archivalValue) })}</div>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="small muted">{t('readings.legend')}</p>
          {c.scenarios.map((s) => (
            <p className="caveat" key={s.name}>
              <strong>{s.name}:</strong> {pick(lang, s.caveat, s.ru?.caveat)}{' '}
              <a href={api.scenarioSourcesUrl(s.name, 'csl-json')} download={`${s.name}-sources.json`}>
                CSL-JSON
              </a>{' '}
              ·{' '}
              <a href={api.scenarioSourcesUrl(s.name, 'bibtex')} download={`${s.name}-sources.bib`}>
                BibTeX
              </a>
            </p>
          ))}
        </>
      )}
    </section>
  );
}
