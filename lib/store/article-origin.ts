import type { ArticleSource, FeedOrigin, StoredArticle } from './types';

/** Where a stored article came from, as the popup tells it beside a match. */
export interface ArticleOrigin {
  source: ArticleSource;
  /** When it entered the store (ms). */
  added: number;
  /** Source 'feed': the feed it came through, when the record names it. */
  feed?: FeedOrigin;
  /** ISO date the outlet published it, where known. */
  published?: string;
}

/**
 * The provenance part of a stored record, without its text or index data.
 * @example articleOrigin(record) // -> { source: 'feed', added: 1764583200000, feed: { url: 'https://coast.test/rss', title: 'Coast News' }, published: '2026-12-01T08:00:00Z' }
 */
export function articleOrigin(record: StoredArticle): ArticleOrigin {
  return {
    source: record.source,
    added: record.added,
    ...(record.feed ? { feed: record.feed } : {}),
    ...(record.published ? { published: record.published } : {}),
  };
}
