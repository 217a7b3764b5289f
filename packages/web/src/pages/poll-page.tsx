import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { ItemView, } from '../api/types.ts';
import { useBody } from '../components/body-context.tsx';
import { useFormat } from '../components/format.ts';
import { ErrorView, Loading, useProblemText } from '../components/problem-text.tsx';
import { useRoleIn } from '../components/session.tsx';
import { RestrictedTag } from '../components/tags.tsx';
import { useAsync } from '../components/use-async.ts';
import { useBodyStream, useDebounced } from '../components/use-body-stream.ts';
import { useMembers } from '../components/use-members.ts';
import { bodyPath, href, navigate } from '../router.ts';
import { STEERING, VOTES } from '../api/vocabulary.ts';
import { memberLabel, useLang } from '../i18n/pick.ts';
import { RecordTitle } from '../components/record-title.tsx';
import { DateInput } from '../components/date-input.tsx';

const LIVE = ['ItemProposed', 'PollCirculated', 'VoteCast', 'OpinionRecorded', 'VotingClosed', 'DecisionRegistered', 'ItemPutToMeeting'];

/** Items and polls: propose, circulate, the member's ballot, the secretariat's who-has-voted view. */
export default function PollPage({ itemId }: { itemId?: string }) {
  return itemId ? <OnePoll itemId={itemId} /> : <PollList />;
}

function PollList() {
  const { t } = useTranslation();
  const { bodyId } = useBody();
  const f = useFormat();
  const me = useRoleIn(bodyId);
  const list = useAsync(() => api.items(bodyId), [bodyId]);
  const reload = useDebounced(list.reload, 300);
  useBodyStream(bodyId, LIVE, reload);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [restricted, setRestricted] = useState(false);
  const [error, setError] = useState<unknown>();
  const items = list.data?.items ?? [];
  const open = items.filter((i) => !i.result && i.status !== 'registered' && i.status !== 'withdrawn');
  // Closed: voting is over (a result stands), newest first; the list is for looking back, so it is capped.
  const CLOSED_SHOWN = 100;
  const closed = items.filter((i) => i.result).sort((a, z) => z.result!.at.localeCompare(a.result!.at));
  const canPropose = !!me && me.role !== 'observer' && me.role !== 'external';
  return (
    <>
      <h1>{t('poll.listTitle')}</h1>
      {canPropose && (
        <form
          className="card"
          aria-labelledby="propose-h"
          onSubmit={(e) => {
            e.preventDefault();
            setError(undefined);
            api.proposeItem(bodyId, { title, ...(text ? { text } : {}), restricted }).then((i) => navigate(bodyPath(bodyId, 'polls', i.id)), setError);
          }}
        >
          <h2 id="propose-h">{t('poll.propose')}</h2>
          <div className="filters">
            <label style={{ flex: '1 1 18rem' }}>
              {t('poll.itemTitle')}
              <input value={title} onChange={(e) => setTitle(e.target.value)} required name="title" />
            </label>
            <label className="inline">
              <input type="checkbox" checked={restricted} onChange={(e) => setRestricted(e.target.checked)} name="restricted" />
              {t('poll.restricted')}
            </label>
          </div>
          <label style={{ display: 'flex' }}>
            {t('poll.itemText')}
            <textarea value={text} onChange={(e) => setText(e.target.value)} name="text" />
          </label>
          <p>
            <button type="submit">{t('poll.proposeButton')}</button>
          </p>
          <ErrorView error={error} />
        </form>
      )}
      <ErrorView error={list.error} />
      {list.loading && !list.data && <Loading />}
      <section className="card" aria-labelledby="open-h">
        <h2 id="open-h">{t('poll.open')}</h2>
        {open.length === 0 && list.data && <p className="muted">{t('poll.none')}</p>}
        <ul>
          {open.map((i) => (
            <li key={i.id}>
              <a href={href(bodyPath(bodyId, 'polls', i.id))}><RecordTitle title={i.title} /></a> <RestrictedTag restricted={i.restricted} /> <span className="tag">{t(`status.${i.status}`)}</span>{' '}
              {i.route?.mode === 'poll' && <span className="muted small">{t('poll.deadline', { at: f.instant(i.route.deadline) })}</span>}{' '}
              {i.voted.length > 0 && <span className="muted small">{t('poll.votedCount', { count: i.voted.length })}</span>}
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="closed-h" data-testid="closed-polls">
        <h2 id="closed-h">
          {t('poll.closedTitle')} {closed.length > CLOSED_SHOWN && <span className="muted small">({t('poll.showingNewest', { count: CLOSED_SHOWN })})</span>}
        </h2>
        {closed.length === 0 && list.data && <p className="muted">{t('poll.closedNone')}</p>}
        <ul>
          {closed.slice(0, CLOSED_SHOWN).map((i) => (
            <li key={i.id}>
              <a href={href(bodyPath(bodyId, 'polls', i.id))}>{i.title}</a> <RestrictedTag restricted={i.restricted} />{' '}
              <strong>{i.result!.adopted ? t('item.adopted') : t('item.notAdopted')}</strong> <span className="tag">{t(`status.${i.status}`)}</span>{' '}
              <span className="muted small">
                {t('item.tally', i.result)} · {t('poll.closedOn', { at: f.instant(i.result!.at) })}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function OnePoll({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const { bodyId, clock } = useBody();
  const f = useFormat();
  const problemText = useProblemText();
  const me = useRoleIn(bodyId);
  const { members, name } = useMembers(bodyId);
  const lang = useLang();
  const state = useAsync(() => api.item(bodyId, itemId), [bodyId, itemId]);
  const reload = useDebounced(state.reload, 200);
  useBodyStream(bodyId, LIVE, reload);
  const [deadline, setDeadline] = useState('');
  const [error, setError] = useState<unknown>();
  const [opinionSent, setOpinionSent] = useState(false);
  const act = (p: Promise<unknown>, after?: (x: unknown) => void) => {
    setError(undefined);
    p.then((x) => {
      state.reload();
      after?.(x);
    }, setError);
  };
  if (state.error) return <ErrorView error={state.error} />;
  if (!state.data) return <Loading />;
  const item: ItemView = state.data;
  const steer = !!me && STEERING.has(me.role);
  const full = members.filter((m) => (m.role === 'leader' || m.role === 'deputy' || m.role === 'member') && !m.retiredOn);
  const voting = item.status === 'polling' || item.status === 'on-agenda';
  const myBallot = me ? (item.votes?.[me.memberId] ?? item.opinions?.[me.memberId]) : undefined;
  const iVoted = !!me && item.voted.includes(me.memberId);
  const defaultDeadline = clock ? addHours(clock.now, 48) : '';

  return (
    <>
      <h1 data-testid="poll-title"><RecordTitle title={item.title} /></h1>
      <p className="row">
        <RestrictedTag restricted={item.restricted} /> <span className="tag" data-testid="poll-status">{t(`status.${item.status}`)}</span>
        {item.route?.mode === 'poll' && <span className="muted">{t('poll.deadline', { at: f.instant(item.route.deadline) })}</span>}
        <a href={href(bodyPath(bodyId, item.decisionId ? 'decision' : 'item', item.decisionId ?? item.id))}>{t('poll.itemPage')}</a>
      </p>
      {item.text && <p style={{ whiteSpace: 'pre-wrap' }}>{item.text}</p>}
      <div className="cols">
        <section className="card" aria-labelledby="ballot-h">
          <h2 id="ballot-h">{t('poll.ballot')}</h2>
          {!me && <p className="muted">{t('poll.loginToVote')}</p>}
          {me && !voting && !item.result && <p className="muted">{t('poll.notOpen')}</p>}
          {me && voting && (me.role === 'leader' || me.role === 'deputy' || me.role === 'member') && (
            <fieldset className="row plain-fieldset">
              <legend className="sr-label">{t('poll.ballot')}</legend>
              {iVoted ? (
                <p data-testid="my-vote">{t('poll.youVoted', { vote: myBallot ? t(`vote.${myBallot.vote}`) : '✓' })}</p>
              ) : (
                VOTES.map((v) => (
                  <button type="button" key={v} data-testid={`vote-${v}`} onClick={() => act(api.vote(bodyId, item.id, v))}>
                    {t(`vote.${v}`)}
                  </button>
                ))
              )}
            </fieldset>
          )}
          {me && voting && me.role === 'candidate' && (
            <>
              <p className="notice" data-testid="candidate-note">
                {t('poll.candidateNote')}
              </p>
              {iVoted || opinionSent || (!!me && !!item.opinions?.[me.memberId]) ? (
                <p>{t('poll.youGaveOpinion')}</p>
              ) : (
                <fieldset className="row plain-fieldset">
                  <legend className="sr-label">{t('poll.opinion')}</legend>
                  {VOTES.map((v) => (
                    <button type="button" className="secondary" key={v} data-testid={`opinion-${v}`} onClick={() => act(api.opinion(bodyId, item.id, v), () => setOpinionSent(true))}>
                      {t('poll.opinionButton', { vote: t(`vote.${v}`) })}
                    </button>
                  ))}
                </fieldset>
              )}
            </>
          )}
          {me && voting && (me.role === 'observer' || me.role === 'secretariat' || me.role === 'external') && <p className="muted">{t('poll.noVote')}</p>}
          {item.result && (
            <p data-testid="poll-result">
              <strong>{item.result.adopted ? t('item.adopted') : t('item.notAdopted')}</strong> — {t('item.tally', item.result)}
            </p>
          )}
          {steer && (
            <div className="answer">
              {item.status === 'proposed' && (
                <div className="filters">
                  <label>
                    {t('poll.deadlineLabel')}
                    <DateInput withTime value={deadline || defaultDeadline} onChange={setDeadline} />
                  </label>
                  <button type="button" data-testid="circulate" onClick={() => act(api.circulatePoll(bodyId, item.id, deadline || defaultDeadline))}>
                    {t('poll.circulate')}
                  </button>
                </div>
              )}
              {voting &&
                (item.actions?.close?.allowed !== false ? (
                  <button type="button" className="secondary" data-testid="close-voting" onClick={() => act(api.closeVoting(bodyId, item.id))}>
                    {t('poll.close')}
                  </button>
                ) : (
                  // Only what can succeed now is offered; the core's reason says when closing will be possible.
                  <p className="notice" data-testid="close-refused">
                    {problemText(item.actions.close)}
                  </p>
                ))}
              {item.status === 'adopted' && (
                <button type="button" data-testid="register" onClick={() => act(api.register(bodyId, item.id), (d) => navigate(bodyPath(bodyId, 'decision', (d as { id: string }).id)))}>
                  {t('poll.register')}
                </button>
              )}
            </div>
          )}
          <ErrorView error={error} />
        </section>
        <section className="card" aria-labelledby="who-h">
          <h2 id="who-h">{t('poll.whoVoted')}</h2>
          <p className="small muted">{t('poll.votedOf', { count: item.voted.length, total: full.length })}</p>
          <div className="table-wrap">
            <table className="plain" data-testid="who-voted">
              <thead>
                <tr>
                  <th scope="col">{t('item.member')}</th>
                  <th scope="col">{t('poll.hasVoted')}</th>
                  <th scope="col">{t('item.vote')}</th>
                </tr>
              </thead>
              <tbody>
                {members
                  .filter((m) => (m.role === 'leader' || m.role === 'deputy' || m.role === 'member') && !m.retiredOn)
                  .map((m) => {
                    // Votes only: a candidate's consultative opinion is not a vote and has its own list below.
                    const b = item.votes?.[m.id];
                    return (
                      <tr key={m.id}>
                        <td>
                          {memberLabel(m, lang)} <span className="muted small">{t(`role.${m.role}`)}</span>
                        </td>
                        <td>{item.voted.includes(m.id) ? '✓' : '—'}</td>
                        <td>
                          {b ? t(`vote.${b.vote}`) : item.votes === null && item.voted.includes(m.id) ? t('poll.hidden') : ''}
                          {me?.role === 'secretariat' && voting && !item.voted.includes(m.id) && m.role !== 'candidate' && (
                            <fieldset className="row plain-fieldset ballot-buttons">
                              <legend className="sr-label">{t('poll.recordFor', { name: memberLabel(m, lang) })}</legend>
                              {VOTES.map((v) => (
                                <button
                                  type="button"
                                  className="secondary"
                                  key={v}
                                  data-testid={`record-${m.id}-${v}`}
                                  aria-label={t('poll.recordVote', { name: memberLabel(m, lang), vote: t(`vote.${v}`) })}
                                  onClick={() => act(api.vote(bodyId, item.id, v, m.id))}
                                >
                                  {t(`vote.${v}`)}
                                </button>
                              ))}
                            </fieldset>
                          )}
                        </td>
                      </tr>
                    );
                  })}
              </tbody>
            </table>
          </div>
          <Opinions item={item} candidates={members.filter((m) => m.role === 'candidate' && !m.retiredOn)} />
          {steer && voting && full.length > 0 && <p className="small muted">{t('poll.outstanding', { names: full.filter((m) => !item.voted.includes(m.id)).map((m) => name(m.id)).join(', ') || '—' })}</p>}
        </section>
      </div>
    </>
  );
}

/** Candidates' consultative opinions, apart from the votes they are never counted with. */
function Opinions({ item, candidates }: { item: ItemView; candidates: Array<{ id: string; name: string }> }) {
  const { t } = useTranslation();
  if (candidates.length === 0) return null;
  const given = candidates.filter((m) => item.opinions?.[m.id]);
  return (
    <div data-testid="opinions">
      <h3>{t('poll.opinionsTitle')}</h3>
      {item.opinions === null ? (
        <p className="small muted">{t('poll.hidden')}</p>
      ) : given.length === 0 ? (
        <p className="small muted">{t('poll.noOpinions')}</p>
      ) : (
        <ul className="small">
          {given.map((m) => (
            <li key={m.id}>
              {m.name}: <strong>{t(`vote.${item.opinions![m.id]!.vote}`)}</strong>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Civil-time arithmetic on the body's `YYYY-MM-DDTHH:MM` instants, in UTC so no local zone shifts them. */
export function addHours(instant: string, hours: number): string {
  const d = new Date(`${instant}:00Z`);
  d.setUTCHours(d.getUTCHours() + hours);
  return d.toISOString().slice(0, 16);
}
