import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/extract-article';
import { hashString } from '../../../lib/extract/hash-string';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const parse = (html: string) => parseHTML(html).document as unknown as Document;
const PARAGRAPHS = [
  'The harbour authority confirmed on Monday that the north pier will close for repairs from the first of July, ending weeks of speculation.',
  'Engineers found that the timber piles under the pier had rotted faster than expected after two unusually wet winters, a report said.',
  '“We cannot ask boats to tie up on a structure we no longer trust,” said the harbour master at a briefing on the quayside on Monday.',
  'Repairs are expected to take eight months and cost about 4.2 million pounds, most of it from a regional infrastructure fund.',
];
const article = (extra = '') =>
  `<!doctype html><html lang="en"><head><title>Pier to close | Gazette</title>${extra}</head><body><article><h1>Pier to close</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

/**
 * Each fixture is a page built for one shape of news page; expected.txt holds the headline, a blank
 * line and the body, or "not-an-article". A fixture without expected.txt fails.
 */
describe('extractArticle on fixture pages', () => {
  const names = readdirSync(FIXTURES).filter((name) => existsSync(join(FIXTURES, name, 'page.html')));

  it('has the fixtures for every shape that matters', () => {
    expect(names.sort()).toEqual(['author-bio-newsletter', 'live-blog', 'news-related-links', 'no-article', 'paywall-teaser', 'split-by-ads']);
  });

  it.each(names.map((name) => [name]))('%s', (name) => {
    const expectedPath = join(FIXTURES, name, 'expected.txt');
    expect(existsSync(expectedPath), `${name}: expected.txt is missing`).toBe(true);
    const expected = readFileSync(expectedPath, 'utf8').trimEnd();
    const result = extractArticle(parse(readFileSync(join(FIXTURES, name, 'page.html'), 'utf8')), `https://www.harbourgazette.example/${name}`);
    const actual = result.ok ? `${result.article.title}\n\n${result.article.text}` : result.reason;
    expect(actual).toBe(expected);
  });

  it.each([
    ['related links', 'news-related-links', ['Ferry fares to rise in autumn', 'Most read', 'Photo: Harbour Gazette', 'Share on', 'Read more']],
    ['newsletter, bio, tags and comments', 'author-bio-newsletter', ['newsletter', 'Tom Reed is', 'Transport', 'Comments', 'Join the conversation']],
    ['advertisements', 'split-by-ads', ['Advertisement', 'advertisement']],
    ['the paywall prompt', 'paywall-teaser', ['Subscribe', 'Log in']],
  ])('removes %s', (_name, fixture, furniture) => {
    const result = extractArticle(parse(readFileSync(join(FIXTURES, fixture, 'page.html'), 'utf8')), 'https://www.harbourgazette.example/x');
    expect(result.ok).toBe(true);
    if (result.ok) expect(furniture.filter((f) => result.article.text.includes(f))).toEqual([]);
  });
});

describe('extractArticle', () => {
  it('never changes the document it is given', () => {
    const doc = parse(article('<meta property="og:site_name" content="Gazette">'));
    // linkedom serialises a document with String(); the whole markup must be byte-identical afterwards.
    const before = String(doc);
    extractArticle(doc, 'https://gazette.example/pier');
    expect(String(doc)).toBe(before);
    expect(before).toContain('<h1>Pier to close</h1>');
  });

  it('keeps paragraphs apart and the headline once', () => {
    const result = extractArticle(parse(article()), 'https://gazette.example/pier');
    expect(result.ok && result.article.text).toBe(PARAGRAPHS.join('\n\n'));
    expect(result.ok && result.article.title).toBe('Pier to close');
  });

  it('fills metadata and hashes the canonical URL for the id', () => {
    const extra =
      '<meta property="og:site_name" content="Gazette"><link rel="canonical" href="/news/pier"><meta property="article:published_time" content="2024-06-17T09:00:00Z"><meta name="author" content="Tom Reed">';
    const result = extractArticle(parse(article(extra)), 'https://gazette.example/pier?utm=1');
    expect(result.ok && { ...result.article, text: '' }).toEqual({
      id: `u-${hashString('https://gazette.example/news/pier')}`,
      outlet: 'Gazette',
      title: 'Pier to close',
      text: '',
      url: 'https://gazette.example/news/pier',
      published: '2024-06-17T09:00:00.000Z',
      byline: 'Tom Reed',
      lang: 'en',
    });
  });

  it('names the outlet after the host when the page does not', () => {
    const result = extractArticle(parse(article()), 'https://www.theguardian.com/pier');
    expect(result.ok && result.article.outlet).toBe('The Guardian');
  });

  it.each([
    ['an empty page', '<!doctype html><html><head></head><body></body></html>'],
    ['a page of links', `<html><body><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/${i}">Headline number ${i} about the harbour and the pier</a></li>`).join('')}</ul></body></html>`],
    ['a short notice', '<html><body><p>This page has moved. Please update your bookmarks.</p></body></html>'],
  ])('says not-an-article for %s, without throwing', (_name, html) => {
    const result = extractArticle(parse(html), 'https://gazette.example/');
    expect(result).toEqual({ ok: false, reason: 'not-an-article', message: expect.any(String) });
  });
});
