import { countBaseFrequencies } from './base-frequencies';
import type { BaseIndex } from './base-index';
import { ALL_STORES, STORES } from './corpus-schema';
import { indexArticles } from './index-articles';
import { listEntry } from './list-entry';
import { refreshNorms } from './refresh-norms';
import { META_KEYS, readState } from './store-state';
import type { KvDatabase, StoredArticle } from './types';

/** Articles re-indexed per transaction. */
const BATCH = 2_000;

/** How far a rebuild has got, and where it stops: articles from `below` on are indexed by their own save. */
interface RebuildMarker {
  upTo: number;
  below: number;
}

/**
 * The first step of a rebuild: the index emptied and a marker set, in one transaction (nothing when a
 * rebuild is already under way). The marker holds the docNo the rebuild has reached (-1 at the start)
 * and the store's next docNo at the start: an article saved while the rebuild runs is indexed by its own
 * save (docNos only grow), so the rebuild must not index it again. A caller deleting most of the store
 * starts here, deletes the articles, then lets rebuildIndex finish.
 * @example await startRebuild(db) // -> { upTo: -1, below: 10000 }
 */
export async function startRebuild(db: KvDatabase): Promise<RebuildMarker> {
  return db.write(ALL_STORES, async (tx) => {
    const marker = await tx.get<Partial<RebuildMarker>>(STORES.meta, META_KEYS.rebuilding);
    const state = await readState(tx);
    // A marker written before it had `below` (an older version cut off mid-rebuild): bounded by nothing.
    if (marker) return { upTo: marker.upTo ?? -1, below: marker.below ?? Number.POSITIVE_INFINITY };
    for (const store of [STORES.shards, STORES.perArticle, STORES.listing, STORES.log]) tx.delete(store, { lower: Number.NEGATIVE_INFINITY });
    for (const key of [META_KEYS.base, META_KEYS.refresh, META_KEYS.folded, META_KEYS.folding]) tx.delete(STORES.meta, key);
    tx.put(STORES.meta, { ...state, count: 0, generation: state.generation + 1 }, META_KEYS.state);
    const started: RebuildMarker = { upTo: -1, below: state.nextDocNo };
    tx.put(STORES.meta, started, META_KEYS.rebuilding);
    return started;
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
  const started = await startRebuild(db);
  const { below } = started;
  let { upTo } = started;
  for (;;) {
    const done = await db.write(ALL_STORES, async (tx) => {
      const range = Number.isFinite(below) ? { lower: upTo, lowerOpen: true, upper: below, upperOpen: true } : { lower: upTo, lowerOpen: true };
      const records = await tx.getAll<StoredArticle>(STORES.articles, { range, limit: BATCH });
      const state = await readState(tx);
      if (!records.length) {
        tx.delete(STORES.meta, META_KEYS.rebuilding);
        return true;
      }
      for (const record of records) tx.put(STORES.listing, listEntry(record));
      await indexArticles(tx, records, state.nextDocNo, base ? base.df : () => 0);
      upTo = (records.at(-1) as StoredArticle).docNo;
      tx.put(STORES.meta, { ...state, count: state.count + records.length, generation: state.generation + 1 }, META_KEYS.state);
      tx.put(STORES.meta, { upTo, below }, META_KEYS.rebuilding);
      return false;
    });
    if (done) break;
  }
  if (base) await db.write(ALL_STORES, async (tx) => tx.put(STORES.meta, await countBaseFrequencies(tx, base), META_KEYS.base));
  // The refresh norms nothing when a save came in meanwhile (that writer refreshes after it): the count is the store's.
  await refreshNorms(db, base);
  return db.read(ALL_STORES, async (tx) => (await readState(tx)).count);
}
