// `node --import ./scripts/dist-loader.mjs packages/cli/dist/main.js`: the compiled
// packages (scripts/build-server.mjs) import each other by name, and their package.json
// `exports` name the TypeScript sources (what tsc, vitest and tsx read); this hook sends
// such an import to the compiled file beside it, packages/<name>/dist/….js.
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
    export async function resolve(specifier, context, next) {
      const r = await next(specifier, context);
      const m = /^(file:.*\\/packages\\/[^/]+)\\/src\\/(.*)\\.ts$/.exec(r.url);
      return m ? { ...r, url: m[1] + '/dist/' + m[2] + '.js', format: 'module' } : r;
    }
  `)}`,
);
