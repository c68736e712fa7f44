import { describe, expect, it } from 'vitest';
import { ALL_STORES, STORES } from '../../../lib/store/corpus-schema';
import { readFoldCursor } from '../../../lib/store/fold-cursor';
import { INDEX_LAYOUT } from '../../../lib/store/index-layout';
import { refreshNorms } from '../../../lib/store/refresh-norms';
import { importArticles } from '../../../lib/store/import-articles';
import { readState } from '../../../lib/store/store-state';
import type { KvDatabase } from '../../../lib/store/types';
import { verifyIndex } from '../../../lib/store/verify-index';
import type { Article } from '../../../lib/types';
import { STORIES, memoryStore } from './helpers';

const many = (n: number): Article[] => Array.from({ length: n }, (_, i) => ({ ...STORIES[i % STORIES.length]!, id: `m${i}`, url: undefined, text: `${STORIES[i % STORIES.length]!.text} Item ${i} of the series, number ${i * 7}.` }));
const reader = (articles: Article[], failAt?: number) =>
  async function* () {
    for (const [i, article] of articles.entries()) {
      if (i === failAt) throw new Error(`line ${i + 1}: "text" is empty`);
      yield article;
    }
  };

describe('importArticles', () => {
  it('adds a file in batches, reporting progress after the check and after each batch', async () => {
    const db = memoryStore();
    const progress: Array<[number, number]> = [];
    const outcome = await importArticles(db, reader(many(25)), { now: 1, batchSize: 10, onProgress: (done, total) => progress.push([done, total]) });
    expect(outcome).toMatchObject({ total: 25, added: 25, replaced: 0, skippedCount: 0, cancelled: false });
    expect(progress).toEqual([[0, 25], [10, 25], [20, 25], [25, 25]]);
    expect((await db.read(ALL_STORES, readState)).count).toBe(25);
    expect((await verifyIndex(db)).problems).toEqual([]);
  });

  it('imports nothing when a line anywhere is bad (the check reads the whole file first)', async () => {
    const db = memoryStore();
    await expect(importArticles(db, reader(many(25), 22), { now: 1, batchSize: 10 })).rejects.toThrow('line 23: "text" is empty');
    expect((await db.read(ALL_STORES, readState)).count).toBe(0);
  });

  it('stops between batches when cancelled: whole batches kept, the index consistent', async () => {
    const db = memoryStore();
    const signal = { aborted: false };
    const outcome = await importArticles(db, reader(many(25)), { now: 1, batchSize: 10, signal, onProgress: (done) => void (signal.aborted = done >= 10) });
    expect(outcome).toMatchObject({ total: 25, added: 10, cancelled: true });
    expect((await db.read(ALL_STORES, readState)).count).toBe(10);
    expect((await verifyIndex(db)).problems).toEqual([]);
  });

  it('cancelled while a batch is being written: that batch is undone, the ones before stay', async () => {
    const db = memoryStore();
    const signal = { aborted: false };
    let writes = 0;
    const cancelling: KvDatabase = {
      read: db.read.bind(db),
      close: db.close.bind(db),
      write: (stores, work) => {
        if (++writes === 2) signal.aborted = true; // the reader clicks Cancel during the second batch
        return db.write(stores, work);
      },
    };
    const outcome = await importArticles(cancelling, reader(many(25)), { now: 1, batchSize: 10, signal });
    expect(outcome).toMatchObject({ added: 10, cancelled: true });
    expect((await db.read(ALL_STORES, readState)).count).toBe(10);
    expect((await verifyIndex(db)).problems).toEqual([]);
  });

  /** The database with its write transactions counted. */
  const countingWrites = (db: KvDatabase) => {
    const made = { writes: 0 };
    return { made, db: { read: db.read.bind(db), write: ((stores, work) => (made.writes++, db.write(stores, work))) as KvDatabase['write'], close: () => db.close() } satisfies KvDatabase };
  };
  const SLICES = INDEX_LAYOUT.shards / INDEX_LAYOUT.foldShards;

  it('each batch is logged in one short transaction, then folded into the shards in slices (a query waits for one slice, not the batch)', async () => {
    const db = memoryStore();
    const counted = countingWrites(db);
    const outcome = await importArticles(counted.db, reader(many(2 * 50)), { now: 1, batchSize: 50 });
    expect(outcome).toMatchObject({ added: 100, cancelled: false });
    expect(counted.made.writes).toBe(2 * (1 + SLICES));
    expect(await db.read(ALL_STORES, (tx) => tx.count(STORES.log))).toBe(0);
    expect((await verifyIndex(db)).problems).toEqual([]);
  });

  it('cancelled while a batch is folded: the batch stays whole, the fold stops between slices, and the refresh finishes it', async () => {
    const db = memoryStore();
    const signal = { aborted: false };
    let slices = 0;
    // The reader cancels after the batch is stored, during the third slice of its fold.
    const cancelling: KvDatabase = { read: db.read.bind(db), write: ((stores, work) => (++slices === 4 && (signal.aborted = true), db.write(stores, work))) as KvDatabase['write'], close: () => db.close() };
    const outcome = await importArticles(cancelling, reader(many(2 * 50)), { now: 1, batchSize: 50, signal });
    expect(outcome).toMatchObject({ added: 50, cancelled: true });
    expect((await db.read(ALL_STORES, readFoldCursor))?.next).toBe(3 * INDEX_LAYOUT.foldShards);
    expect((await verifyIndex(db)).problems).toEqual([]);
    await refreshNorms(db);
    expect(await db.read(ALL_STORES, readFoldCursor)).toBeUndefined();
    expect(await verifyIndex(db)).toEqual({ articles: 50, problems: [] });
  });

  it('counts duplicates, naming the first ones', async () => {
    const db = memoryStore();
    const articles = many(5);
    await importArticles(db, reader(articles), { now: 1 });
    const again = await importArticles(db, reader(articles), { now: 2 });
    expect(again).toMatchObject({ total: 5, added: 0, skippedCount: 5 });
    expect(again.skipped.map((s) => s.reason)).toEqual(['id', 'id', 'id', 'id', 'id']);
  });
});
