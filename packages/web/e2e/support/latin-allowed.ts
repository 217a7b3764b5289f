/**
 * What may stay in Latin letters on a page rendered in Russian. Everything else — a run of two or more
 * Latin words — is English the interface forgot to translate, and the language e2e test fails on it.
 *
 * The mechanism, in order:
 * 1. Text inside an element whose `lang` is not Russian (`lang="en"`) is content in its own language —
 *    the record's English summaries and titles, a source's title. Mark such elements where they are drawn.
 * 2. Text inside `code`, `kbd`, `pre`, `input`, `textarea`, `script`, `style` or an element with
 *    `data-latin-ok` is an id, a key, a version or a formula.
 * 3. A run matching one of ALLOWED below: proper names, ids, formats, the product's name.
 * Add to ALLOWED only a proper name, an id or a title, each with its reason.
 */
export const ALLOWED: readonly RegExp[] = [
  /^politburo$/i, // the product's name
  /^(CSL-JSON|BibTeX|CSV|PDF|JSON|ICS|RFC \d+)$/, // file formats
  /^RGASPI\b/, // an archival reference: fond/opis/delo
  /^sha256-/, // a version
  /^The Political Economy of Stalinism$/, // a book's title (P. R. Gregory, 2004), cited in the holiday caveat
];

/** Runs of two or more Latin words (letters, apostrophes, hyphens), the unit the test judges. */
export const LATIN_RUN = /[A-Za-z][A-Za-z'’-]*(?:[ \u00a0]+[A-Za-z][A-Za-z'’-]*)+/g;

/** Collects the visible text of a page a Russian reader sees, minus what rules 1 and 2 exempt. Runs in the browser. */
export const russianPageText = (): string => {
  const skip = new Set(['CODE', 'KBD', 'PRE', 'INPUT', 'TEXTAREA', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'svg']);
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      out.push(node.textContent ?? '');
      return;
    }
    if (!(node instanceof Element)) return;
    if (skip.has(node.tagName) || node.hasAttribute('data-latin-ok')) return;
    const lang = node.getAttribute('lang');
    if (lang && !lang.startsWith('ru')) return;
    if (node instanceof HTMLElement && node.hidden) return;
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') return;
    for (const child of node.childNodes) walk(child);
    if (/^(P|DIV|LI|TD|TH|H\d|SECTION|TR|BUTTON|LABEL|OPTION|A|SPAN|DT|DD)$/.test(node.tagName)) out.push('\n');
  };
  walk(document.body);
  return out.join('');
};

/** The Latin runs of a text that no rule allows. */
export const untranslated = (text: string): string[] => [...new Set((text.match(LATIN_RUN) ?? []).map((r) => r.trim()).filter((r) => !ALLOWED.some((a) => a.test(r))))];
