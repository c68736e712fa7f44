import { createItemKeySet } from './create-item-key-set';
import type { FeedArticle, FeedSink } from './types';

export interface MemorySink extends FeedSink {
  /** Everything kept, in the order it came (an update replaces in place). */
  readonly articles: FeedArticle[];
}

/**
 * A FeedSink in memory: the collector's tests, and any caller that wants the articles of one run as an
 * array. An article is a duplicate when its guid (in the same feed), canonical URL or id is already kept with the same text,
 * and an update when its id is kept with another text (the outlet revised the story).
 * @example const sink = createMemorySink(); await collectFeeds(subscriptions, { ...deps, sink }); sink.articles.length // -> 42
 */
export function createMemorySink(initial: readonly FeedArticle[] = []): MemorySink {
  const articles: FeedArticle[] = [];
  const byId = new Map<string, number>();
  const keys = createItemKeySet();
  const remember = (article: FeedArticle) => keys.add(article);
  for (const article of initial) {
    byId.set(article.id, articles.push(article) - 1);
    remember(article);
  }
  return {
    articles,
    async seen(itemKeys) {
      return keys.has(itemKeys);
    },
    async add(article) {
      const index = byId.get(article.id);
      if (index !== undefined) {
        if (articles[index]?.text === article.text) return 'duplicate';
        articles[index] = article;
        remember(article);
        return 'updated';
      }
      if (keys.has(article)) return 'duplicate';
      byId.set(article.id, articles.push(article) - 1);
      remember(article);
      return 'added';
    },
  };
}
