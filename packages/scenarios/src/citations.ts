/**
 * A record's sources as CSL-JSON (citeproc, Zotero, pandoc) and BibTeX, each entry
 * naming the scenario version it was exported from, so that a citation names fixed data.
 * The fields come straight from sources.csv; nothing is guessed (an author we do not
 * know stays a literal "unknown …", as the row says).
 */
import type { SourceRow } from '@politburo/record';

export interface CitationContext {
  scenario: string;
  version: string;
}

export interface CslItem {
  id: string;
  type: 'book' | 'webpage' | 'manuscript';
  title: string;
  author?: Array<{ literal: string }>;
  URL?: string;
  locator?: string;
  note: string;
}

const extra = (row: SourceRow, column: string): string | undefined => row.extra?.find(([c]) => c === column)?.[1] || undefined;

const typeOf = (row: SourceRow): CslItem['type'] => (row.url ? 'webpage' : row.status === 'unverified' ? 'manuscript' : 'book');

const noteOf = (row: SourceRow, ctx: CitationContext): string =>
  [
    `status: ${row.status}`,
    extra(row, 'confidence') ? `confidence: ${extra(row, 'confidence')}` : '',
    extra(row, 'note') ?? '',
    `cited in politburo scenario ${ctx.scenario} (${ctx.version})`,
  ]
    .filter(Boolean)
    .join('; ');

export const sourcesToCslJson = (sources: readonly SourceRow[], ctx: CitationContext): CslItem[] =>
  sources.map((s) => ({
    id: s.id,
    type: typeOf(s),
    title: s.title,
    ...(s.author ? { author: [{ literal: s.author }] } : {}),
    ...(s.url ? { URL: s.url } : {}),
    ...(s.locator ? { locator: s.locator } : {}),
    note: noteOf(s, ctx),
  }));

/** BibTeX needs braces balanced and a few characters escaped; the text is otherwise kept (UTF-8, for biber/biblatex). */
const bib = (text: string): string => text.replace(/\\/g, '\\textbackslash{}').replace(/([{}&%$#_])/g, '\\$1');

export const sourcesToBibtex = (sources: readonly SourceRow[], ctx: CitationContext): string =>
  sources
    .map((s) => {
      const fields: Array<[string, string]> = [
        ['title', s.title],
        ...(s.author ? ([['author', `{${s.author}}`]] as Array<[string, string]>) : []),
        ...(s.url ? ([['url', s.url]] as Array<[string, string]>) : []),
        ...(s.locator ? ([['pages', s.locator]] as Array<[string, string]>) : []),
        ['note', noteOf(s, ctx)],
      ];
      const entry = s.url ? 'online' : 'misc';
      // The author is kept as one literal name (double braces): splitting "O. N. Ken, A. I. Rupasov" is the reader's call.
      const body = fields.map(([k, v]) => `  ${k} = {${k === 'url' ? v : k === 'author' ? v.replace(/^\{(.*)\}$/, (_, x: string) => `{${bib(x)}}`) : bib(v)}}`).join(',\n');
      return `@${entry}{${s.id},\n${body}\n}\n`;
    })
    .join('\n');
