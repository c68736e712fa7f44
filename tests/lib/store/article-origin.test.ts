import { describe, expect, it } from 'vitest';
import { articleOrigin } from '../../../lib/store/article-origin';
import { storeRecord } from '../../../lib/store/store-record';
import type { StoredArticle } from '../../../lib/store/types';
import { STORIES } from './helpers';

const record = (change: Partial<StoredArticle>): StoredArticle => ({ ...storeRecord(STORIES[0]!, 'saved', 5), docNo: 1, ...change });

describe('articleOrigin', () => {
  it.each<[string, Partial<StoredArticle>, unknown]>([
    ['a feed article with its feed and date', { source: 'feed', feed: { url: 'https://coast.test/rss', title: 'Coast News' }, published: '2026-12-01T08:00:00Z' }, { source: 'feed', added: 5, feed: { url: 'https://coast.test/rss', title: 'Coast News' }, published: '2026-12-01T08:00:00Z' }],
    ['a feed article stored before feed names (no feed field)', { source: 'feed', published: undefined }, { source: 'feed', added: 5 }],
    ['a compared link, undated', { source: 'link', published: undefined }, { source: 'link', added: 5 }],
    ['a visited page', { source: 'visited', published: '2026-11-30' }, { source: 'visited', added: 5, published: '2026-11-30' }],
  ])('%s', (_case, change, expected) => {
    expect(articleOrigin(record(change))).toEqual(expected);
  });

  it('carries no text or index data', () => {
    expect(Object.keys(articleOrigin(record({ source: 'saved' })))).not.toContain('text');
  });
});
