import type { FeedSink } from '../../lib/feeds/types';
import type { CorpusStore } from './corpus-store';

/** The part of the corpus store a feed run writes through. */
export type FeedStore = Pick<CorpusStore, 'knowsFeedItem' | 'addFromFeed'>;

/**
 * The collector's FeedSink on the reader's store: an item is seen when its guid (in its feed) or canonical URL is on
 * file (never its date), and an article is kept with source 'feed', the outlet, its feed (address and
 * the title the reader subscribed under), its date and canonical URL, its guid filed beside it.
 * @example await collectFeeds(subscriptions, { ...deps, sink: storeFeedSink(await openCorpusStore(), (url) => titles.get(url)) })
 */
export function storeFeedSink(store: FeedStore, feedTitle: (feedUrl: string) => string | undefined): FeedSink {
  return {
    seen: (keys) => store.knowsFeedItem(keys),
    async add(article) {
      // The collector's own fields (when, how) are not the article's; the store records its own.
      const { source: _source, feedUrl, guid, collected: _collected, textFrom: _textFrom, ...plain } = article;
      const title = feedTitle(feedUrl);
      const outcome = await store.addFromFeed(plain, { url: feedUrl, ...(title ? { title } : {}) }, { feedUrl, guid, url: article.url });
      if (outcome.replaced.length) return 'updated';
      return outcome.added.length ? 'added' : 'duplicate';
    },
  };
}
