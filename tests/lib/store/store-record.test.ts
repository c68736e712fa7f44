import { describe, expect, it } from 'vitest';
import { wordShingles } from '../../../lib/match/word-shingles';
import { articleVector } from '../../../lib/store/article-vector';
import { sketchKey } from '../../../lib/store/sketch-key';
import { storeRecord } from '../../../lib/store/store-record';
import { textKey } from '../../../lib/store/text-key';
import { textSketch } from '../../../lib/store/text-sketch';
import type { Article } from '../../../lib/types';
import { STORIES } from './helpers';

const article = STORIES[0]!;

describe('storeRecord', () => {
  it('keeps the article and adds what the store records and looks it up by', () => {
    const record = storeRecord(article, 'imported', 42);
    expect(record).toMatchObject({ id: article.id, outlet: article.outlet, title: article.title, text: article.text, url: article.url, published: article.published, source: 'imported', added: 42 });
    expect(record.canonicalUrl).toBe('https://coast.test/fire');
    expect(record.textKey).toBe(textKey(article.text));
    // Each sketch value keyed with the text's size class.
    expect(record.sketch).toEqual(textSketch(wordShingles(article.text)).map((hash) => sketchKey(hash, wordShingles(article.text).size)));
    expect(record.shingles).toBe(wordShingles(article.text).size);
    expect(record.terms.split('\n')).toEqual(articleVector(article).terms);
  });

  it.each<[string, Partial<Article>, Record<string, unknown>]>([
    ['a URL with tracking', { url: 'https://Coast.test/fire/?utm=1' }, { canonicalUrl: 'https://coast.test/fire' }],
    ['a byline and a language kept', { byline: 'Ilse Brandt', lang: 'en' }, { byline: 'Ilse Brandt', lang: 'en' }],
  ])('%s', (_case, change, expected) => {
    expect(storeRecord({ ...article, ...change }, 'saved', 1)).toMatchObject(expected);
  });

  it('an article without a URL has no canonical URL', () => {
    expect('canonicalUrl' in storeRecord({ ...article, url: undefined }, 'saved', 1)).toBe(false);
  });

  it('drops fields an article does not have (an imported file may carry anything)', () => {
    const record = storeRecord({ ...article, extra: 'x' } as Article, 'imported', 1);
    expect('extra' in record).toBe(false);
  });
});

describe('storeRecord: the feed an article came through', () => {
  it.each<[string, Parameters<typeof storeRecord>[1], Parameters<typeof storeRecord>[4], unknown]>([
    ['a feed article with the feed title', 'feed', { url: 'https://coast.test/rss', title: 'Coast News' }, { url: 'https://coast.test/rss', title: 'Coast News' }],
    ['a feed article, the feed untitled', 'feed', { url: 'https://coast.test/rss' }, { url: 'https://coast.test/rss' }],
    ['a feed article recorded before feed names existed', 'feed', undefined, undefined],
    ['a link article handed a feed by mistake (not kept: only feeds have one)', 'link', { url: 'https://coast.test/rss' }, undefined],
  ])('%s', (_case, source, feed, expected) => {
    const record = storeRecord(article, source, 1, undefined, feed);
    expect(record.feed).toEqual(expected);
    expect('feed' in record).toBe(expected !== undefined);
  });
});
