import { readBaseFrequencies } from './base-frequencies';
import type { BaseIndex } from './base-index';
import { ALL_STORES, STORES } from './corpus-schema';
import { indexArticles } from './index-articles';
import { listEntry } from './list-entry';
import { refreshNorms } from './refresh-norms';
import { META_KEYS, readState } from './store-state';
import type { KvDatabase, StoredArticle } from './types';

/** Articles re-indexed per transaction. */
const BATCH = 2_000;

/**
 * The first step of a rebuild: the index emptied and a marker set, in one transaction (nothing when a
 * rebuild is already under way). Returns the docNo the rebuild has reached (-1 at the start). A caller
 * deleting most of the store starts here, deletes the articles, then lets rebuildIndex finish.
 * @example await startRebuild(db) // -> -1
 */
export async function startRebuild(db: KvDatabase): Promise<number> {
  return db.write(ALL_STORES, async (tx) => {
    const marker = await tx.get<{ upTo: number }>(STORES.meta, META_KEYS.rebuilding);
    if (marker) return marker.upTo;
    for (const store of [STORES.shards, STORES.perArticle, STORES.listing, STORES.log]) tx.delete(store, { lower: Number.NEGATIVE_INFINITY });
    for (const key of [META_KEYS.base, META_KEYS.refresh]) tx.delete(STORES.meta, key);
    const state = await readState(tx);
    tx.put(STORES.meta, { ...state, count: 0, generation: state.generation + 1 }, META_KEYS.state);
    tx.put(STORES.meta, { upTo: -1 }, META_KEYS.rebuilding);
    return -1;
  });
}

/**
 * Rebuilds the index (shards, list, per-article numbers, counters) from the stored articles, for a
 * damaged index the reader chose to repair: the articles themselves are never touched. Done in batches
 * of whole articles; a marker records how far it got, so a rebuild cut off (the page closed) resumes
 * where it stopped when called again. Returns the number of articles indexed.
 * @example await rebuildIndex(db, baseIndex(bundle.corpus)) // -> 10000
 */
export async function rebuildIndex(db: KvDatabase, base?: BaseIndex): Promise<number> {
  let upTo = await startRebuild(db);
  for (;;) {
    const done = await db.write(ALL_STORES, async (tx) => {
      const records = await tx.getAll<StoredArticle>(STORES.articles, { range: { lower: upTo, lowerOpen: true }, limit: BATCH });
      const state = await readState(tx);
      if (!records.length) {
        tx.delete(STORES.meta, META_KEYS.rebuilding);
        return true;
      }
      for (const record of records) tx.put(STORES.listing, listEntry(record));
      await indexArticles(tx, records, state.nextDocNo, base ? base.df : () => 0);
      upTo = (records.at(-1) as StoredArticle).docNo;
      tx.put(STORES.meta, { ...state, count: state.count + records.length, generation: state.generation + 1 }, META_KEYS.state);
      tx.put(STORES.meta, { upTo }, META_KEYS.rebuilding);
      return false;
    });
    if (done) break;
  }
  if (base) await db.write(ALL_STORES, async (tx) => tx.put(STORES.meta, await readBaseFrequencies(tx, base), META_KEYS.base));
  return refreshNorms(db, base);
}
