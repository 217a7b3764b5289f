import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuditFilter, type AuditRow, accountsApi } from '../api/accounts-client.ts';
import { useBody } from '../components/body-context.tsx';
import { ErrorView, Loading } from '../components/problem-text.tsx';
import { useRoleIn } from '../components/session.tsx';
import { steers } from '../components/steering.ts';
import { DateInput } from '../components/date-input.tsx';

const PAGE = 200;

/** Who did what and when, from the body's log, for its steering roles: newest first, filtered, paged, downloadable as CSV (oldest first). */
export default function AuditPage() {
  const { t } = useTranslation();
  const { bodyId } = useBody();
  const me = useRoleIn(bodyId);
  const allowed = steers(me?.role);
  const [draft, setDraft] = useState<AuditFilter>({});
  const [filter, setFilter] = useState<AuditFilter>({});
  const [rows, setRows] = useState<AuditRow[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(false);

  const load = (f: AuditFilter, before: number | undefined, append: boolean) => {
    setLoading(true);
    setError(undefined);
    accountsApi
      .audit(bodyId, f, before, PAGE)
      .then((page) => {
        setRows((old) => (append ? [...old, ...page.rows] : page.rows));
        setNext(page.next);
      }, setError)
      .finally(() => setLoading(false));
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter or body starts from the first page
  useEffect(() => {
    if (allowed) load(filter, undefined, false);
  }, [bodyId, allowed, filter]);

  if (!allowed) {
    return (
      <>
        <h1>{t('audit.title')}</h1>
        <p className="notice">{t('audit.steerOnly')}</p>
      </>
    );
  }
  const types = [...new Set(rows.map((r) => r.type))].sort();
  const set = (key: keyof AuditFilter) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value || undefined });
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p>{t('audit.intro')}</p>
      <form
        className="filters card"
        aria-label={t('audit.title')}
        onSubmit={(e) => {
          e.preventDefault();
          setFilter({ ...draft });
        }}
      >
        <label>
          {t('audit.actor')}
          <input name="actor" value={draft.actor ?? ''} onChange={set('actor')} placeholder={t('audit.actorHint')} />
        </label>
        <label>
          {t('audit.type')}
          <input name="type" value={draft.type ?? ''} onChange={set('type')} list="audit-types" pattern="[A-Za-z]+" />
          <datalist id="audit-types">
            {types.map((x) => (
              <option key={x} value={x}>
                {t(`vocab.event.${x}`, { defaultValue: x })}
              </option>
            ))}
          </datalist>
        </label>
        <label>
          {t('audit.from')}
          <DateInput name="from" value={draft.from ?? ''} onChange={(v) => set('from')({ target: { value: v } })} />
        </label>
        <label>
          {t('audit.to')}
          <DateInput name="to" value={draft.to ?? ''} onChange={(v) => set('to')({ target: { value: v } })} />
        </label>
        <button type="submit">{t('audit.apply')}</button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setDraft({});
            setFilter({});
          }}
        >
          {t('audit.clear')}
        </button>
        <a className="button secondary" href={accountsApi.auditCsvUrl(bodyId, filter)} download data-testid="audit-csv">
          {t('audit.csv')}
        </a>
      </form>
      <ErrorView error={error} />
      <p className="muted small" aria-live="polite">
        {t('audit.count', { count: rows.length })}
      </p>
      <div className="card table-wrap">
        <table className="plain" data-testid="audit-table">
          <thead>
            <tr>
              <th scope="col">{t('audit.col.position')}</th>
              <th scope="col">{t('audit.col.at')}</th>
              <th scope="col">{t('audit.col.bodyTime')}</th>
              <th scope="col">{t('audit.col.actor')}</th>
              <th scope="col">{t('audit.col.type')}</th>
              <th scope="col">{t('audit.col.subject')}</th>
              <th scope="col">{t('audit.col.stream')}</th>
              <th scope="col">{t('audit.col.requestId')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.position}>
                <td className="num">{r.position}</td>
                <td className="num">{r.at.replace('T', ' ').slice(0, 19)}</td>
                <td className="num">{r.bodyTime.replace('T', ' ')}</td>
                <td>{r.actor === 'system' ? t('vocab.system') : r.actor}</td>
                {/* The event's name in words; its type, which the filter takes, on hover. */}
                <td title={r.type}>{t(`vocab.event.${r.type}`, { defaultValue: r.type })}</td>
                <td>{r.subject}</td>
                <td>{t(`audit.stream.${r.stream}`)}</td>
                <td className="small muted">{r.requestId}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {!loading && rows.length === 0 && !error && <p className="muted">{t('audit.none')}</p>}
      </div>
      {loading && <Loading />}
      {next !== null && !loading && (
        <button type="button" className="secondary" onClick={() => load(filter, next, true)}>
          {t('audit.more')}
        </button>
      )}
    </>
  );
}
