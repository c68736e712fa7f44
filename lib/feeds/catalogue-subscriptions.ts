import { FEED_CATALOGUE, type CatalogueEntry } from './feed-catalogue';
import type { Subscription } from './types';

/**
 * Subscriptions for catalogue outlets: every feed of each outlet that still has feeds (dropped outlets
 * are never offered), under the outlet's name, filed by country and language. `ids` picks outlets (the
 * reader's choice on the options page); without it, every subscribable outlet.
 * @example catalogueSubscriptions(['bbc-news']).map((s) => s.feedUrl) // -> ['https://feeds.bbci.co.uk/news/rss.xml', …]
 */
export function catalogueSubscriptions(ids?: readonly string[], catalogue: readonly CatalogueEntry[] = FEED_CATALOGUE): Subscription[] {
  const wanted = ids ? new Set(ids) : undefined;
  return catalogue
    .filter((entry) => entry.status !== 'dropped' && (!wanted || wanted.has(entry.id)))
    .flatMap((entry) => entry.feeds.map((feed) => ({ feedUrl: feed.url, outlet: entry.outlet, title: `${entry.outlet}: ${feed.title}`, siteUrl: entry.site, categories: [entry.country, entry.language] })));
}
