import { STORES } from './corpus-schema';
import { isBareSketchKey, sketchKey } from './sketch-key';
import { META_KEYS } from './store-state';
import type { KvDatabase, KvReader, StoredArticle } from './types';

/** How far the rewrite has come: every record below `next` holds sized keys; `done` once all do. */
export interface SketchUpgrade {
  next: number;
  done?: true;
}

/**
 * Articles read and rewritten per transaction: about 3 MB of records, short enough that a popup's query
 * waiting on it waits a moment, long enough that 100,000 articles take a few hundred transactions.
 */
export const SKETCH_UPGRADE_SLICE = 500;

/**
 * True once every stored article keeps its sketch under sized keys (sketchKey), so the near-duplicate
 * look-up need not ask for bare values as well.
 * @example await sketchesUpgraded(tx) // -> false on a store of schema version 3 not yet rewritten
 */
export async function sketchesUpgraded(tx: KvReader): Promise<boolean> {
  return (await tx.get<SketchUpgrade>(STORES.meta, META_KEYS.sketchUpgrade))?.done === true;
}

/**
 * Rewrites the sketch of every article stored before the size classes (bare values) with sized keys,
 * in slices of SKETCH_UPGRADE_SLICE in docNo order, each slice with its progress in one transaction: an
 * interrupted run (page closed, browser killed) resumes where the last slice ended, and a record is
 * either as it was or rewritten whole. Only the sketch changes (its size class comes from the record's
 * own 4-gram count), so the index, the norms and the snapshot stay valid. Articles added meanwhile
 * already have sized keys. Returns how many records it rewrote.
 * @example await upgradeSketches(db) // -> 100000 the first time on a store of version 3, then 0
 */
export async function upgradeSketches(db: KvDatabase, slice: number = SKETCH_UPGRADE_SLICE): Promise<number> {
  let rewritten = 0;
  // A read first: once done (every later upkeep), no write transaction to wait for.
  while (!(await db.read([STORES.meta], sketchesUpgraded))) {
    rewritten += await db.write([STORES.articles, STORES.meta], async (tx) => {
      const progress = (await tx.get<SketchUpgrade>(STORES.meta, META_KEYS.sketchUpgrade)) ?? { next: 0 };
      if (progress.done) return 0;
      const records = await tx.getAll<StoredArticle>(STORES.articles, { range: { lower: progress.next }, limit: slice });
      let n = 0;
      for (const record of records) {
        if (!record.sketch.some(isBareSketchKey)) continue;
        tx.put(STORES.articles, { ...record, sketch: record.sketch.map((key) => (isBareSketchKey(key) ? sketchKey(key, record.shingles) : key)) });
        n++;
      }
      const last = records.at(-1);
      const next = last ? last.docNo + 1 : progress.next;
      tx.put(STORES.meta, records.length < slice ? { next, done: true } : { next }, META_KEYS.sketchUpgrade);
      return n;
    });
  }
  return rewritten;
}
