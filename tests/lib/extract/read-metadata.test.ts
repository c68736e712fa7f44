import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../../lib/extract/read-metadata';

const URL_ = 'https://www.example-news.com/world/story?utm=x';
const doc = (head: string, body = '', lang = '') => parseHTML(`<!doctype html><html${lang}><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readMetadata', () => {
  it.each([
    ['og:site_name for the outlet', doc('<meta property="og:site_name" content="The Daily Planet">'), 'outlet', 'The Daily Planet'],
    ['JSON-LD publisher when there is no og:site_name', doc(ld({ '@type': 'NewsArticle', headline: 'H', publisher: { '@type': 'Organization', name: 'Planet News' } })), 'outlet', 'Planet News'],
    ['host name as the last resort', doc(''), 'outlet', 'Example News'],
    ['JSON-LD author list as the byline', doc(ld({ '@type': 'NewsArticle', headline: 'H', author: [{ name: 'Ann Lee' }, { name: 'Bo Kim' }] })), 'byline', 'Ann Lee, Bo Kim'],
    ['meta author as the byline', doc('<meta name="author" content="Ann Lee">'), 'byline', 'Ann Lee'],
    ['JSON-LD datePublished inside @graph', doc(ld({ '@graph': [{ '@type': 'WebSite' }, { '@type': 'NewsArticle', datePublished: '2024-06-19T08:30:00+09:00' }] })), 'published', '2024-06-18T23:30:00.000Z'],
    ['article:published_time', doc('<meta property="article:published_time" content="2024-06-19">'), 'published', '2024-06-19'],
    ['<time datetime> as the last resort', doc('', '<time datetime="2024-06-19T10:00:00Z">June 19</time>'), 'published', '2024-06-19T10:00:00.000Z'],
    ['canonical link resolved against the URL', doc('<link rel="canonical" href="/world/story">'), 'canonicalUrl', 'https://www.example-news.com/world/story'],
    ['og:url when there is no canonical link', doc('<meta property="og:url" content="https://example-news.com/s">'), 'canonicalUrl', 'https://example-news.com/s'],
    ['the page URL when nothing else', doc(''), 'canonicalUrl', URL_],
    ['<html lang>', doc('', '', ' lang="en-GB"'), 'lang', 'en-GB'],
    ['Content-Language meta in any case', doc('<meta http-equiv="Content-Language" content="de">'), 'lang', 'de'],
    ['JSON-LD headline as the title', doc(ld({ '@type': 'NewsArticle', headline: 'Kim greets Putin' })), 'title', 'Kim greets Putin'],
  ])('%s', (_name, page, field, expected) => {
    expect(readMetadata(page, URL_)[field as keyof ReturnType<typeof readMetadata>]).toBe(expected);
  });

  it('survives broken JSON-LD and falls back to meta tags', () => {
    const page = doc('<script type="application/ld+json">{ not json</script><meta property="og:site_name" content="Planet">');
    expect(readMetadata(page, URL_).outlet).toBe('Planet');
  });

  it('leaves out fields it cannot find', () => {
    expect(Object.keys(readMetadata(doc(''), 'not a url')).sort()).toEqual([]);
  });
});
