import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { ItemView } from '../api/types.ts';
import { useBody } from '../components/body-context.tsx';
import { useFormat } from '../components/format.ts';
import { ErrorView, Loading } from '../components/problem-text.tsx';
import { useRoleIn } from '../components/session.tsx';
import { ProvenanceTag, RestrictedTag } from '../components/tags.tsx';
import { useAsync } from '../components/use-async.ts';
import { useBodyStream, useDebounced } from '../components/use-body-stream.ts';
import { useMembers } from '../components/use-members.ts';
import { bodyPath, href, navigate } from '../router.ts';
import { STEERING } from '../api/vocabulary.ts';
import { memberLabel, recordTitle, useLang } from '../i18n/pick.ts';
import { RecordTitle } from '../components/record-title.tsx';
import { DateInput } from '../components/date-input.tsx';


/** Meetings: the list, and one meeting's agenda, attendance and chair; steering roles run it. */
export default function MeetingPage({ meetingId }: { meetingId?: string }) {
  return meetingId ? <OneMeeting meetingId={meetingId} /> : <MeetingList />;
}

function MeetingList() {
  const { t } = useTranslation();
  const { bodyId, clock } = useBody();
  const f = useFormat();
  const me = useRoleIn(bodyId);
  const { name } = useMembers(bodyId);
  const list = useAsync(() => api.meetings(bodyId), [bodyId]);
  const [date, setDate] = useState('');
  const [error, setError] = useState<unknown>();
  const meetings = [...(list.data?.meetings ?? [])].sort((a, z) => z.date.localeCompare(a.date));
  return (
    <>
      <h1>{t('meetings.title')}</h1>
      {me && STEERING.has(me.role) && (
        <form
          className="filters card"
          onSubmit={(e) => {
            e.preventDefault();
            setError(undefined);
            api.scheduleMeeting(bodyId, date || (clock?.now.slice(0, 10) ?? '')).then((m) => navigate(bodyPath(bodyId, 'meetings', m.id)), setError);
          }}
        >
          <label>
            {t('meetings.date')}
            <DateInput value={date || (clock?.now.slice(0, 10) ?? '')} onChange={setDate} required />
          </label>
          <button type="submit">{t('meetings.schedule')}</button>
          <ErrorView error={error} />
        </form>
      )}
      <ErrorView error={list.error} />
      {list.loading && !list.data && <Loading />}
      <div className="card">
        <table className="plain stack-phone meetings-table" data-testid="meetings-table">
          <thead>
            <tr>
              <th scope="col">{t('meetings.date')}</th>
              <th scope="col">{t('meetings.status')}</th>
              <th scope="col">{t('meetings.chair')}</th>
              <th scope="col">{t('meetings.agenda')}</th>
              <th scope="col">{t('meetings.protocolItems')}</th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((m) => (
              <tr key={m.id}>
                <td className="num">
                  <a href={href(bodyPath(bodyId, 'meetings', m.id))}>{f.date(m.date)}</a>
                </td>
                <td>
                  {t(`meetingStatus.${m.status}`)} <ProvenanceTag row={m} />
                </td>
                <td className="hide-phone">{m.chairId ? name(m.chairId) : '—'}</td>
                <td className="num hide-phone">{m.status === 'historical' ? '—' : m.agenda.length}</td>
                <td className="num" data-testid={`protocol-items-${m.id}`}>
                  {t('meetings.itemsCount', { count: m.protocolItemCount + m.hiddenProtocolItems })}
                  {m.protocolNos.map((no) => (
                    <span key={no}>
                      {' · '}
                      <a href={href(bodyPath(bodyId, 'protocols', String(no)))}>{t('meetings.protocolLink', { no })}</a>
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.data && meetings.length === 0 && <p className="muted">{t('meetings.none')}</p>}
      </div>
    </>
  );
}

function OneMeeting({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const { bodyId } = useBody();
  const f = useFormat();
  const me = useRoleIn(bodyId);
  const steer = !!me && STEERING.has(me.role);
  const { members, name } = useMembers(bodyId);
  const lang = useLang();
  const state = useAsync(async () => {
    const [meeting, items] = await Promise.all([api.meeting(bodyId, meetingId), api.items(bodyId)]);
    return { meeting, items: items.items };
  }, [bodyId, meetingId]);
  const reload = useDebounced(state.reload, 300);
  useBodyStream(bodyId, ['MeetingOpened', 'MeetingClosed', 'ItemPutToMeeting', 'VoteCast', 'VotingClosed', 'DecisionRegistered'], reload);
  const [chair, setChair] = useState('');
  const [attending, setAttending] = useState<Set<string>>(new Set());
  const [pick, setPick] = useState('');
  const [error, setError] = useState<unknown>();
  const act = (p: Promise<unknown>) => {
    setError(undefined);
    p.then(state.reload, setError);
  };
  if (state.error) return <ErrorView error={state.error} />;
  if (!state.data) return <Loading />;
  const { meeting, items } = state.data;
  const byId = new Map(items.map((i) => [i.id, i]));
  const agenda = meeting.agenda.map((id) => byId.get(id)).filter((i): i is ItemView => !!i);
  const hiddenCount = meeting.agenda.length - agenda.length;
  const candidates = items.filter((i) => i.status === 'proposed');
  const votingMembers = members.filter((m) => !m.retiredOn && m.role !== 'external' && m.role !== 'observer');

  return (
    <>
      <h1>{t('meetings.one', { date: f.date(meeting.date) })}</h1>
      <p className="row">
        <span className="tag">{t(`meetingStatus.${meeting.status}`)}</span> <ProvenanceTag row={meeting} />
      </p>
      <div className="cols">
        <section className="card" aria-labelledby="att-h">
          <h2 id="att-h">{t('meetings.attendance')}</h2>
          <p>
            {t('meetings.chair')}: <strong>{meeting.chairId ? name(meeting.chairId) : '—'}</strong>
          </p>
          {meeting.attendees === null ? (
            <p className="muted">{t('meetings.attendanceUnknown')}</p>
          ) : (
            <ul>{meeting.attendees.map((a) => <li key={a}>{name(a)}</li>)}</ul>
          )}
          {steer && meeting.status === 'scheduled' && (
            <fieldset>
              <legend>{t('meetings.open')}</legend>
              <label>
                {t('meetings.chair')}
                <select value={chair} onChange={(e) => setChair(e.target.value)} required>
                  <option value="">—</option>
                  {votingMembers.map((m) => (
                    <option key={m.id} value={m.id}>
                      {memberLabel(m, lang)}
                    </option>
                  ))}
                </select>
              </label>
              <fieldset className="plain-fieldset">
                <legend className="sr-label">{t('meetings.attendance')}</legend>
                {votingMembers.map((m) => (
                  <label className="inline" key={m.id}>
                    <input
                      type="checkbox"
                      checked={attending.has(m.id)}
                      onChange={(e) => {
                        const s = new Set(attending);
                        if (e.target.checked) s.add(m.id);
                        else s.delete(m.id);
                        setAttending(s);
                      }}
                    />
                    {memberLabel(m, lang)} <span className="muted small">({t(`role.${m.role}`)})</span>
                  </label>
                ))}
              </fieldset>
              <button type="button" disabled={!chair} onClick={() => act(api.openMeeting(bodyId, meeting.id, chair, [...attending]))}>
                {t('meetings.openButton')}
              </button>
            </fieldset>
          )}
          {steer && meeting.status === 'open' && (
            <button type="button" className="secondary" onClick={() => act(api.closeMeeting(bodyId, meeting.id))}>
              {t('meetings.close')}
            </button>
          )}
        </section>
        {/* A historical sitting has no agenda in the record: its protocol items, below, say what it took up. */}
        {!(meeting.status === 'historical' && meeting.agenda.length === 0) && (
        <section className="card" aria-labelledby="ag-h">
          <h2 id="ag-h">{t('meetings.agenda')}</h2>
          {hiddenCount > 0 && <p className="muted small">{t('common.hiddenRows', { count: hiddenCount })}</p>}
          <ol>
            {agenda.map((i) => (
              <AgendaItem key={i.id} bodyId={bodyId} item={i} steer={steer && meeting.status !== 'closed'} act={act} />
            ))}
          </ol>
          {meeting.agenda.length === 0 && meeting.status !== 'historical' && <p className="muted">{t('meetings.emptyAgenda')}</p>}
          {steer && meeting.status !== 'closed' && meeting.status !== 'historical' && (
            <div className="filters">
              <label>
                {t('meetings.addItem')}
                <select value={pick} onChange={(e) => setPick(e.target.value)}>
                  <option value="">—</option>
                  {candidates.map((i) => (
                    <option key={i.id} value={i.id}>
                      {recordTitle(i.title, t)}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" disabled={!pick} onClick={() => act(api.addToAgenda(bodyId, meeting.id, pick))}>
                {t('meetings.add')}
              </button>
            </div>
          )}
        </section>
        )}
      </div>
      <section className="card" aria-labelledby="pi-h" data-testid="sitting-protocol-items">
        <h2 id="pi-h">
          {t('meetings.protocolItems')}{' '}
          {meeting.protocolNos.map((no) => (
            <a key={no} className="small" href={href(bodyPath(bodyId, 'protocols', String(no)))} style={{ marginRight: '.5rem' }}>
              {t('meetings.protocolLink', { no })}
            </a>
          ))}
        </h2>
        {meeting.hiddenProtocolItems > 0 && <p className="muted small">{t('common.hiddenRows', { count: meeting.hiddenProtocolItems })}</p>}
        {(meeting.protocolItems ?? []).length === 0 ? (
          <p className="muted">{t('meetings.noProtocolItems')}</p>
        ) : (
          <ol className="protocol-items plain-list">
            {(meeting.protocolItems ?? []).map((d) => (
              <li key={d.id} value={d.itemNo}>
                <span className="num muted small">
                  {d.protocolNo}/{d.itemLabel ?? d.itemNo}
                </span>{' '}
                <a href={href(bodyPath(bodyId, 'decision', d.id))}>
                  <RecordTitle title={d.title} />
                </a> <RestrictedTag restricted={d.restricted} />
              </li>
            ))}
          </ol>
        )}
      </section>
      <ErrorView error={error} />
    </>
  );
}

function AgendaItem({ bodyId, item, steer: canAct, act: run }: { bodyId: string; item: ItemView; steer: boolean; act: (p: Promise<unknown>) => void }) {
const { t } = useTranslation();
  return (
    <li>
      <a href={href(bodyPath(bodyId, item.decisionId ? 'decision' : 'item', item.decisionId ?? item.id))}><RecordTitle title={item.title} /></a> <RestrictedTag restricted={item.restricted} />{' '}
      <span className="tag">{t(`status.${item.status}`)}</span>
      {canAct && (
        <span className="row">
          {(item.status === 'on-agenda' || item.status === 'polling') && (
            <>
              <a className="button secondary" href={href(bodyPath(bodyId, 'polls', item.id))}>
                {t('meetings.takeVotes')}
              </a>
              <button type="button" className="secondary" onClick={() => run(api.closeVoting(bodyId, item.id))}>
                {t('poll.close')}
              </button>
            </>
          )}
          {item.status === 'adopted' && (
            <button type="button" onClick={() => run(api.register(bodyId, item.id))}>
              {t('poll.register')}
            </button>
          )}
        </span>
      )}
    </li>
  );
}
