/**
 * extractArticle on mutated pages: the fixture pages with elements dropped, duplicated, reordered,
 * nested in junk and salted with hostile text. It never throws, never changes the page it is given,
 * answers either an article or "not an article", and page markup never reaches the article text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/extract-article';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 3000) / 10;
const FIXTURES = join(import.meta.dirname, 'fixtures');
const pages = readdirSync(FIXTURES).map((name) => readFileSync(join(FIXTURES, name, 'page.html'), 'utf8'));

const hostile = fc.constantFrom(
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<script>document.title="pwned"</script>',
  '<img src=x onerror="alert(1)">',
  '<a href="javascript:alert(1)">click</a>',
  '<iframe src="about:blank"></iframe>',
  '<div>\u202Eevil\u202C \u200B\uFEFF</div>',
  '<p></p><p> </p>',
  '<table><tr><td>cell</td></tr></table>',
  '<svg><text>svg text</text></svg>',
);
type Edit = ['drop' | 'duplicate' | 'swap' | 'insert', number, string];
const edits = fc.array(fc.tuple(fc.constantFrom('drop', 'duplicate', 'swap', 'insert'), fc.nat(400), hostile) as fc.Arbitrary<Edit>, { maxLength: 8 });

function mutate(html: string, changes: Edit[]): string {
  const { document } = parseHTML(html);
  for (const [kind, at, junk] of changes) {
    const all = [...document.querySelectorAll('body *')];
    if (all.length === 0) break;
    const el = all[at % all.length] as Element;
    if (kind === 'drop') el.remove();
    else if (kind === 'duplicate') el.after(el.cloneNode(true));
    else if (kind === 'swap' && el.nextElementSibling) el.before(el.nextElementSibling);
    else if (kind === 'insert') el.after(...[...parseHTML(`<html><body>${junk}</body></html>`).document.body.childNodes].map((n) => document.importNode(n, true)));
  }
  return document.toString();
}

describe('extractArticle on mutated pages', () => {
  it(`never throws, never mutates the page, keeps markup out of the text (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...pages), edits, (page, changes) => {
        const doc = parseHTML(mutate(page, changes)).document as unknown as Document;
        const before = doc.toString();
        const result = extractArticle(doc, 'https://www.harbourgazette.example/story');
        expect(doc.toString()).toBe(before);
        if (result.ok) {
          // Markup never becomes text (escaped text that shows a tag is the page's words, and may stay).
          expect(result.article.text).not.toMatch(/onerror=|<iframe|<svg|href="javascript:/);
          expect(result.article.text).not.toContain('document.title');
        } else {
          expect(result.reason).toBe('not-an-article');
        }
      }),
      { numRuns: RUNS },
    );
  });
});
