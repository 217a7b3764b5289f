import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { classApi, studentKeys } from '../api/classes.ts';
import type { Role } from '../api/types.ts';
import { ErrorView } from '../components/problem-text.tsx';
import { useSession } from '../components/session.tsx';
import { bodyPath, navigate, useRoute } from '../router.ts';

const PICKABLE: readonly Role[] = ['leader', 'deputy', 'member', 'candidate'];

/**
 * A student joins a class with its code (or the one-time link the teacher gave him): no
 * e-mail, a pseudonym if he likes, a seat if he picks one. His key stays in this browser,
 * so he can come back to his group after a rewind.
 */
export default function JoinPage({ classId }: { classId?: string | undefined }) {
  const { t } = useTranslation();
  const route = useRoute();
  const { refresh } = useSession();
  const token = route.query.get('token') ?? undefined;
  const [code, setCode] = useState(classId ?? '');
  const [pseudonym, setPseudonym] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [group, setGroup] = useState(route.query.get('group') ?? '');
  const [error, setError] = useState<unknown>();
  const saved = classId ? studentKeys.all()[classId] : undefined;

  const go = async (bodyId: string) => {
    await refresh();
    navigate(bodyPath(bodyId, 'desk'));
  };
  const join = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      const id = code.trim().toLowerCase();
      const joined = await classApi.join(id, { ...(token ? { token } : {}), ...(pseudonym ? { pseudonym } : {}), ...(role ? { role } : {}), ...(group ? { groupId: `g${group}` } : {}) });
      studentKeys.save(id, joined.studentId, joined.key);
      await go(joined.bodyId);
    } catch (err) {
      setError(err);
    }
  };
  const back = async () => {
    setError(undefined);
    try {
      if (classId && saved) await go((await classApi.enter(classId, saved.studentId, saved.key)).bodyId);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <>
      <h1>{t('classroom.joinTitle')}</h1>
      <ErrorView error={error} />
      {saved && (
        <p>
          <button type="button" data-testid="class-enter" onClick={() => void back()}>
            {t('classroom.enterAgain')}
          </button>
        </p>
      )}
      <form className="card" onSubmit={join} aria-label={t('classroom.joinTitle')}>
        <label>
          {t('classroom.code')} <input name="class-code" value={code} onChange={(e) => setCode(e.target.value)} required autoComplete="off" />
        </label>
        <label>
          {t('classroom.pseudonym')} <input name="pseudonym" value={pseudonym} maxLength={40} onChange={(e) => setPseudonym(e.target.value)} placeholder={t('classroom.pseudonymHint')} />
        </label>
        {!token && (
          <label>
            {t('classroom.groupNo')} <input name="class-group" type="number" min={1} max={60} value={group} onChange={(e) => setGroup(e.target.value)} placeholder={t('classroom.anyGroup')} />
          </label>
        )}
        {!token && (
          <label>
            {t('classroom.role')}
            <select name="class-role" value={role} onChange={(e) => setRole(e.target.value as Role | '')}>
              <option value="">{t('classroom.anySeat')}</option>
              {PICKABLE.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="submit">{t('classroom.join')}</button>
      </form>
    </>
  );
}
