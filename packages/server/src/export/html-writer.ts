import type { Block } from './protocol-document.ts';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const html = (b: Block): string => {
  switch (b.kind) {
    case 'title':
      return `<h1>${esc(b.text)}</h1>`;
    case 'subtitle':
      return `<p class="subtitle">${esc(b.text)}</p>`;
    case 'item':
      return `<h2>${esc(b.text)}</h2>`;
    case 'meta':
      return `<p class="meta">${esc(b.text)}</p>`;
    case 'labelled':
      return `<p><strong>${esc(b.label)}</strong> ${esc(b.text)}</p>`;
    case 'note':
      return b.style === 'italic' ? `<p><em>${esc(b.text)}</em></p>` : b.style === 'bold' ? `<p><strong>${esc(b.text)}</strong></p>` : `<p class="${b.style}">${esc(b.text)}</p>`;
    case 'annex':
      return `<h1 class="annex">${esc(b.text)}</h1>`;
    case 'signature':
      return `<p><strong>${esc(b.label)}</strong></p><p><code>${esc(b.fingerprint)}</code></p><p class="small">${esc(b.verify)}</p>`;
  }
};

/** Blocks as a standalone, printable HTML page in their language (no script, no outside resource). */
export const blocksHtml = (title: string, lang: string, blocks: readonly Block[]): string =>
  `<!doctype html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>
body { font-family: "DejaVu Serif", Georgia, serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.4; }
h1, .subtitle { text-align: center; } h1 { font-size: 1.4rem; } h2 { font-size: 1.05rem; margin: 1.2rem 0 0.2rem; }
.meta, .small { font-size: 0.85rem; color: #444; } .annex { page-break-before: always; margin-top: 2.5rem; }
</style>
</head>
<body>
${blocks.map(html).join('\n')}
</body>
</html>
`;
