/**
 * The protocol PDF (issue: "a 43-page protocol takes 1.1 s"): a protocol of Russian-titled
 * decisions long enough for 43 pages, laid out by `protocolPdf` (embedded DejaVu, subset),
 * against two baselines measured in the same run:
 *   - `text-only`: pdfkit writing the same text in the same embedded faces, one `text()`
 *     call per line and no layout of ours (no fonts switched mid-line, no alignment);
 *   - `helvetica`: the same as `text-only` in pdfkit's standard Helvetica (not embedded,
 *     WinAnsi: cannot print Cyrillic; what the export used before).
 * The cases take turns (one run of each per round, `--runs` rounds after `--warmup`), so a
 * busy machine slows them alike; each prints its median wall time and the median CPU time
 * of the process during the run (less sensitive to other processes), and the ratio to
 * `text-only`. 372 decisions make 43 pages.
 *
 *   npx tsx bench/protocol-pdf.ts [--decisions 372] [--runs 15] [--warmup 3]
 */
import { performance } from 'node:perf_hooks';
import PDFDocument from 'pdfkit';
import { fontOf } from '../packages/server/src/export/pdf-fonts.ts';
import { protocolDocument } from '../packages/server/src/export/protocol-document.ts';
import { protocolPdf } from '../packages/server/src/export/protocol-pdf.ts';
import { protocolBody } from '../packages/server/src/test-support/protocol-body.ts';
import { parseFlags } from './bench-support.ts';

const flags = parseFlags(process.argv.slice(2), { decisions: '372', runs: '15', warmup: '3' });
const b = protocolBody(Number(flags.decisions));
const viewer = { role: 'member', memberId: 'molotov', now: '1934-08-02T10:00' } as const;
const decisions = Object.values(b.decisions);

const collect = (doc: PDFKit.PDFDocument): Promise<Buffer> =>
  new Promise((resolve) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
  });

const lines = protocolDocument(b.name, b, 1, decisions, viewer, 'ru').blocks.flatMap((x) =>
  x.kind === 'labelled' ? [`${x.label} ${x.text}`] : x.kind === 'signature' ? [x.label, x.fingerprint, x.verify] : [x.text],
);

const plain = (embedded: boolean): Promise<Buffer> => {
  const doc = new PDFDocument({ size: 'A4', margin: 56, font: null as unknown as string });
  const out = collect(doc);
  if (embedded) doc.registerFont('regular', fontOf('regular'));
  doc.font(embedded ? 'regular' : 'Helvetica').fontSize(10);
  for (const l of lines) doc.text(l);
  doc.end();
  return out;
};

const cases: Record<string, () => Promise<Buffer>> = {
  protocolPdf: () => protocolPdf(b.name, b, 1, decisions, viewer, { lang: 'ru' }),
  'text-only': () => plain(true),
  helvetica: () => plain(false),
};

const pages = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

const wall: Record<string, number[]> = {};
const cpu: Record<string, number[]> = {};
const last: Record<string, Buffer> = {};
for (let round = 0; round < Number(flags.warmup) + Number(flags.runs); round++) {
  for (const [name, run] of Object.entries(cases)) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    last[name] = await run();
    const t = performance.now() - t0;
    const c = process.cpuUsage(c0);
    if (round < Number(flags.warmup)) continue;
    (wall[name] ??= []).push(t);
    (cpu[name] ??= []).push((c.user + c.system) / 1000);
  }
}
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const base = median(cpu['text-only']!);
for (const name of Object.keys(cases)) {
  const pdf = last[name]!;
  console.log(
    `${name.padEnd(12)} ${String(pages(pdf)).padStart(3)} pages  ${(pdf.length / 1024).toFixed(0).padStart(4)} KiB  wall median ${median(wall[name]!).toFixed(0).padStart(4)} ms  cpu median ${median(cpu[name]!).toFixed(0).padStart(4)} ms  (${(median(cpu[name]!) / base).toFixed(2)}× text-only)`,
  );
}
