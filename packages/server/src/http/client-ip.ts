import type { Context } from 'hono';

/** The peer address from the Node adapter's socket; requests made in-process (tests) have none. */
export const clientIp = (c: Context): string => {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
};
