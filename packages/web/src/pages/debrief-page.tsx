import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { classApi, type Spread } from '../api/classes.ts';
import type { ReportExplain } from '../api/types.ts';
import { ErrorView, Loading } from '../components/problem-text.tsx';
import { useAsync } from '../components/use-async.ts';
import { useFormat } from '../components/format.ts';
import { groupName } from '../components/group-name.ts';
import { pick, useLang } from '../i18n/pick.ts';
import { bodyPath, href } from '../router.ts';

/** A figure in the interface's language: whole counts grouped, rates to two places, means to one. */
const formatter = (number: (n: number, digits?: number) => string) => {
  const fmt = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : Number.isInteger(v) ? number(v) : number(v, Math.abs(v) < 10 ? 2 : 1));
  const band = (s: Spread | undefined): string => (s ? `${fmt(s.mean)} (${fmt(s.p5)}–${fmt(s.p95)})` : '—');
  return { fmt, band };
};

/**
 * The debrief: for each figure, each group's run beside the quoted 1934 value (with its
 * sources), the archive's reading and the simulator's mean and 5–95% band; a click on a
 * group's figure lists that group's rows behind it. Then whether each deputy waited.
 */
export default function DebriefPage({ classId }: { classId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const f = useFormat();
  const { fmt, band } = formatter(f.number);
  const d = useAsync(() => classApi.debrief(classId), [classId]);
  const [drill, setDrill] = useState<{ group: string; key: string; bodyId: string }>();
  const rows = useAsync<ReportExplain | undefined>(() => (drill ? api.explain(drill.bodyId, drill.key) : Promise.resolve(undefined)), [drill?.bodyId, drill?.key]);
  if (!d.data) return d.error ? <ErrorView error={d.error} /> : <Loading />;
  const x = d.data;
  return (
    <>
      <h1>{t('classroom.debriefTitle', { name: x.name })}</h1>
      <p className="muted">{t('classroom.debriefNote', { date: f.date(x.asOf), runs: x.simulated.runs })}</p>
      <p>
        <a href={classApi.urls.pdf(classId)} download>
          {t('classroom.pdf')}
        </a>{' '}
        · <a href={classApi.urls.csv(classId)} download>{t('classroom.csv')}</a>
      </p>
      <div className="scroll-x">
        <table data-testid="debrief-table">
          <thead>
            <tr>
              <th>{t('classroom.figure')}</th>
              <th>{t('classroom.quoted')}</th>
              <th>{t('classroom.archive')}</th>
              <th>
                {t('classroom.simulated')} <span className="tag synthetic">{t('provenance.synthetic')}</span>
              </th>
              {x.groups.map((g) => (
                <th key={g.groupId}>
                  {groupName(g, t)} <span className="tag synthetic">{t('classroom.classRun', { run: g.run })}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {x.quoted.map((q) => (
              <tr key={q.key} data-testid={`debrief-row-${q.key}`}>
                <th scope="row">{pick(lang, q.label, q.ru?.label)}</th>
                <td data-testid={`quoted-${q.key}`} title={q.sourceIds.join(', ')}>
                  {fmt(q.value)}
                </td>
                <td>{fmt(x.archive[q.key])}</td>
                <td data-testid={`band-${q.key}`}>{band(x.simulated.spreads[q.key])}</td>
                {x.groups.map((g) => (
                  <td key={g.groupId}>
                    <button type="button" className="link" data-testid={`group-${g.groupId}-${q.key}`} onClick={() => setDrill({ group: groupName(g, t), key: q.key, bodyId: g.bodyId })}>
                      {fmt(g.figures[q.key])}
                    </button>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('classroom.waitedTitle')}</h2>
      <ul>
        {x.groups.map((g) => (
          <li key={g.groupId} data-testid={`waiting-${g.groupId}`}>
            {groupName(g, t)}: {t('classroom.waited', { referred: g.played.waiting.referred, waited: g.played.waiting.waited, not: g.played.waiting.didNotWait, open: g.played.waiting.open })}
          </li>
        ))}
      </ul>
      {drill && (
        <section className="card" data-testid="debrief-drill" aria-live="polite">
          <h2>
            {drill.group}: {pick(lang, x.quoted.find((q) => q.key === drill.key)?.label ?? '', x.quoted.find((q) => q.key === drill.key)?.ru?.label)}
          </h2>
          {rows.loading && <Loading />}
          <ErrorView error={rows.error} />
          <ul>
            {(rows.data?.rows ?? []).slice(0, 50).map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows of a drill-down have no id of their own across tables
              <li key={i}>
                {r.decisionId ? <a href={href(bodyPath(drill.bodyId, 'decision', r.decisionId))}>{r.decisionTitle ?? r.decisionId}</a> : JSON.stringify(r.values).slice(0, 120)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
