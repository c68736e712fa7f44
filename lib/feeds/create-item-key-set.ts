import { guidKey } from './guid-key';
import type { ItemKeys } from './types';

/** The keys of the items a sink holds: what the in-memory sinks answer `seen` from. */
export interface ItemKeySet {
  /** Files an item's guid (within its feed) and canonical URL. */
  add(keys: Partial<ItemKeys>): void;
  /** True when the item's guid in its feed, or its URL, is filed. */
  has(keys: ItemKeys): boolean;
}

/**
 * A set of feed items' keys (guid within its feed, canonical URL; never the date), for the sinks that
 * keep their articles in memory or in a file (tests, the CLI's JSON Lines file).
 * @example const keys = createItemKeySet(); keys.add({ feedUrl: 'https://a.test/rss', guid: '41' }); keys.has({ feedUrl: 'https://b.test/rss', guid: '41' }) // -> false
 */
export function createItemKeySet(): ItemKeySet {
  const guids = new Set<string>();
  const urls = new Set<string>();
  return {
    add({ feedUrl, guid, url }) {
      if (feedUrl && guid) guids.add(guidKey(feedUrl, guid));
      if (url) urls.add(url);
    },
    has({ feedUrl, guid, url }) {
      return (guid !== undefined && guids.has(guidKey(feedUrl, guid))) || (url !== undefined && urls.has(url));
    },
  };
}
