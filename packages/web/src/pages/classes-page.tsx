import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { classApi } from '../api/classes.ts';
import { useFormat } from '../components/format.ts';
import { ErrorView, Loading } from '../components/problem-text.tsx';
import { useAsync } from '../components/use-async.ts';
import { href, navigate } from '../router.ts';
import { DateInput } from '../components/date-input.tsx';

/** A teacher's way in: an account (no e-mail), his classes, and a new class of N groups, each a copy of 1934 as of a date. */
export default function ClassesPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const classes = useAsync(() => classApi.list(), []);
  const [error, setError] = useState<unknown>();
  const [cred, setCred] = useState({ username: '', password: '' });
  const [form, setForm] = useState({ name: '', groups: 3, asOf: '1934-07-30' });
  const loggedIn = classes.data !== undefined;

  const enter = (register: boolean) => async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      await (register ? classApi.registerTeacher(cred.username, cred.password) : classApi.loginTeacher(cred.username, cred.password));
      classes.reload();
    } catch (err) {
      setError(err);
    }
  };
  const create = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      const made = await classApi.create(form);
      navigate(`/classes/${made.classId}`);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <>
      <h1>{t('classroom.title')}</h1>
      <p className="muted">{t('classroom.intro')}</p>
      <ErrorView error={error} />
      {classes.loading && <Loading />}
      {!loggedIn && !classes.loading && (
        <form className="card" onSubmit={enter(false)} aria-label={t('classroom.teacherLogin')}>
          <h2>{t('classroom.teacherLogin')}</h2>
          <label>
            {t('login.username')} <input name="teacher-username" value={cred.username} onChange={(e) => setCred({ ...cred, username: e.target.value })} required />
          </label>
          <label>
            {t('login.password')} <input name="teacher-password" type="password" minLength={8} value={cred.password} onChange={(e) => setCred({ ...cred, password: e.target.value })} required />
          </label>
          <button type="submit">{t('nav.login')}</button>{' '}
          <button type="button" className="secondary" onClick={(e) => void enter(true)(e as unknown as FormEvent)}>
            {t('classroom.register')}
          </button>
        </form>
      )}
      {loggedIn && (
        <>
          <section className="card">
            <h2>{t('classroom.yours')}</h2>
            {classes.data!.classes.length === 0 ? (
              <p className="muted">{t('classroom.none')}</p>
            ) : (
              <ul>
                {classes.data!.classes.map((c) => (
                  <li key={c.classId}>
                    <a href={href(`/classes/${c.classId}`)}>{c.name}</a> · {t('classroom.groupsCount', { count: c.groups })} · {t('classroom.asOf', { date: f.date(c.asOf) })}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <form className="card" onSubmit={create} aria-label={t('classroom.create')}>
            <h2>{t('classroom.create')}</h2>
            <label>
              {t('classroom.name')} <input name="class-name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required maxLength={200} />
            </label>
            <label>
              {t('classroom.groups')} <input name="class-groups" type="number" min={1} max={60} value={form.groups} onChange={(e) => setForm({ ...form, groups: Number(e.target.value) })} />
            </label>
            <label>
              {t('classroom.copyDate')} <DateInput name="class-as-of" value={form.asOf} onChange={(v) => setForm({ ...form, asOf: v })} />
            </label>
            <button type="submit">{t('classroom.createButton')}</button>
          </form>
        </>
      )}
    </>
  );
}
