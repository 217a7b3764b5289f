import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './http/app-env.ts';
import { HttpProblem, problemResponse } from './http/problem.ts';

/** Where `npm run build -w @politburo/web` puts the app. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

/**
 * Serves the built web app beside the API: its files, and `index.html` for every other
 * path that is not under /api, so that client-side routes and citable links load the app.
 */
export const mountWebApp = (app: OpenAPIHono<AppEnv>, root: string = DEFAULT_WEB_ROOT): boolean => {
  const index = join(root, 'index.html');
  if (!existsSync(index)) return false;
  const html = readFileSync(index, 'utf8');
  const rel = relative(process.cwd(), root) || '.';
  app.use('/assets/*', serveStatic({ root: rel }));
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || c.req.path === '/api') return problemResponse(new HttpProblem(404, 'NOT_FOUND', 'No such route.'));
    const file = join(root, c.req.path);
    if (c.req.path !== '/' && file.startsWith(root) && existsSync(file) && !file.endsWith('/')) {
      return serveStatic({ root: rel })(c, next);
    }
    return c.html(html);
  });
  return true;
};
