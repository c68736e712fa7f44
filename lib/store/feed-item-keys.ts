import { canonicalUrl } from '../match/canonical-url';
import { STORES } from './corpus-schema';
import { guidKey } from '../feeds/guid-key';
import type { ItemKeys } from '../feeds/types';
import type { KvReader, KvWriter } from './types';

/** What the store remembers of a collected feed item: when, and the article it gave (if it gave one). */
export interface FeedKeyRecord {
  added: number;
  docNo?: number;
}

/** How a feed item is known: its guid within its feed and its canonical URL (lib/feeds ItemKeys). */
export type FeedItemKeys = ItemKeys;

/**
 * The feedKeys records an item is filed under: one for its guid within its feed (many feeds number their
 * items, so a guid alone is not unique), one for its URL. Guids filed before they were kept per feed
 * ("guid <guid>") no longer match; their items' URL keys still do.
 * @example feedItemKeys({ feedUrl: 'https://coast.test/rss', guid: '41', url: 'https://coast.test/a?id=2' }) // -> ['guid https://coast.test/rss 41', 'url https://coast.test/a?id=2']
 */
export function feedItemKeys({ feedUrl, guid, url }: FeedItemKeys): string[] {
  return [...(guid ? [`guid ${guidKey(feedUrl, guid)}`] : []), ...(url ? [`url ${url}`] : [])];
}

/**
 * Whether a feed item is already kept or was collected before: its guid (in its feed) or URL is on file, or a stored
 * article (from any source) has its URL. A collected article the reader deleted stays on file, so the
 * next refresh does not bring it back.
 * @example await db.read(ALL_STORES, (tx) => isKnownFeedItem(tx, { feedUrl: 'https://coast.test/rss', url: 'https://coast.test/fire' })) // -> true
 */
export async function isKnownFeedItem(tx: KvReader, keys: FeedItemKeys): Promise<boolean> {
  const filed = await Promise.all(feedItemKeys(keys).map((key) => tx.get(STORES.feedKeys, key)));
  if (filed.some((record) => record !== undefined)) return true;
  const url = canonicalUrl(keys.url);
  return url !== undefined && (await tx.count(STORES.articles, { index: 'canonicalUrl', key: url })) > 0;
}

/**
 * Files a collected item's keys (in the caller's write transaction).
 * @example await db.write(ALL_STORES, async (tx) => rememberFeedItem(tx, { feedUrl: 'https://coast.test/rss', guid: 'a-41' }, { added: Date.now(), docNo: 7 }))
 */
export function rememberFeedItem(tx: KvWriter, keys: FeedItemKeys, record: FeedKeyRecord): void {
  for (const key of feedItemKeys(keys)) tx.put(STORES.feedKeys, record, key);
}
