import { describe, expect, it } from 'vitest';
import { ALL_STORES } from '../../../lib/store/corpus-schema';
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

  it('counts duplicates, naming the first ones', async () => {
    const db = memoryStore();
    const articles = many(5);
    await importArticles(db, reader(articles), { now: 1 });
    const again = await importArticles(db, reader(articles), { now: 2 });
    expect(again).toMatchObject({ total: 5, added: 0, skippedCount: 5 });
    expect(again.skipped.map((s) => s.reason)).toEqual(['id', 'id', 'id', 'id', 'id']);
  });
});
