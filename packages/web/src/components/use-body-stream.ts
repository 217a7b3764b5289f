import { useEffect, useRef } from 'react';
import { urls } from '../api/client.ts';
import type { StreamEnvelope } from '../api/types.ts';

/**
 * Live updates over SSE. EventSource resends Last-Event-ID on reconnect, so the server
 * replays what was missed; the handler sees every event type it names.
 */
export function useBodyStream(bodyId: string | undefined, types: readonly string[], onEvent: (e: StreamEnvelope) => void): void {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const key = types.join(',');
  useEffect(() => {
    if (!bodyId || typeof EventSource === 'undefined') return;
    const source = new EventSource(urls.stream(bodyId), { withCredentials: true });
    const listener = (m: MessageEvent<string>) => {
      try {
        handler.current(JSON.parse(m.data) as StreamEnvelope);
      } catch {
        /* a malformed frame is skipped; the next reload catches up */
      }
    };
    const names = key.split(',').filter(Boolean);
    for (const n of names) source.addEventListener(n, listener);
    return () => {
      for (const n of names) source.removeEventListener(n, listener);
      source.close();
    };
  }, [bodyId, key]);
}

/** Coalesces bursts (a hundred ballots) into one reload. */
export function useDebounced(fn: () => void, ms = 250): () => void {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const f = useRef(fn);
  f.current = fn;
  useEffect(() => () => clearTimeout(timer.current), []);
  return () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => f.current(), ms);
  };
}
