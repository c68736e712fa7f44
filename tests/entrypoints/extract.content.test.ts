// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import script from '../../entrypoints/extract.content';
import type { PageExtraction } from '../../lib/ui/types';

/** Builds the test page element by element (no HTML strings anywhere, tests included). */
function buildArticlePage(): void {
  const article = document.createElement('article');
  const heading = document.createElement('h1');
  heading.textContent = 'Floods';
  article.append(heading);
  for (let i = 0; i < 8; i++) {
    const p = document.createElement('p');
    p.textContent = `Paragraph ${i}: heavy rain flooded several valley towns in southern Bavaria overnight, officials said on Sunday, and rescuers evacuated residents by boat.`;
    article.append(p);
  }
  document.body.replaceChildren(article);
}

describe('the extraction content script', () => {
  it('is injected on demand only: runtime registration, no match patterns (so no host permission)', () => {
    expect(script.registration).toBe('runtime');
    expect(script.matches).toBeUndefined();
  });

  it('returns the article, the selection, the URL and the title, leaving the page as it was', () => {
    document.title = 'Floods | Valley Post';
    buildArticlePage();
    const before = document.body.textContent;
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p')!);
    window.getSelection()?.addRange(range);
    const result = script.main({} as never) as PageExtraction;
    expect(result.result.ok).toBe(true);
    if (result.result.ok) expect(result.result.article.text).toContain('Paragraph 3');
    expect(result.selection).toContain('Paragraph 0');
    expect(result.url).toBe(location.href);
    expect(result.title).toBe('Floods | Valley Post');
    expect(document.body.textContent).toBe(before);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
