import { useTranslation } from 'react-i18next';
import { api, urls } from '../api/client.ts';
import type { DecisionDetail, ItemView, MessageView } from '../api/types.ts';
import { useBody } from '../components/body-context.tsx';
import { ErrorView, Loading } from '../components/problem-text.tsx';
import { SourceLine } from '../components/source-line.tsx';
import { ProvenanceTag, RestrictedTag } from '../components/tags.tsx';
import { useAsync } from '../components/use-async.ts';
import { useBodyStream, useDebounced } from '../components/use-body-stream.ts';
import { useMembers } from '../components/use-members.ts';
import { bodyPath, href } from '../router.ts';
import { useFormat } from '../components/format.ts';
import { interventionBasis, recordTitle, titleLang, useLang } from '../i18n/pick.ts';

interface Props {
  itemId?: string;
  decisionId?: string;
  protocolNo?: number;
  itemNo?: number;
}

interface Loaded {
  item?: ItemView;
  decision?: DecisionDetail;
}

/** One item and its decision: text, history, votes, correspondence, intervention, amendments. */
export default function ItemPage({ itemId, decisionId, protocolNo, itemNo }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { bodyId } = useBody();
  const { name, nameOf } = useMembers(bodyId);
  const f = useFormat();
  const state = useAsync(async (): Promise<Loaded> => {
    let did = decisionId;
    if (!did && protocolNo !== undefined && itemNo !== undefined) did = (await api.decisionAt(bodyId, protocolNo, itemNo)).id;
    if (did) {
      const decision = await api.decision(bodyId, did);
      const item = decision.itemId ? await api.item(bodyId, decision.itemId).catch(() => undefined) : undefined;
      return { decision, item };
    }
    if (!itemId) throw new Error(t('common.notFound'));
    const item = await api.item(bodyId, itemId);
    const decision = item.decisionId ? await api.decision(bodyId, item.decisionId).catch(() => undefined) : undefined;
    return { item, decision };
  }, [bodyId, itemId, decisionId, protocolNo, itemNo]);
  const reload = useDebounced(state.reload, 300);
  useBodyStream(bodyId, ['VoteCast', 'OpinionRecorded', 'VotingClosed', 'DecisionRegistered', 'MessageDelivered', 'InterventionRecorded', 'ItemModified'], reload);

  if (state.error) return <ErrorView error={state.error} />;
  if (!state.data) return <Loading />;
  const { item, decision } = state.data;
  const title = decision?.title ?? item?.title ?? '';
  const restricted = decision?.restricted ?? item?.restricted ?? false;
  const history = buildHistory(item, decision);
  const ballots = item?.votes ? Object.entries(item.votes) : [];
  const opinions = item?.opinions ? Object.entries(item.opinions) : [];

  return (
    <article>
      <h1 data-testid="item-title" lang={titleLang(title, lang)}>{recordTitle(title, t)}</h1>
      <p className="row">
        <RestrictedTag restricted={restricted} />
        {decision && <ProvenanceTag row={decision} />}
        {!decision && item && <ProvenanceTag row={item} />}
        {item && <span className="tag">{t(`status.${item.status}`)}</span>}
      </p>
      {decision && !decision.synthetic && <SourceLine bodyId={bodyId} sourceId={decision.sourceId} />}
      <div className="cols">
        <section className="card" aria-labelledby="facts-h">
          <h2 id="facts-h">{t('item.facts')}</h2>
          <dl className="kv">
            {decision && (
              <>
                <dt>{t('item.protocol')}</dt>
                <dd>
                  <a href={href(bodyPath(bodyId, 'protocols', String(decision.protocolNo)))}>№ {decision.protocolNo}</a>, {t('item.point')} {decision.itemLabel ?? decision.itemNo}
                </dd>
                <dt>{t('item.date')}</dt>
                <dd>{f.date(decision.date)}</dd>
                <dt>{t('item.mode')}</dt>
                <dd>
                  {t(`mode.${decision.mode}`)}
                  {decision.meetingId && (
                    <>
                      {' · '}
                      <a href={href(bodyPath(bodyId, 'meetings', decision.meetingId))}>{t('item.meeting')}</a>
                    </>
                  )}
                </dd>
                <dt>{t('item.citable')}</dt>
                <dd>
                  <a href={urls.citable(bodyId, decision.protocolNo, decision.itemNo)} data-testid="citable-link">
                    {location.origin}
                    {urls.citable(bodyId, decision.protocolNo, decision.itemNo)}
                  </a>{' '}
                  <a className="small muted" href={urls.citableApi(bodyId, decision.protocolNo, decision.itemNo)}>
                    (JSON)
                  </a>
                </dd>
              </>
            )}
            <dt>{t('item.initiator')}</dt>
            <dd>{nameOf(decision?.initiatorId ?? item?.initiatorId, decision?.initiatorName)}</dd>
            {item?.route?.mode === 'poll' && (
              <>
                <dt>{t('item.deadline')}</dt>
                <dd>
                  {f.instant(item.route.deadline)} · <a href={href(bodyPath(bodyId, 'polls', item.id))}>{t('item.toPoll')}</a>
                </dd>
              </>
            )}
          </dl>
          {item?.text && (
            <>
              <h3>{t('item.text')}</h3>
              <p style={{ whiteSpace: 'pre-wrap' }}>{item.text}</p>
            </>
          )}
        </section>
        <section className="card" aria-labelledby="hist-h">
          <h2 id="hist-h">{t('item.history')}</h2>
          <ol className="small">
            {history.map((h) => (
              <li key={`${h.at}|${h.what}`}>
                <span className="num">{f.instant(h.at)}</span> — {h.what}
              </li>
            ))}
          </ol>
        </section>
      </div>

      <section className="card" aria-labelledby="votes-h">
        <h2 id="votes-h">{t('item.votes')}</h2>
        {item?.result && (
          <p data-testid="result">
            {item.result.adopted ? t('item.adopted') : t('item.notAdopted')} — {t('item.tally', item.result)}
          </p>
        )}
        {item && item.votes === null && <p className="muted">{t('item.hiddenVotes', { count: item.voted.length })}</p>}
        {ballots.length + opinions.length > 0 ? (
          <div className="table-wrap">
            <table className="plain">
              <thead>
                <tr>
                  <th scope="col">{t('item.member')}</th>
                  <th scope="col">{t('item.vote')}</th>
                  <th scope="col">{t('item.at')}</th>
                </tr>
              </thead>
              <tbody>
                {ballots.map(([m, b]) => (
                  <tr key={m}>
                    <td>{name(m)}</td>
                    <td>{t(`vote.${b.vote}`)}</td>
                    <td className="num">{f.instant(b.at)}</td>
                  </tr>
                ))}
                {opinions.map(([m, b]) => (
                  <tr key={`o-${m}`}>
                    <td>
                      {name(m)} <span className="tag">{t('item.opinion')}</span>
                    </td>
                    <td>{t(`vote.${b.vote}`)}</td>
                    <td className="num">{f.instant(b.at)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          item?.votes !== null && <p className="muted">{t('item.noVotes')}</p>
        )}
      </section>

      <section className="card" aria-labelledby="mail-h">
        <h2 id="mail-h">{t('item.correspondence')}</h2>
        {decision?.messages.length ? <MessageList messages={decision.messages} name={name} titles={(id) => (id === (item?.id ?? decision.itemId) ? (item?.title ?? decision.title) : undefined)} /> : <p className="muted">{t('item.noMail')}</p>}
      </section>

      <section className="card" aria-labelledby="int-h">
        <h2 id="int-h">{t('item.intervention')}</h2>
        {decision?.interventions.length ? (
          <ul>
            {decision.interventions.map((i) => {
              const basis = interventionBasis(i, t, lang);
              return (
                <li key={i.id} data-testid="intervention">
                  {name(i.memberId)}: {t(`origin.${i.origin}`)} — <strong>{t(`outcome.${i.outcome}`)}</strong>
                  {basis && (
                    <span className="muted small" lang={basis.lang} data-testid="intervention-basis">
                      {' '}
                      ({basis.text})
                    </span>
                  )}{' '}
                  <ProvenanceTag row={i} />
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="muted">{t('item.noIntervention')}</p>
        )}
      </section>

      <section className="card" aria-labelledby="amend-h">
        <h2 id="amend-h">{t('item.amendments')}</h2>
        <Lineage bodyId={bodyId} decision={decision} item={item} />
        {decision && decision.extracts.length > 0 && (
          <>
            <h3>{t('item.extracts')}</h3>
            <ul>
              {decision.extracts.map((x) => (
                <li key={x.at}>
                  {f.instant(x.at)}: {x.recipients.join(', ')}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </article>
  );

  function buildHistory(it: ItemView | undefined, d: DecisionDetail | undefined): Array<{ at: string; what: string }> {
    const h: Array<{ at: string; what: string }> = [];
    if (it?.route?.mode === 'poll') h.push({ at: it.route.openedAt, what: t('history.poll', { deadline: f.instant(it.route.deadline) }) });
    if (it?.route?.mode === 'meeting') h.push({ at: d?.date ?? '', what: t('history.meeting') });
    for (const [m, b] of Object.entries(it?.votes ?? {})) h.push({ at: b.at, what: t('history.vote', { name: name(m), vote: t(`vote.${b.vote}`) }) });
    if (it?.result) h.push({ at: it.result.at, what: it.result.adopted ? t('item.adopted') : t('item.notAdopted') });
    if (d) h.push({ at: d.date, what: t('history.registered', { no: d.protocolNo, n: d.itemLabel ?? d.itemNo }) });
    for (const m of d?.messages ?? []) {
      if (m.sentAt) h.push({ at: m.sentAt, what: t('history.sent', { kind: t(`kind.${m.kind}`), from: name(m.fromId) }) });
      if (m.receivedAt) h.push({ at: m.receivedAt, what: t('history.received', { kind: t(`kind.${m.kind}`), to: m.toIds.map(name).join(', ') }) });
    }
    for (const x of d?.extracts ?? []) h.push({ at: x.at, what: t('history.extract', { to: x.recipients.join(', ') }) });
    const unique = new Map(h.filter((x) => x.at).map((x) => [`${x.at}|${x.what}`, x]));
    return [...unique.values()].sort((a, z) => a.at.localeCompare(z.at));
  }
}

/** A message's number in its series, as the correspondence cites it: "Kaganovich № 1" (the sender's surname when no series is recorded). */
export const numberInSeries = (m: MessageView, name: (id: string) => string): string | undefined =>
  m.number ? `${m.series ?? name(m.fromId).split(' ').pop() ?? ''} № ${m.number}`.trim() : undefined;

export function MessageList({ messages, name, titles }: { messages: MessageView[]; name: (id: string) => string; titles?: (itemId: string) => string | undefined }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <ul className="mail">
      {messages.map((m) => (
        <li key={m.id} data-testid={`message-${m.id}`}>
          <div className="row small">
            <span className="tag">{t(`kind.${m.kind}`)}</span>
            {m.number && <span data-testid="message-number">{numberInSeries(m, name)}</span>}
            <span>
              {name(m.fromId)} → {m.toIds.map(name).join(', ')}
            </span>
            {m.sentAt && <span className="num">{t('mail.sent', { at: f.instant(m.sentAt) })}</span>}
            {m.receivedAt ? (
              <span className="num">{t('mail.received', { at: f.instant(m.receivedAt) })}</span>
            ) : (
              m.dueAt && <span className="num muted">{t('mail.due', { at: f.instant(m.dueAt) })}</span>
            )}
            <ProvenanceTag row={m} />
          </div>
          <p lang="en">{m.summary}</p>
          {m.answers.length > 0 && (
            <ul className="small">
              {m.answers.map((a) => (
                <li key={a.itemId}>
                  <span data-testid="answer-title">{titles?.(a.itemId) ?? t('mail.itemOnRecord')}</span>: <strong>{t(`outcome.${a.outcome}`)}</strong>
                  {a.text && ` — «${a.text}»`}
                </li>
              ))}
            </ul>
          )}
          {m.points.length > 0 && (
            <ul className="small">
              {m.points.map((p) => (
                <li key={p.itemId}>
                  {t('mail.point')}: {p.title}
                </li>
              ))}
            </ul>
          )}
          {m.archiveRef && <p className="muted small" lang="en">{m.archiveRef}</p>}
        </li>
      ))}
    </ul>
  );
}

/** Amends / revokes / amended by / revoked by, by protocol label, and the wording in force beside the original. */
function Lineage({ bodyId, decision, item }: { bodyId: string; decision?: DecisionDetail; item?: ItemView }) {
  const { t } = useTranslation();
  const l = decision?.lineage;
  const link = (id: string, label: string) => <a href={href(bodyPath(bodyId, 'decision', id))}>{label}</a>;
  const target = item?.amendsId ?? item?.revokesId ?? item?.reconsidersId;
  const rows = [
    l?.amends && <li key="amends">{t('item.amends')} {link(l.amends.id, l.amends.label)}</li>,
    l?.revokes && <li key="revokes">{t('item.revokes')} {link(l.revokes.id, l.revokes.label)}</li>,
    !l && item?.amendsId && <li key="i-amends">{t('item.amends')} {link(item.amendsId, item.amendsId)}</li>,
    !l && item?.revokesId && <li key="i-revokes">{t('item.revokes')} {link(item.revokesId, item.revokesId)}</li>,
    item?.reconsidersId && <li key="i-recon">{t('item.reconsiders')} {link(item.reconsidersId, item.reconsidersId)}</li>,
    ...(l?.amendedBy ?? []).map((r) => <li key={`by-${r.id}`} data-testid="amended-by">{t('item.amendedBy')} {link(r.id, r.label)}</li>),
    l?.revokedBy && <li key="revoked" data-testid="revoked-by">{t('item.revokedBy')} {link(l.revokedBy.id, l.revokedBy.label)} — {t('item.notInForce')}</li>,
    ...(l?.pending ?? []).map((p) => <li key={`p-${p.itemId}`}>{t(`item.pending.${p.kind}`)} <a href={href(bodyPath(bodyId, 'item', p.itemId))}>{p.itemId}</a> ({t(`status.${p.status}`)})</li>),
  ].filter(Boolean);
  return (
    <>
      {rows.length > 0 ? <ul>{rows}</ul> : <p className="muted">{t('item.noAmendments')}</p>}
      {item?.answerMessageId && target && (
        <p className="small muted" data-testid="answer-origin">
          {t('item.fromAnswer', { message: item.answerMessageId })}
        </p>
      )}
      {l && (l.currentFrom || l.currentWithheld) && (
        <div className="cols" data-testid="wording">
          <div>
            <h3>{t('item.original')}</h3>
            <p style={{ whiteSpace: 'pre-wrap' }}>{l.original}</p>
          </div>
          <div>
            <h3>{t('item.current')}</h3>
            {l.currentWithheld ? (
              <p className="muted">{t('item.currentWithheld')}</p>
            ) : (
              <p style={{ whiteSpace: 'pre-wrap' }} data-testid="current-wording">
                {l.current} <span className="muted small">({t('item.asAmendedBy', { label: l.currentFrom?.label })})</span>
              </p>
            )}
          </div>
        </div>
      )}
    </>
  );
}
