import type { Article } from '../types';
import { AddAborted, addArticles, type Skipped } from './add-articles';
import type { BaseIndex } from './base-index';
import type { ArticleSource, KvDatabase } from './types';

/** Articles per transaction: a cancel or a failure loses at most this many, never a part of one. */
export const IMPORT_BATCH = 1_000;
/** The skipped articles an outcome names one by one (the rest are counted). */
const NAMED_SKIPPED = 20;

export interface ImportOptions {
  base?: BaseIndex;
  now: number;
  source?: ArticleSource;
  batchSize?: number;
  /** After the check and after each batch: articles done of the total. */
  onProgress?: (done: number, total: number) => void;
  /** Once aborted, the batch under way is abandoned (nothing of it written) and no further batch starts. */
  signal?: { readonly aborted: boolean };
}

export interface ImportOutcome {
  /** Articles in the file. */
  total: number;
  added: number;
  /** Kept articles a newer version in the file replaced. */
  replaced: number;
  skippedCount: number;
  /** The first skipped ones, by name. */
  skipped: Skipped[];
  /** Stopped by the signal: the batches before it are in the store, none after. */
  cancelled: boolean;
}

/**
 * Imports articles from a file in two passes over it (`read` gives them afresh each time and throws,
 * with one line, at the first bad one): the first checks the whole file, so a bad line anywhere means
 * nothing is imported; the second adds them in batches of whole articles, each batch one transaction,
 * reporting progress. Cancelled, the batch under way is undone and the ones before stay.
 * @example await importArticles(db, () => jsonLinesArticles(file.stream()), { now: Date.now(), onProgress: (done, total) => bar.set(done / total) })
 */
export async function importArticles(db: KvDatabase, read: () => AsyncIterable<Article>, options: ImportOptions): Promise<ImportOutcome> {
  const size = options.batchSize ?? IMPORT_BATCH;
  let total = 0;
  for await (const _ of read()) total++;
  const outcome: ImportOutcome = { total, added: 0, replaced: 0, skippedCount: 0, skipped: [], cancelled: false };
  options.onProgress?.(0, total);
  let done = 0;
  const flush = async (batch: Article[]) => {
    const result = await addArticles(db, batch.map((article) => ({ article, source: options.source ?? 'imported' })), { base: options.base, now: options.now, signal: options.signal });
    outcome.added += result.added.length;
    outcome.replaced += result.replaced.length;
    outcome.skippedCount += result.skipped.length;
    outcome.skipped.push(...result.skipped.slice(0, NAMED_SKIPPED - outcome.skipped.length));
    done += batch.length;
    options.onProgress?.(done, total);
  };
  let batch: Article[] = [];
  try {
    for await (const article of read()) {
      if (options.signal?.aborted) break;
      batch.push(article);
      if (batch.length < size) continue;
      await flush(batch);
      batch = [];
    }
    if (batch.length && !options.signal?.aborted) await flush(batch);
  } catch (error) {
    if (!(error instanceof AddAborted)) throw error;
  }
  outcome.cancelled = done < total;
  return outcome;
}
