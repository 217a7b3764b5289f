// The production build `npm start` serves from: every package but the web app compiled
// file by file to JavaScript (TypeScript's own transpiler, `.ts` imports rewritten to
// `.js`) into packages/<name>/dist, beside src, so that paths a module finds from its own
// location (`../data`, `../../web/dist`, `./worker.js`) hold in dist as in src. Types are
// checked by `tsc` in CI, not here. Cross-package imports still name src: the loader
// (scripts/dist-loader.mjs) sends them to dist.
//   node scripts/build-server.mjs
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const SKIP = /\.test\.ts$|\/test-support\/|\/testing\//;
const options = {
  module: ts.ModuleKind.ESNext,
  target: ts.ScriptTarget.ES2022,
  verbatimModuleSyntax: true,
  rewriteRelativeImportExtensions: true,
  sourceMap: true,
};

const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
const started = Date.now();
let files = 0;
for (const pkg of readdirSync(join(root, 'packages'))) {
  const src = join(root, 'packages', pkg, 'src');
  if (pkg === 'web' || !statSync(src, { throwIfNoEntry: false })?.isDirectory()) continue;
  const dist = join(root, 'packages', pkg, 'dist');
  rmSync(dist, { recursive: true, force: true });
  for (const file of walk(src).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !SKIP.test(f))) {
    const out = join(dist, relative(src, file)).replace(/\.ts$/, '.js');
    const { outputText, sourceMapText } = ts.transpileModule(readFileSync(file, 'utf8'), { compilerOptions: options, fileName: file });
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, outputText);
    if (sourceMapText) writeFileSync(`${out}.map`, sourceMapText);
    files++;
  }
  // What a module reads beside itself (the message catalogue's JSON, say) goes along unchanged.
  for (const file of walk(src).filter((f) => !f.endsWith('.ts') && !SKIP.test(f))) {
    const out = join(dist, relative(src, file));
    mkdirSync(dirname(out), { recursive: true });
    copyFileSync(file, out);
  }
}
writeFileSync(join(root, 'packages', 'cli', 'dist', '.built'), new Date().toISOString());
console.log(`› compiled ${files} files to packages/*/dist in ${((Date.now() - started) / 1000).toFixed(1)} s`);
