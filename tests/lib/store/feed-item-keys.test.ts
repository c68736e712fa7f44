import { describe, expect, it } from 'vitest';
import { ALL_STORES } from '../../../lib/store/corpus-schema';
import { feedItemKeys, isKnownFeedItem, rememberFeedItem } from '../../../lib/store/feed-item-keys';
import { STORIES, addOneByOne, memoryStore } from './helpers';

describe('feedItemKeys', () => {
  it.each([
    [{ guid: 'g', url: 'https://a.test/x?id=2' }, ['guid g', 'url https://a.test/x?id=2']],
    [{ guid: 'g' }, ['guid g']],
    [{ url: 'https://a.test/x' }, ['url https://a.test/x']],
    [{}, []],
  ])('%j -> %j', (keys, expected) => {
    expect(feedItemKeys(keys)).toEqual(expected);
  });
});

describe('isKnownFeedItem and rememberFeedItem', () => {
  it.each([
    ['a filed guid', { guid: 'g1', url: 'https://other.test/' }, true],
    ['a filed URL', { url: 'https://a.test/x?id=2' }, true],
    ['the URL of a kept article (any source; the store compares URLs without their query)', { url: 'https://coast.test/fire?utm_source=rss' }, true],
    ['the same guid text as a URL key does not count', { url: 'g1' }, false],
    ['nothing on file', { guid: 'g2', url: 'https://a.test/y' }, false],
  ])('%s -> %s', async (_name, keys, expected) => {
    const db = memoryStore();
    await addOneByOne(db, STORIES.slice(0, 1));
    await db.write(ALL_STORES, async (tx) => rememberFeedItem(tx, { guid: 'g1', url: 'https://a.test/x?id=2' }, { added: 1 }));
    expect(await db.read(ALL_STORES, (tx) => isKnownFeedItem(tx, keys))).toBe(expected);
  });
});
