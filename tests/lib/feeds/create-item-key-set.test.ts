import { describe, expect, it } from 'vitest';
import { createItemKeySet } from '../../../lib/feeds/create-item-key-set';
import type { ItemKeys } from '../../../lib/feeds/types';

const A = 'https://a.test/rss';
const B = 'https://b.test/rss';

describe('createItemKeySet', () => {
  it.each<[string, ItemKeys, boolean]>([
    ['the guid in its own feed', { feedUrl: A, guid: '41' }, true],
    ['the same guid in another feed (feeds number their items)', { feedUrl: B, guid: '41' }, false],
    ['the URL, from any feed', { feedUrl: B, url: 'https://a.test/fire' }, true],
    ['another guid and URL', { feedUrl: A, guid: '42', url: 'https://a.test/other' }, false],
    ['the guid text as a URL', { feedUrl: A, url: '41' }, false],
    ['no keys but the feed', { feedUrl: A }, false],
  ])('%s -> %s', (_name, keys, expected) => {
    const set = createItemKeySet();
    set.add({ feedUrl: A, guid: '41', url: 'https://a.test/fire' });
    // A record without its feed (an old JSON Lines line) files its URL only.
    set.add({ guid: '99', url: 'https://c.test/x' });
    expect(set.has(keys)).toBe(expected);
  });
});
