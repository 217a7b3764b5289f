import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, urls } from '../api/client.ts';
import type { AnswerWork, ItemAnswer, ItemView, MessageKind, MessageView, Outcome, RaisedPoint } from '../api/types.ts';
import { useBody } from '../components/body-context.tsx';
import { useFormat } from '../components/format.ts';
import { ErrorView, Loading, useProblemText } from '../components/problem-text.tsx';
import { useRoleIn } from '../components/session.tsx';
import { RestrictedTag } from '../components/tags.tsx';
import { useAsync } from '../components/use-async.ts';
import { useBodyStream, useDebounced } from '../components/use-body-stream.ts';
import { useMembers } from '../components/use-members.ts';
import { bodyPath, href } from '../router.ts';
import { MessageList } from './item-page.tsx';
import { OUTCOMES } from '../api/vocabulary.ts';
import { RecordTitle } from '../components/record-title.tsx';

type Choice = Outcome | '';

/**
 * The absent leader's desk. Mail appears only once delivered on the body clock; the
 * leader answers item by item. Others see the same desk from Moscow: write to him and
 * watch the replies come back.
 */
export default function DeskPage() {
  const { t } = useTranslation();
  const { bodyId, clock, body } = useBody();
  const me = useRoleIn(bodyId);
  const { members, name } = useMembers(bodyId);
  const problemText = useProblemText();
  const mail = useAsync(async () => {
    if (!me) return undefined;
    // Each mailbox on its own: one the server refuses is said so, and does not pass for an empty one.
    const refusedAs = (e: unknown) => ({ messages: [] as MessageView[], refused: e });
    const [inbox, outbox, items, work] = await Promise.all([
      api.inbox(bodyId).then((r) => ({ ...r, refused: undefined as unknown }), refusedAs),
      api.outbox(bodyId).then((r) => ({ ...r, refused: undefined as unknown }), refusedAs),
      api.items(bodyId),
      api.answerWork(bodyId).catch(() => ({ items: [] as AnswerWork[] })),
    ]);
    // Newest first: what has just arrived is what the desk is for.
    const newest = (at: (m: MessageView) => string | undefined) => (a: MessageView, z: MessageView) => (at(z) ?? '').localeCompare(at(a) ?? '');
    return {
      inbox: [...inbox.messages].sort(newest((m) => m.receivedAt)),
      outbox: [...outbox.messages].sort(newest((m) => m.sentAt)),
      inboxRefused: inbox.refused,
      outboxRefused: outbox.refused,
      items: items.items,
      work: work.items,
    };
  }, [bodyId, me?.memberId]);
  const reload = useDebounced(mail.reload, 300);
  // Mail arrives on the body clock: when the bar's controls move it, look again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the clock's reading matters here
  useEffect(() => reload(), [clock?.now, clock?.paused]);
  useBodyStream(bodyId, ['MessageDelivered', 'MessageSent', 'MessageRead', 'PollCirculated', 'ItemPutToMeeting', 'DecisionRegistered', 'ItemProposed'], reload);

  if (!me)
    return (
      <>
        <h1>{t('desk.title')}</h1>
        <p className="notice">{t('desk.loginNeeded')}</p>
      </>
    );
  if (mail.error) return <ErrorView error={mail.error} />;
  if (!mail.data) return <Loading />;
  const { inbox, outbox, items, work, inboxRefused, outboxRefused } = mail.data;
  const titles = new Map(items.map((i) => [i.id, i.title]));
  const titleOf = (id: string) => titles.get(id);
  const leader = members.find((m) => m.role === 'leader');
  const isLeader = me.role === 'leader';
  const today = clock?.now.slice(0, 10) ?? '';
  return (
    <>
      <h1>{isLeader ? t('desk.title') : t('desk.titleFrom', { name: leader ? name(leader.id) : t('role.leader') })}</h1>
      <p className="muted small">{t('desk.deliveredOnly')}</p>
      {isLeader && today && <CourierPacketCard bodyId={bodyId} date={today} name={name} titles={titleOf} refresh={mail.data} />}
      <div className="cols">
        <section className="card" aria-labelledby="in-h">
          <h2 id="in-h">
            {t('desk.inbox')} <span className="muted small">({inbox.length})</span>
          </h2>
          {inboxRefused ? (
            <p className="notice" data-testid="inbox-refused">{t('desk.refused', { reason: problemText(inboxRefused) })}</p>
          ) : (
            inbox.length === 0 &&
            (me.role === 'observer' ? (
              <p className="notice" data-testid="inbox-observer">{t('desk.observerNote')}</p>
            ) : (
              <p className="muted" data-testid="inbox-empty">{t('desk.inboxEmpty')}</p>
            ))
          )}
          <ul className="mail" data-testid="inbox">
            {inbox.map((m) => (
              <li key={m.id}>
                <MessageList messages={[m]} name={name} titles={titleOf} />
                {!m.readBy.includes(me.memberId) && (
                  <button type="button" className="secondary" onClick={() => api.readMessage(bodyId, m.id).then(mail.reload, () => undefined)}>
                    {t('desk.markRead')}
                  </button>
                )}
                {isLeader && <AnswerForm message={m} items={items} onSent={mail.reload} />}
              </li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="out-h">
          <h2 id="out-h">
            {t('desk.outbox')} <span className="muted small">({outbox.length})</span>
          </h2>
          {outboxRefused ? <p className="notice">{t('desk.refused', { reason: problemText(outboxRefused) })}</p> : outbox.length === 0 ? <p className="muted">{t('desk.outboxEmpty')}</p> : <MessageList messages={outbox} name={name} titles={titleOf} />}
        </section>
      </div>
      {!isLeader && <AnswerWorkList work={work} bodyId={bodyId} canSteer={['deputy', 'secretariat'].includes(me.role) && !body?.readOnly} withoutPoll={body?.settings.withoutPoll === true} onDone={mail.reload} />}
      {!isLeader && leader && me.role !== 'observer' && <Compose toId={leader.id} items={items} onSent={mail.reload} />}
    </>
  );
}

/**
 * The deputy's work from the leader's answers: each amending, revoking or reconsidering item a delivered answer put before
 * the body, with the reply beside it, until the body decides it (a poll, a sitting, or where allowed the visa alone).
 */
function AnswerWorkList({ work, bodyId, canSteer, withoutPoll, onDone }: { work: AnswerWork[]; bodyId: string; canSteer: boolean; withoutPoll: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [error, setError] = useState<unknown>(null);
  return (
    <section className="card" aria-labelledby="work-h" data-testid="answer-work">
      <h2 id="work-h">
        {t('desk.work')} <span className="muted small">({work.length})</span>
      </h2>
      <p className="muted small">{t('desk.workIntro')}</p>
      <ErrorView error={error} />
      {work.length === 0 ? (
        <p className="muted">{t('desk.workEmpty')}</p>
      ) : (
        <ul>
          {work.map((w) => (
            <li key={w.item.id} data-testid="work-item">
              <span className="tag">{t(`desk.workKind.${w.kind}`)}</span> <a href={href(bodyPath(bodyId, 'decision', w.decision.id))}>{w.decision.label}</a>:{' '}
              <a href={href(bodyPath(bodyId, 'item', w.item.id))}><RecordTitle title={w.item.title} /></a> <RestrictedTag restricted={w.item.restricted} />{' '}
              <span className="tag">{t(`status.${w.item.status}`)}</span>
              {w.answer && (
                <blockquote className="small" data-testid="work-reply">
                  {t(`outcome.${w.answer.outcome}`)}
                  {w.answer.text ? `: ${w.answer.text}` : ''} — {w.message?.fromName}, {t('desk.workMessage', { id: w.message?.number ? `${w.message.fromName?.split(' ').pop() ?? ''} № ${w.message.number}` : t(`kind.${w.message?.kind ?? 'letter'}`), at: f.instant(w.message?.receivedAt) })}
                </blockquote>
              )}
              {canSteer && (w.item.status === 'proposed' || w.item.status === 'postponed') && (
                <span className="row">
                  <a className="button secondary" href={href(bodyPath(bodyId, 'polls', w.item.id))}>
                    {t('desk.workPoll')}
                  </a>
                  {withoutPoll && (
                    <button type="button" className="secondary" onClick={() => api.enterWithoutPoll(bodyId, w.item.id).then(onDone, setError)}>
                      {t('desk.workWithoutPoll')}
                    </button>
                  )}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The courier packet as the server assembles it for this body date (the same one its page and PDF print). */
function CourierPacketCard({ bodyId, date, name, titles, refresh }: { bodyId: string; date: string; name: (id: string) => string; titles: (id: string) => string | undefined; refresh: unknown }) {
  const { t } = useTranslation();
  const f = useFormat();
  // Fetched again whenever the desk reloads its mail (a delivery, a poll, an agenda change on the live stream).
  const packet = useAsync(() => api.courierPacket(bodyId, date), [bodyId, date, refresh]);
  return (
    <section className="card" aria-labelledby="packet-h" data-testid="courier-packet">
      <h2 id="packet-h">{t('desk.packet', { date: f.date(date) })}</h2>
      <p className="row small">
        <a href={urls.courierPacket(bodyId, date, 'html')} target="_blank" rel="noreferrer">
          {t('desk.packetPrint')}
        </a>
        <a href={urls.courierPacket(bodyId, date, 'pdf')} download>
          {t('desk.packetPdf')}
        </a>
      </p>
      <ErrorView error={packet.error} />
      {packet.data && (
        <>
          <h3>{t('desk.packetLetters')}</h3>
          {packet.data.letters.length ? <MessageList messages={packet.data.letters} name={name} titles={titles} /> : <p className="muted">{t('desk.packetEmpty')}</p>}
          <h3>{t('desk.packetPolls')}</h3>
          <ItemLinks items={packet.data.polls} bodyId={bodyId} empty={t('desk.packetEmpty')} />
          <h3>{t('desk.packetAgenda')}</h3>
          <ItemLinks items={packet.data.agenda} bodyId={bodyId} empty={t('desk.packetEmpty')} />
        </>
      )}
    </section>
  );
}

/** The item's own text beside the answer, and its page: the leader answers on what he has read. */
function ItemText({ item, bodyId }: { item: ItemView | undefined; bodyId: string }) {
  const { t } = useTranslation();
  if (!item) return null;
  return (
    <p className="small">
      {item.text && (
        <details data-testid="item-text">
          <summary>{t('desk.itemText')}</summary>
          <p style={{ whiteSpace: 'pre-wrap' }}>{item.text}</p>
        </details>
      )}
      <a href={href(bodyPath(bodyId, item.decisionId ? 'decision' : 'item', item.decisionId ?? item.id))} data-testid="open-item">
        {t('desk.openItem')}
      </a>
    </p>
  );
}

function ItemLinks({ items, bodyId, empty }: { items: ItemView[]; bodyId: string; empty: string }) {
  if (!items.length) return <p className="muted">{empty}</p>;
  return (
    <ul>
      {items.map((i) => (
        <li key={i.id}>
          <a href={href(bodyPath(bodyId, 'polls', i.id))}><RecordTitle title={i.title} /></a> <RestrictedTag restricted={i.restricted} />
        </li>
      ))}
    </ul>
  );
}

function AnswerForm({ message, items, onSent }: { message: MessageView; items: ItemView[]; onSent: () => void }) {
  const { t } = useTranslation();
  const { bodyId } = useBody();
  const titles = useMemo(() => new Map(items.map((i) => [i.id, i.title])), [items]);
  const [choice, setChoice] = useState<Record<string, Choice>>({});
  const [text, setText] = useState<Record<string, string>>({});
  const [points, setPoints] = useState<RaisedPoint[]>([]);
  const [pointTitle, setPointTitle] = useState('');
  const [kind, setKind] = useState<MessageKind>('telegram');
  const [error, setError] = useState<unknown>();
  const [sent, setSent] = useState(false);
  // A message may ask about decisions already registered: he answers on the items they came from (the core then
  // puts an amending, revoking or reconsidering item before the body).
  const asked = useMemo(
    () => [...new Set([...message.itemIds, ...message.decisionIds.flatMap((d) => items.filter((i) => i.decisionId === d).map((i) => i.id))])],
    [message, items],
  );
  const answers: ItemAnswer[] = asked.flatMap((id) => {
    const c = choice[id];
    if (!c) return [];
    const note = text[id]?.trim();
    return [{ itemId: id, outcome: c, ...(c === 'modified' ? { text: text[id] ?? '' } : note && c === 'postponed' ? { text: note } : {}) }];
  });
  if (sent) return <p className="ok">{t('desk.replySent')}</p>;
  const send = () => {
    setError(undefined);
    api
      .sendMessage(bodyId, {
        kind,
        toIds: [message.fromId],
        inReplyTo: message.id,
        itemIds: answers.map((a) => a.itemId),
        summary: answers.map((a) => `${titles.get(a.itemId) ?? a.itemId}: ${t(`outcome.${a.outcome}`)}`).concat(points.map((p) => p.title)).join('; ') || t('desk.noted'),
        answers,
        points,
      })
      .then(() => {
        setSent(true);
        onSent();
      }, setError);
  };
  return (
    <form className="answer" aria-label={t('desk.answerTo', { id: message.number ? `${message.series ?? ''} № ${message.number}`.trim() : t(`kind.${message.kind}`) })} onSubmit={(e) => { e.preventDefault(); send(); }}>
      {asked.map((id) => (
        <fieldset key={id} data-testid={`answer-${id}`}>
          <legend>{titles.get(id) ?? t('mail.itemOnRecord')}</legend>
          <ItemText item={items.find((i) => i.id === id)} bodyId={bodyId} />
          <div className="row">
            {OUTCOMES.map((o) => (
              <label className="inline" key={o}>
                <input type="radio" name={`${message.id}-${id}`} value={o} checked={choice[id] === o} onChange={() => setChoice({ ...choice, [id]: o })} />
                {t(`answer.${o}`)}
              </label>
            ))}
          </div>
          {choice[id] === 'modified' && (
            <label style={{ display: 'flex' }}>
              {t('desk.modifyText')}
              <textarea value={text[id] ?? ''} onChange={(e) => setText({ ...text, [id]: e.target.value })} required />
            </label>
          )}
          {choice[id] === 'postponed' && (
            <label style={{ display: 'flex' }}>
              {t('desk.postponeNote')}
              <textarea value={text[id] ?? ''} onChange={(e) => setText({ ...text, [id]: e.target.value })} />
            </label>
          )}
        </fieldset>
      ))}
      <div className="filters">
        <label style={{ flex: '1 1 14rem' }}>
          {t('desk.newPoint')}
          <input value={pointTitle} onChange={(e) => setPointTitle(e.target.value)} />
        </label>
        <button
          type="button"
          className="secondary"
          disabled={!pointTitle.trim()}
          onClick={() => {
            setPoints([...points, { itemId: `pt-${Date.now().toString(36)}-${points.length}`, title: pointTitle.trim(), restricted: false }]);
            setPointTitle('');
          }}
        >
          {t('desk.addPoint')}
        </button>
      </div>
      {points.length > 0 && (
        <ul className="small">
          {points.map((p) => (
            <li key={p.itemId}>
              <RecordTitle title={p.title} />
            </li>
          ))}
        </ul>
      )}
      <div className="filters">
        <label>
          {t('desk.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as MessageKind)}>
            <option value="telegram">{t('kind.telegram')}</option>
            <option value="letter">{t('kind.letter')}</option>
          </select>
        </label>
        <button type="submit" data-testid={`reply-${message.id}`} disabled={answers.length === 0 && points.length === 0}>
          {t('desk.sendReply')}
        </button>
      </div>
      <ErrorView error={error} />
    </form>
  );
}

function Compose({ toId, items, onSent }: { toId: string; items: ItemView[]; onSent: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { bodyId } = useBody();
  const [kind, setKind] = useState<MessageKind>('telegram');
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [summary, setSummary] = useState('');
  const [error, setError] = useState<unknown>();
  const [last, setLast] = useState<MessageView>();
  const open = items.filter((i) => i.status !== 'withdrawn').slice(-50).reverse();
  return (
    <form
      className="card"
      aria-labelledby="compose-h"
      onSubmit={(e) => {
        e.preventDefault();
        setError(undefined);
        api.sendMessage(bodyId, { kind, toIds: [toId], itemIds: [...picked], summary }).then((m) => {
          setLast(m);
          setSummary('');
          setPicked(new Set());
          onSent();
        }, setError);
      }}
    >
      <h2 id="compose-h">{t('desk.compose')}</h2>
      <div className="filters">
        <label>
          {t('desk.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as MessageKind)} name="kind">
            <option value="telegram">{t('kind.telegram')}</option>
            <option value="letter">{t('kind.letter')}</option>
          </select>
        </label>
      </div>
      <fieldset>
        <legend>{t('desk.aboutItems')}</legend>
        {open.length === 0 && <p className="muted">{t('poll.none')}</p>}
        {open.map((i) => (
          <label className="inline" key={i.id}>
            <input
              type="checkbox"
              checked={picked.has(i.id)}
              data-testid={`pick-${i.id}`}
              onChange={(e) => {
                const s = new Set(picked);
                if (e.target.checked) s.add(i.id);
                else s.delete(i.id);
                setPicked(s);
              }}
            />
            <RecordTitle title={i.title} /> <span className="muted small">({t(`status.${i.status}`)})</span>
          </label>
        ))}
      </fieldset>
      <label style={{ display: 'flex' }}>
        {t('desk.summary')}
        <textarea value={summary} onChange={(e) => setSummary(e.target.value)} required name="summary" />
      </label>
      <p>
        <button type="submit" data-testid="send-message">
          {t('desk.send')}
        </button>
      </p>
      {last && <p className="ok" data-testid="sent-note" data-message-id={last.id}>{t('desk.sentNote', { at: last.dueAt ? f.instant(last.dueAt) : '?' })}</p>}
      <ErrorView error={error} />
    </form>
  );
}
