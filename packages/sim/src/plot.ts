import type { Comparison } from './compare.ts';

/**
 * A hand-written SVG of a comparison: one row per figure, each scaled to its own
 * baseline mean (counts of different sizes share one axis as "% of baseline"), with
 * the baseline and counterfactual means as dots and their 5–95% ranges as bars. No
 * DOM is needed, so it runs in the CLI and in tests.
 */
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const fmt = (v: number | null): string => (v === null ? '—' : Math.abs(v) >= 100 || Number.isInteger(v) ? v.toFixed(0) : v.toFixed(3));

export const comparisonSvg = (c: Comparison): string => {
  const rows = c.figures.filter((f) => f.baseline.mean !== null && f.baseline.mean !== 0 && f.counterfactual.mean !== null);
  const W = 900;
  const left = 230;
  const right = 250;
  const top = 60;
  const rowH = 28;
  const H = top + rows.length * rowH + 50;
  const all = rows.flatMap((f) => {
    const m = f.baseline.mean!;
    return [f.baseline.p5, f.baseline.p95, f.counterfactual.p5, f.counterfactual.p95, f.counterfactual.mean].filter((v): v is number => v !== null).map((v) => (100 * v) / m);
  });
  const lo = Math.min(0, ...all);
  const hi = Math.max(150, ...all);
  const x = (pct: number): number => Math.round((left + ((pct - lo) / (hi - lo)) * (W - left - right)) * 10) / 10;
  const title = `${c.scenario ?? 'counterfactual'}${c.set.length ? ` (${c.set.join(', ')})` : ''} vs preset ${c.preset}, ${c.seeds.length} paired seeds`;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${W / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">${esc(title)}</text>`,
    `<text x="${W / 2}" y="42" text-anchor="middle" fill="#555">each figure as % of its baseline mean; dots = means, bars = 5–95% of runs; right: mean difference [95% paired bootstrap]</text>`,
  ];
  for (const pct of [0, 50, 100, 150, 200, 300, 400].filter((p) => p >= lo && p <= hi)) {
    parts.push(`<line x1="${x(pct)}" x2="${x(pct)}" y1="${top - 6}" y2="${top + rows.length * rowH}" stroke="${pct === 100 ? '#999' : '#e3e3e3'}"/>`);
    parts.push(`<text x="${x(pct)}" y="${top + rows.length * rowH + 16}" text-anchor="middle" fill="#555">${pct}%</text>`);
  }
  rows.forEach((f, i) => {
    const y = top + i * rowH + rowH / 2;
    const m = f.baseline.mean!;
    const pc = (v: number | null) => (v === null ? null : (100 * v) / m);
    parts.push(`<text x="${left - 10}" y="${y + 4}" text-anchor="end">${esc(f.key)}</text>`);
    const bar = (a: number | null, b: number | null, dy: number, color: string) =>
      a !== null && b !== null ? `<line x1="${x(a)}" x2="${x(b)}" y1="${y + dy}" y2="${y + dy}" stroke="${color}" stroke-width="3" stroke-opacity="0.5"/>` : '';
    parts.push(bar(pc(f.baseline.p5), pc(f.baseline.p95), -5, '#1f5fa8'));
    parts.push(bar(pc(f.counterfactual.p5), pc(f.counterfactual.p95), 5, '#c0392b'));
    parts.push(`<circle cx="${x(100)}" cy="${y - 5}" r="4" fill="#1f5fa8"><title>baseline ${fmt(m)}</title></circle>`);
    parts.push(`<circle cx="${x(pc(f.counterfactual.mean)!)}" cy="${y + 5}" r="4" fill="#c0392b"><title>counterfactual ${fmt(f.counterfactual.mean)}</title></circle>`);
    const d = f.difference;
    parts.push(
      `<text x="${W - right + 12}" y="${y + 4}">${fmt(m)} → ${fmt(f.counterfactual.mean)}  Δ ${fmt(d.mean)} [${fmt(d.lo)}, ${fmt(d.hi)}]</text>`,
    );
  });
  const ly = H - 18;
  parts.push(`<circle cx="${left}" cy="${ly}" r="4" fill="#1f5fa8"/><text x="${left + 8}" y="${ly + 4}">baseline</text>`);
  parts.push(`<circle cx="${left + 90}" cy="${ly}" r="4" fill="#c0392b"/><text x="${left + 98}" y="${ly + 4}">counterfactual</text>`);
  parts.push('</svg>');
  return `${parts.filter(Boolean).join('\n')}\n`;
};
