import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sourceFiles } from '@politburo/i18n/check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * User-visible English written into the pages instead of drawn from the catalogue: JSX text, and the
 * attributes a user reads or hears (aria-label, title, placeholder, alt), given as a string literal
 * (or a template literal's fixed parts) with a Latin word in it. A `t(…)` call, a variable or a data
 * field is not text of the page's own. What may stay is listed in ALLOWED, each with its reason.
 */
const USER_FACING_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-placeholder']);
/** A Latin word of two or more letters. */
const LATIN_WORD = /[A-Za-z]{2,}/;
const ALLOWED: ReadonlyArray<[pattern: RegExp, reason: string]> = [
  [/^politburo$/i, "the product's name"],
  [/^(CSV|PDF|JSON|ICS|SVG|CSL-JSON|BibTeX)$/, 'file formats, their own names in both languages'],
  [/^(RGASPI|SSE)$/, 'a proper name or an acronym'],
];

const src = fileURLToPath(new URL('..', import.meta.url));

const hardCodedTexts = (file: string, code: string): string[] => {
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const judge = (text: string, node: ts.Node): void => {
    const words = text.replace(/\s+/g, ' ').trim();
    // Each Latin word judged on its own: "(JSON)" is a format's name in brackets, "Read JSON" is English.
    const latin = (words.match(/[A-Za-z][A-Za-z-]*/g) ?? []).filter((w) => LATIN_WORD.test(w));
    if (latin.every((w) => ALLOWED.some(([p]) => p.test(w)))) return;
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    found.push(`${file.slice(src.length)}:${line + 1}: ${JSON.stringify(words)}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) judge(node.text, node);
    else if (ts.isJsxAttribute(node) && USER_FACING_ATTRIBUTES.has(node.name.getText(sf)) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init)) judge(init.text, init);
      else if (ts.isJsxExpression(init) && init.expression) {
        const e = init.expression;
        if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) judge(e.text, e);
        else if (ts.isTemplateExpression(e)) judge([e.head.text, ...e.templateSpans.map((s) => s.literal.text)].join(' '), e);
      }
    } else if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent) && (ts.isStringLiteral(node.expression) || ts.isNoSubstitutionTemplateLiteral(node.expression))) {
      // {'Some text'} as a child: JSX text in another spelling
      judge(node.expression.text, node.expression);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
};

describe('the web app writes no user-visible English outside the catalogue', () => {
  it('finds such text where it is (the check can fail)', () => {
    const sample = `const A = () => <p title="Open it" aria-label={t('x.y')}>Hello there {name} {'Read more'}<b>{t('a.b')}</b> CSV</p>;`;
    expect(hardCodedTexts(`${src}sample.tsx`, sample)).toEqual(['sample.tsx:1: "Open it"', 'sample.tsx:1: "Hello there"', 'sample.tsx:1: "Read more"']);
  });
  it('has none in the pages and components', () => {
    const found = sourceFiles(src, (dir) => dir.endsWith('i18n'))
      .filter((f) => f.endsWith('.tsx'))
      .flatMap((f) => hardCodedTexts(f, readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });
});
