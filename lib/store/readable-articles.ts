import { readArticle } from '../corpus/read-article';
import type { Article } from '../types';
import { STORES } from './corpus-schema';
import { toArticle } from './to-article';
import type { KvReader, StoredArticle } from './types';
import { walkStore } from './walk-store';

/** Articles per batch yielded. */
const BATCH = 500;

/**
 * The stored articles, a batch at a time in docNo order, for an export: each record checked like an
 * imported article first, so a damaged database still gives up every article that can be read, and
 * `unreadable` counts the ones that cannot.
 * @example for await (const batch of readableArticles(tx, counts)) parts.push(articlesToJsonLines(batch));
 */
export async function* readableArticles(tx: KvReader, counts: { unreadable: number } = { unreadable: 0 }): AsyncGenerator<Article[]> {
  let batch: Article[] = [];
  for await (const [, record] of walkStore<StoredArticle>(tx, STORES.articles)) {
    let article: Article | string;
    try {
      article = readArticle(toArticle(record), 'record');
    } catch {
      article = 'unreadable';
    }
    if (typeof article === 'string') counts.unreadable++;
    else batch.push(article);
    if (batch.length < BATCH) continue;
    yield batch;
    batch = [];
  }
  if (batch.length) yield batch;
}
