import type { Article } from '../types';
import type { StoredArticle } from './types';

const OPTIONAL = ['url', 'published', 'byline', 'lang'] as const;

/**
 * The article alone, without what the store keeps about it: what matches, exports and the side-by-side
 * page carry.
 * @example toArticle(record) // -> { id, outlet, title, text, url?, published?, byline?, lang? }
 */
export function toArticle(record: StoredArticle): Article {
  const article: Article = { id: record.id, outlet: record.outlet, title: record.title, text: record.text };
  for (const field of OPTIONAL) if (record[field] !== undefined) article[field] = record[field];
  return article;
}
