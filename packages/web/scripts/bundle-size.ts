/**
 * Gzipped size of the built web app: the whole of dist, what the first page (the register)
 * loads, and each lazily loaded page on top of it. Reads Vite's manifest, so chunk sharing
 * is counted once. `npx tsx packages/web/scripts/bundle-size.ts` (after a build); writes
 * test-output/bundle-size.json.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const webDir = fileURLToPath(new URL('..', import.meta.url));
const dist = join(webDir, 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
const gz = (file: string): number => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const raw = (file: string): number => statSync(join(dist, file)).size;

/** The files a chunk needs before it runs: itself, its CSS and its static imports, transitively. */
const closure = (key: string, seen = new Set<string>()): Set<string> => {
  const c = manifest[key];
  if (!c || seen.has(c.file)) return seen;
  seen.add(c.file);
  for (const css of c.css ?? []) seen.add(css);
  for (const i of c.imports ?? []) closure(i, seen);
  return seen;
};
const sum = (files: Iterable<string>, f: (x: string) => number) => [...files].reduce((n, x) => n + f(x), 0);

const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
const initial = closure(entryKey);
initial.add('index.html');
const pages = Object.keys(manifest).filter((k) => manifest[k]!.isDynamicEntry);
const perPage = pages
  .map((k) => {
    const extra = [...closure(k)].filter((f) => !initial.has(f));
    return { page: manifest[k]!.src ?? k, gzipBytes: sum(extra, gz), files: extra };
  })
  .sort((a, z) => z.gzipBytes - a.gzipBytes);
const register = perPage.find((p) => p.page.includes('register-page'));

const allFiles: string[] = [];
const walk = (dir: string) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      if (e.name !== '.vite') walk(join(dir, e.name));
    } else allFiles.push(relative(dist, join(dir, e.name)));
  }
};
walk(dist);

const report = {
  totalGzipBytes: sum(allFiles, gz),
  totalRawBytes: sum(allFiles, raw),
  initialGzipBytes: sum(initial, gz),
  registerFirstLoadGzipBytes: sum(initial, gz) + (register?.gzipBytes ?? 0),
  perPageExtraGzipBytes: Object.fromEntries(perPage.map((p) => [p.page, p.gzipBytes])),
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`bundle (gzip -9): total ${kb(report.totalGzipBytes)} (raw ${kb(report.totalRawBytes)})`);
console.log(`  shell (entry + css + html):      ${kb(report.initialGzipBytes)}`);
console.log(`  first load of the register:      ${kb(report.registerFirstLoadGzipBytes)}`);
for (const p of perPage) console.log(`  + ${p.page.padEnd(40)} ${kb(p.gzipBytes)}`);
const out = join(webDir, '..', '..', 'test-output');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'bundle-size.json'), `${JSON.stringify(report, null, 2)}\n`);
