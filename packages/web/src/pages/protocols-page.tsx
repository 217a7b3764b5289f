import { LineageMarks } from '../components/lineage-marks.tsx';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, urls } from '../api/client.ts';
import { useBody } from '../components/body-context.tsx';
import { useFormat } from '../components/format.ts';
import { ErrorView, Loading } from '../components/problem-text.tsx';
import { useRoleIn } from '../components/session.tsx';
import { ProvenanceTag, RestrictedTag } from '../components/tags.tsx';
import { useAsync } from '../components/use-async.ts';
import { useMembers } from '../components/use-members.ts';
import { bodyPath, href } from '../router.ts';
import { RecordTitle } from '../components/record-title.tsx';
import { pick, useLang } from '../i18n/pick.ts';

/** Protocols as documents: numbered, "heard / resolved", with extracts, downloadable, each point citable. */
export default function ProtocolsPage({ no }: { no?: number | undefined }) {
  return no === undefined || Number.isNaN(no) ? <ProtocolList /> : <ProtocolDocument no={no} />;
}

function ProtocolList() {
  const { t } = useTranslation();
  const { bodyId } = useBody();
  const f = useFormat();
  const list = useAsync(() => api.protocols(bodyId), [bodyId]);
  const protocols = list.data?.protocols ?? [];
  return (
    <>
      <h1>{t('protocols.title')}</h1>
      <ErrorView error={list.error} />
      {list.loading && !list.data && <Loading />}
      <div className="card table-wrap">
        <table className="plain">
          <thead>
            <tr>
              <th scope="col">№</th>
              <th scope="col">{t('protocols.date')}</th>
              <th scope="col">{t('protocols.items')}</th>
              <th scope="col">{t('protocols.download')}</th>
            </tr>
          </thead>
          <tbody>
            {protocols.map((p) => (
              <tr key={p.no}>
                <td>
                  <a href={href(bodyPath(bodyId, 'protocols', String(p.no)))}>{t('protocols.no', { no: p.no })}</a>
                </td>
                <td className="num">{f.date(p.date)}</td>
                <td className="num">
                  {p.items}
                  {p.hidden > 0 && <span className="muted small"> ({t('common.hiddenRows', { count: p.hidden })})</span>}
                </td>
                <td>
                  <a href={urls.protocolPdf(bodyId, p.no)} download aria-label={t('protocols.pdfOf', { no: p.no })}>
                    PDF
                  </a>{' '}
                  ·{' '}
                  <a href={urls.protocolCsv(bodyId, p.no)} download aria-label={t('protocols.csvOf', { no: p.no })}>
                    CSV
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.data && protocols.length === 0 && <p className="muted">{t('protocols.none')}</p>}
      </div>
    </>
  );
}

function ProtocolDocument({ no }: { no: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { bodyId, body } = useBody();
  const me = useRoleIn(bodyId);
  const f = useFormat();
  const { nameOf } = useMembers(bodyId);
  const doc = useAsync(() => api.protocol(bodyId, no), [bodyId, no]);
  if (doc.error) return <ErrorView error={doc.error} />;
  if (!doc.data) return <Loading />;
  const p = doc.data;
  return (
    <article className="card" style={{ maxWidth: 860, margin: '0 auto' }}>
      <header style={{ textAlign: 'center' }}>
        <p className="small muted">{body ? pick(lang, body.name, body.nameRu ?? undefined) : ''}</p>
        <h1>{t('protocols.heading', { no: p.no })}</h1>
        <p>{f.date(p.date)}</p>
        <p className="row" style={{ justifyContent: 'center' }}>
          <a className="button" href={urls.protocolPdf(bodyId, p.no)} download>
            {t('protocols.pdf')}
          </a>
          <a className="button secondary" href={urls.protocolDocx(bodyId, p.no)} download>
            {t('protocols.docx')}
          </a>
          <a className="button secondary" href={urls.protocolCsv(bodyId, p.no)} download>
            {t('protocols.csv')}
          </a>
        </p>
        {p.hidden > 0 && <p className="muted small">{t('protocols.hiddenAnnex', { count: p.hidden })}</p>}
      </header>
      <ol style={{ paddingLeft: '1.2rem' }}>
        {p.decisions.map((d) => (
          <li key={d.id} value={d.itemNo} id={`item-${d.itemNo}`} style={{ marginBottom: '.8rem' }}>
            <p>
              <strong>{t('protocols.heard')}</strong> <RecordTitle title={d.heard} /> <RestrictedTag restricted={d.restricted} /> <ProvenanceTag row={d} />
              {d.raisedBy && <span className="muted small"> ({t('protocols.by', { name: nameOf(d.initiatorId, d.raisedBy) })})</span>}
            </p>
            <p data-testid="resolved">
              <strong>{t('protocols.resolved')}</strong> <span className="resolved-text">
                <RecordTitle title={d.resolved} />
              </span>
            </p>
            <p className="small">
              <a href={href(bodyPath(bodyId, 'decision', d.id))}>{t('protocols.openDecision')}</a> ·{' '}
              <span className="muted">
                {d.sitting ? (
                  <a href={href(bodyPath(bodyId, 'meetings', d.sitting.id))}>{t('protocols.atSitting', { sitting: t('protocols.sittingOf', { date: f.date(d.sitting.date) }) })}</a>
                ) : (
                  t(`mode.${d.mode}`)
                )}
              </span>{' '}
              ·{' '}
              <a className="small" href={urls.citable(bodyId, d.protocolNo, d.itemNo)}>
                {t('protocols.cite')}
              </a>{' '}
              <LineageMarks bodyId={bodyId} d={d} withWording />
            </p>
            {d.extracts.length > 0 && (
              <p className="small muted">
                {t('protocols.extractsTo')}: {d.extracts.flatMap((x) => x.recipients).join(', ')}
              </p>
            )}
            {me?.role === 'secretariat' && <ExtractForm decisionId={d.id} onSent={doc.reload} />}
          </li>
        ))}
      </ol>
    </article>
  );
}

function ExtractForm({ decisionId, onSent }: { decisionId: string; onSent: () => void }) {
  const { t } = useTranslation();
  const { bodyId } = useBody();
  const [error, setError] = useState<unknown>();
  return (
    <form
      className="row small"
      onSubmit={(e) => {
        e.preventDefault();
        const input = (e.currentTarget.elements.namedItem('recipients') as HTMLInputElement).value;
        const recipients = input.split(',').map((s) => s.trim()).filter(Boolean);
        setError(undefined);
        if (recipients.length) api.sendExtract(bodyId, decisionId, recipients).then(onSent, setError);
      }}
    >
      <label>
        {t('protocols.extractRecipients')}
        <input name="recipients" />
      </label>
      <button type="submit" className="secondary">
        {t('protocols.sendExtract')}
      </button>
      <ErrorView error={error} />
    </form>
  );
}
