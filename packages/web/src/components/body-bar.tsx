import { useTranslation } from 'react-i18next';
import { STEERING } from '../api/vocabulary.ts';
import { useBody } from './body-context.tsx';
import { ClockControls } from './clock-controls.tsx';
import { useFormat } from './format.ts';
import { pick, useLang } from '../i18n/pick.ts';
import { useRoleIn } from './session.tsx';

/**
 * The body in view on every page: its name, its clock (or, for a read-only record, the period
 * it covers, since its clock would only say today), and the clock's controls for the roles
 * that may steer it — open on the desk, where the correspondence runs on that clock.
 */
export function BodyBar({ controlsOpen }: { controlsOpen: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { body, clock, bodyId, setClock } = useBody();
  const me = useRoleIn(bodyId);
  const lang = useLang();
  const canSteer = !!me && STEERING.has(me.role) && !body?.readOnly;
  return (
    <section className="bodybar" aria-label={t('body.bar')}>
      <strong data-testid="body-name">{body ? pick(lang, body.name, body.nameRu ?? undefined) : bodyId}</strong>
      {body?.readOnly && <span className="tag">{t('body.readOnly')}</span>}
      {body?.readOnly && body.period ? (
        <span data-testid="bodybar-period">
          {t('clock.period')}: <span className="num">{t('clock.periodRange', { from: f.date(body.period.from), to: f.date(body.period.to) })}</span>
        </span>
      ) : (
        clock && (
          <span>
            {t('clock.now')}:{' '}
            <span className="num" data-testid="bodybar-clock" data-instant={clock.now}>
              {f.instant(clock.now)}
            </span>
            {clock.mode === 'replay' && ` · ${clock.paused ? t('clock.paused') : t('clock.running', { speed: clock.speed })}`}
          </span>
        )
      )}
      {body?.me && <span>{t('body.youAre', { role: t(`role.${body.me.role}`) })}</span>}
      {canSteer && clock && (
        // Open on the desk, except on a phone, where the controls would fill the first screen.
        <details className="clock-details" open={controlsOpen && !(typeof matchMedia !== 'undefined' && matchMedia('(max-width: 720px)').matches)}>
          <summary>{t('clock.controls')}</summary>
          <ClockControls bodyId={bodyId} clock={clock} canSteer onChange={setClock} />
        </details>
      )}
    </section>
  );
}
