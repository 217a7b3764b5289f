import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { Clock } from '../api/types.ts';
import { useFormat } from './format.ts';
import { ErrorView } from './problem-text.tsx';
import { DateInput } from './date-input.tsx';

const SPEEDS = [1, 60, 360, 1440, 10080];

/** The replay clock: speed, pause, step. Only steering roles may change it; everyone sees it. */
export function ClockControls({ bodyId, clock, canSteer, onChange }: { bodyId: string; clock: Clock; canSteer: boolean; onChange: (c: Clock) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [start, setStart] = useState(clock.now);
  const [speed, setSpeed] = useState(clock.mode === 'replay' ? clock.speed : 1440);
  const [minutes, setMinutes] = useState(60);
  const [error, setError] = useState<unknown>();
  useEffect(() => setStart(clock.now), [clock.now]);
  const run = (p: Promise<Clock>) => {
    setError(undefined);
    p.then(onChange, setError);
  };
  return (
    <section className="card" aria-labelledby="clock-h">
      <h2 id="clock-h">{t('clock.title')}</h2>
      <p>
        <span className="muted">{t('clock.now')}:</span> <strong data-testid="clock-now" data-instant={clock.now}>
          {f.instant(clock.now)}
        </strong>{' '}
        <span className="tag">{t(`clock.mode.${clock.mode}`)}</span>{' '}
        {clock.mode === 'replay' && <span className="tag">{clock.paused ? t('clock.paused') : t('clock.running', { speed: clock.speed })}</span>}
      </p>
      {canSteer ? (
        <div className="filters">
          <label>
            {t('clock.start')}
            <DateInput withTime value={start} onChange={setStart} />
          </label>
          <label>
            {t('clock.speed')}
            <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
              {SPEEDS.map((s) => (
                <option key={s} value={s}>
                  ×{s}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => run(api.setClock(bodyId, { mode: 'replay', start, speed }))}>
            {t('clock.replay')}
          </button>
          {clock.mode === 'replay' &&
            (clock.paused ? (
              <button type="button" className="secondary" onClick={() => run(api.resumeClock(bodyId))}>
                {t('clock.resume')}
              </button>
            ) : (
              <button type="button" className="secondary" onClick={() => run(api.pauseClock(bodyId))}>
                {t('clock.pause')}
              </button>
            ))}
          <label>
            {t('clock.stepMinutes')}
            <input type="number" min={1} value={minutes} onChange={(e) => setMinutes(Math.max(1, Number(e.target.value)))} style={{ width: '7rem' }} />
          </label>
          <button type="button" className="secondary" onClick={() => run(api.stepClock(bodyId, minutes))}>
            {t('clock.step')}
          </button>
          <button type="button" className="secondary" onClick={() => run(api.setClock(bodyId, { mode: 'real' }))}>
            {t('clock.real')}
          </button>
        </div>
      ) : (
        <p className="muted small">{t('clock.readOnly')}</p>
      )}
      <ErrorView error={error} />
    </section>
  );
}
