import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { FURNITURE_CLASS_WORDS, FURNITURE_ROLES, FURNITURE_TAGS } from '../../../lib/extract/furniture-classes';
import { removeFurnitureNodes } from '../../../lib/extract/remove-furniture-nodes';

const PROSE = 'The council voted on Tuesday to close the old bridge to traffic, after engineers found the steel had corroded far faster than expected.';
const page = (inner: string) => parseHTML(`<!doctype html><html><body><p>${PROSE}</p>${inner}</body></html>`).document as unknown as Document;
const textAfter = (inner: string) => {
  const doc = page(inner);
  removeFurnitureNodes(doc);
  return doc.body.textContent ?? '';
};

describe('removeFurnitureNodes', () => {
  it.each(FURNITURE_TAGS.map((tag) => [tag]))('removes <%s>', (tag) => {
    expect(textAfter(`<${tag}>FURNITURE</${tag}>`)).not.toContain('FURNITURE');
  });

  it.each(FURNITURE_ROLES.map((role) => [role]))('removes role="%s"', (role) => {
    expect(textAfter(`<div role="${role}">FURNITURE</div>`)).not.toContain('FURNITURE');
  });

  it.each(FURNITURE_CLASS_WORDS.map((word) => [word]))('removes class word "%s" inside a longer name', (word) => {
    expect(textAfter(`<div class="story-${word}-box">FURNITURE</div>`)).not.toContain('FURNITURE');
  });

  it.each([
    ['id', '<div id="related-links">FURNITURE</div>'],
    ['camelCase class', '<div class="relatedStories">FURNITURE</div>'],
    ['BEM element after an article block', '<figcaption class="article__caption">FURNITURE</figcaption><span class="article__image-credit">FURNITURE</span>'],
  ])('removes furniture named by %s', (_name, html) => {
    expect(textAfter(html)).not.toContain('FURNITURE');
  });

  it.each([
    ['word inside a longer word', '<div class="unrelated-thoughts">KEPT</div>'],
    ['article word after the furniture word', '<div class="pg-rail-tall__body">KEPT</div>'],
    ['plain article container', '<div class="article-body">KEPT</div>'],
  ])('keeps %s', (_name, html) => {
    expect(textAfter(html)).toContain('KEPT');
  });

  it('keeps a furniture-named wrapper that holds the article prose', () => {
    const paragraphs = [1, 2, 3].map((n) => `<div>${PROSE} (${n}) <a href="/x">link</a> ${PROSE}</div>`).join('');
    expect(textAfter(`<div class="layout-with-rail">${paragraphs}</div>`)).toContain('(3)');
  });

  it('counts what it removed', () => {
    const doc = page('<nav>a</nav><div class="share">b</div>');
    expect(removeFurnitureNodes(doc)).toBe(2);
  });
});
