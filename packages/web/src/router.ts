import { useSyncExternalStore } from 'react';

/**
 * Hash routes (`#/b/<body>/register?q=…`), so any static server can serve the app and a
 * citable link survives without a server-side fallback to index.html.
 */
export interface Route {
  path: string;
  segments: string[];
  query: URLSearchParams;
}

const read = (): string => window.location.hash.replace(/^#/, '') || '/';

const subscribe = (notify: () => void): (() => void) => {
  window.addEventListener('hashchange', notify);
  return () => window.removeEventListener('hashchange', notify);
};

export const parseRoute = (raw: string): Route => {
  const [path = '/', search = ''] = raw.split('?');
  return { path, segments: path.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(search) };
};

export const useRoute = (): Route => parseRoute(useSyncExternalStore(subscribe, read, () => '/'));

export const href = (path: string, query?: Record<string, string | undefined>): string => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== '') q.set(k, v);
  const s = q.toString();
  return `#${path}${s ? `?${s}` : ''}`;
};

export const navigate = (path: string, query?: Record<string, string | undefined>, replace = false): void => {
  const target = href(path, query);
  if (replace) window.history.replaceState(null, '', target);
  else window.history.pushState(null, '', target);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
};

export const bodyPath = (bodyId: string, ...rest: string[]): string =>
  `/b/${encodeURIComponent(bodyId)}${rest.length ? `/${rest.map(encodeURIComponent).join('/')}` : ''}`;
