import { adjustBaseFrequencies, readBaseFrequencies } from './base-frequencies';
import type { BaseIndex } from './base-index';
import { ALL_STORES, STORES } from './corpus-schema';
import { META_KEYS, readState } from './store-state';
import { continueFold } from './continue-fold';
import { indexChanges, logAtStart } from './index-changes';
import type { KvDatabase, StoredArticle } from './types';

/**
 * Deletes stored articles and their postings in one transaction: all of them or, on any failure, none.
 * DocNos not in the store are ignored. A delete that fills the index log then folds it, in slices
 * (continueFold). Returns the articles deleted.
 * @example (await deleteArticles(db, [7], {})).map((a) => a.id) // -> ['u-0176574feef599d5']
 */
export async function deleteArticles(db: KvDatabase, docNos: readonly number[], options: { base?: BaseIndex }): Promise<StoredArticle[]> {
  const { base } = options;
  const { records, folding } = await db.write(ALL_STORES, async (tx) => {
    // Every read at once: each round of requests waits on the database process.
    const [found, state, baseFrequencies, logged] = await Promise.all([
      Promise.all([...new Set(docNos)].map((docNo) => tx.get<StoredArticle>(STORES.articles, docNo))),
      readState(tx),
      base ? readBaseFrequencies(tx, base) : undefined,
      logAtStart(tx),
    ]);
    const records = found.filter((r): r is StoredArticle => r !== undefined);
    if (!records.length) return { records, folding: false };
    const folding = await indexChanges(tx, { added: [], removed: records, nextDocNo: state.nextDocNo }, base, logged);
    for (const record of records) {
      tx.delete(STORES.articles, record.docNo);
      tx.delete(STORES.listing, record.docNo);
    }
    if (baseFrequencies) {
      adjustBaseFrequencies(baseFrequencies, records, -1);
      tx.put(STORES.meta, baseFrequencies, META_KEYS.base);
    }
    tx.put(STORES.meta, { ...state, count: state.count - records.length, generation: state.generation + 1 }, META_KEYS.state);
    return { records, folding };
  });
  // The change is committed: the fold the log is due for is made in slices a query can pass between. One
  // that fails or is cut off leaves the store whole (readers honour its cursor), and the next writer or
  // the norm refresh goes on with it, so its failure is not this change's.
  if (folding) await continueFold(db, base).catch(() => undefined);
  return records;
}
