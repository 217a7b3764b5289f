import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { BodySummary, Clock, StreamEnvelope } from '../api/types.ts';
import { useAsync } from './use-async.ts';
import { useBodyStream } from './use-body-stream.ts';
import { useSession } from './session.tsx';

interface BodyContext {
  bodyId: string;
  body: BodySummary | undefined;
  clock: Clock | undefined;
  setClock: (c: Clock) => void;
  error: unknown;
  reload: () => void;
}

const Ctx = createContext<BodyContext | null>(null);

/** The body in view, its clock kept current from the stream and a slow poll while a replay runs. */
export function BodyProvider({ bodyId, children }: { bodyId: string; children: ReactNode }) {
  const { user } = useSession();
  const summary = useAsync(() => api.body(bodyId), [bodyId, user?.username, user?.bodyId]);
  const [clock, setClock] = useState<Clock | undefined>();
  useEffect(() => setClock(summary.data?.clock), [summary.data]);
  useBodyStream(bodyId, ['ClockChanged'], (e: StreamEnvelope) => {
    const c = (e.event as { clock?: Clock }).clock;
    if (c) setClock(c);
    else api.clock(bodyId).then(setClock, () => undefined);
  });
  const running = clock?.mode === 'replay' && !clock.paused;
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => api.clock(bodyId).then(setClock, () => undefined), 2000);
    return () => clearInterval(id);
  }, [bodyId, running]);
  return (
    <Ctx.Provider value={{ bodyId, body: summary.data, clock, setClock, error: summary.error, reload: summary.reload }}>{children}</Ctx.Provider>
  );
}

export const useBody = (): BodyContext => {
  const c = useContext(Ctx);
  if (!c) throw new Error('BodyProvider missing');
  return c;
};
