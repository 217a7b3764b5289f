import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { classApi, INJECTIONS } from '../api/classes.ts';
import { useFormat } from '../components/format.ts';
import { ErrorView, Loading } from '../components/problem-text.tsx';
import { useAsync } from '../components/use-async.ts';
import { groupName } from '../components/group-name.ts';
import { memberLabel, useLang } from '../i18n/pick.ts';
import { bodyPath, href, navigate } from '../router.ts';

/** One class as its teacher runs it: the code, the groups and their seats, one clock, the teacher's events, the debrief. */
export default function ClassPage({ classId }: { classId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const lang = useLang();
  const view = useAsync(() => classApi.get(classId), [classId]);
  const [error, setError] = useState<unknown>();
  const [speed, setSpeed] = useState(600);
  const [link, setLink] = useState('');
  const act = (f: () => Promise<unknown>) => async () => {
    setError(undefined);
    try {
      await f();
      view.reload();
    } catch (err) {
      setError(err);
    }
  };
  const v = view.data;
  if (!v) return view.error ? <ErrorView error={view.error} /> : <Loading />;
  const teacher = v.you.teacher;
  return (
    <>
      <h1>{v.name}</h1>
      <p>
        {t('classroom.asOf', { date: f.date(v.asOf) })}
        {v.code && (
          <>
            {' · '}
            {t('classroom.code')}: <strong data-testid="class-code">{v.code}</strong> · <a href={href(`/join/${v.code}`)}>{t('classroom.joinPage')}</a>
          </>
        )}
      </p>
      <ErrorView error={error} />
      {teacher && (
        <section className="card" aria-label={t('classroom.clock')}>
          <h2>{t('classroom.clock')}</h2>
          <button type="button" data-testid="class-start" onClick={act(() => classApi.clock(classId, 'start', speed))}>
            {t('classroom.start')}
          </button>{' '}
          <button type="button" className="secondary" onClick={act(() => classApi.clock(classId, 'pause'))}>
            {t('clock.pause')}
          </button>{' '}
          <label>
            {t('clock.speed')} <input name="class-speed" type="number" min={1} max={100000} value={speed} onChange={(e) => setSpeed(Number(e.target.value))} />
          </label>{' '}
          <button type="button" className="secondary" onClick={act(() => classApi.clock(classId, 'speed', speed))}>
            {t('classroom.setSpeed')}
          </button>{' '}
          <button type="button" className="secondary" onClick={act(() => classApi.clock(classId, 'rewind'))}>
            {t('classroom.rewind')}
          </button>{' '}
          <label className="inline">
            <input type="checkbox" checked={v.settings.groupsRunAlone} onChange={(e) => void act(() => classApi.runAlone(classId, e.target.checked))()} /> {t('classroom.runAlone')}
          </label>
          <h3>{t('classroom.inject')}</h3>
          {INJECTIONS.map((k) => (
            <button key={k} type="button" className="secondary" data-testid={`inject-${k}`} onClick={act(() => classApi.inject(classId, k))}>
              {t(`classroom.injection.${k}`)}
            </button>
          ))}
          <h3>{t('classroom.links')}</h3>
          <button type="button" className="secondary" onClick={act(async () => setLink((await classApi.link(classId)).path))}>
            {t('classroom.newLink')}
          </button>
          {link && <code data-testid="class-link">{`${location.origin}${location.pathname}${link}`}</code>}
        </section>
      )}
      {v.groups.map((g) => (
        <section key={g.groupId} className="card" data-testid={`group-${g.groupId}`}>
          <h2>
            {groupName(g, t)} · {t('classroom.run', { run: g.runs.length })}
          </h2>
          <p>
            {t('clock.now')}: <span className="num" data-testid={`group-clock-${g.groupId}`} data-at={g.clock.now}>
              {f.instant(g.clock.now)}
            </span> · {g.clock.paused ? t('clock.paused') : t('clock.running', { speed: g.clock.speed })}
            {' · '}
            <a href={href(bodyPath(g.bodyId, 'register'))}>{t('nav.register')}</a>
          </p>
          <table>
            <thead>
              <tr>
                <th>{t('classroom.seat')}</th>
                <th>{t('classroom.role')}</th>
                <th>{t('classroom.player')}</th>
              </tr>
            </thead>
            <tbody>
              {g.seats.map((s) => (
                <tr key={s.memberId}>
                  <td>{memberLabel(s, lang)}</td>
                  <td>{t(`role.${s.role}`)}</td>
                  <td>
                    {s.student ? s.student.pseudonym : <span className="tag synthetic">{t('classroom.model')}</span>}
                    {teacher && s.student && (
                      <select aria-label={t('classroom.moveTo', { name: s.student.pseudonym })} value="" onChange={(e) => void act(() => classApi.assign(classId, s.student!.studentId, e.target.value))()}>
                        <option value="">{t('classroom.moveTo', { name: s.student.pseudonym })}</option>
                        {g.seats
                          .filter((x) => !x.student)
                          .map((x) => (
                            <option key={x.memberId} value={x.memberId}>
                              {memberLabel(x, lang)} ({t(`role.${x.role}`)})
                            </option>
                          ))}
                      </select>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <p>
        <a href={href(`/classes/${classId}/debrief`)} data-testid="class-debrief-link">
          {t('classroom.debrief')}
        </a>
      </p>
      {teacher && (
        <button
          type="button"
          className="secondary"
          onClick={act(async () => {
            if (!window.confirm(t('classroom.deleteConfirm'))) return;
            await classApi.remove(classId);
            navigate('/classes');
          })}
        >
          {t('classroom.delete')}
        </button>
      )}
    </>
  );
}
