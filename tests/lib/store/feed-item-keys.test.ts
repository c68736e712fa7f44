import { describe, expect, it } from 'vitest';
import { ALL_STORES } from '../../../lib/store/corpus-schema';
import { feedItemKeys, isKnownFeedItem, rememberFeedItem } from '../../../lib/store/feed-item-keys';
import { STORIES, addOneByOne, memoryStore } from './helpers';

const F = 'https://a.test/rss';
const G = 'https://b.test/rss';

describe('feedItemKeys', () => {
  it.each([
    [{ feedUrl: F, guid: 'g', url: 'https://a.test/x?id=2' }, [`guid ${F} g`, 'url https://a.test/x?id=2']],
    [{ feedUrl: F, guid: 'g' }, [`guid ${F} g`]],
    [{ feedUrl: F, url: 'https://a.test/x' }, ['url https://a.test/x']],
    [{ feedUrl: F }, []],
  ])('%j -> %j', (keys, expected) => {
    expect(feedItemKeys(keys)).toEqual(expected);
  });
});

describe('isKnownFeedItem and rememberFeedItem', () => {
  it.each([
    ['a filed guid, same feed', { feedUrl: F, guid: 'g1', url: 'https://other.test/' }, true],
    ['a filed guid, another feed (feeds number their items)', { feedUrl: G, guid: 'g1', url: 'https://other.test/' }, false],
    ['a filed URL (from any feed)', { feedUrl: G, url: 'https://a.test/x?id=2' }, true],
    ['the URL of a kept article (any source; the store compares URLs without their query)', { feedUrl: F, url: 'https://coast.test/fire?utm_source=rss' }, true],
    ['the same guid text as a URL key does not count', { feedUrl: F, url: 'g1' }, false],
    ['nothing on file', { feedUrl: F, guid: 'g2', url: 'https://a.test/y' }, false],
  ])('%s -> %s', async (_name, keys, expected) => {
    const db = memoryStore();
    await addOneByOne(db, STORIES.slice(0, 1));
    await db.write(ALL_STORES, async (tx) => rememberFeedItem(tx, { feedUrl: F, guid: 'g1', url: 'https://a.test/x?id=2' }, { added: 1 }));
    expect(await db.read(ALL_STORES, (tx) => isKnownFeedItem(tx, keys))).toBe(expected);
  });
});
