import { describe, expect, it } from 'vitest';
import { ALL_STORES, STORES } from '../../../lib/store/corpus-schema';
import { indexArticles } from '../../../lib/store/index-articles';
import { INDEX_LAYOUT } from '../../../lib/store/index-layout';
import { storeRecord } from '../../../lib/store/store-record';
import { unindexArticles } from '../../../lib/store/unindex-articles';
import type { StoredArticle } from '../../../lib/store/types';
import { verifyIndex } from '../../../lib/store/verify-index';
import { STORIES, memoryStore } from './helpers';

const records = (n: number): StoredArticle[] => Array.from({ length: n }, (_, docNo) => ({ ...storeRecord({ ...STORIES[docNo % STORIES.length]!, id: `x${docNo}` }, 'saved', 1), docNo }));

describe('unindexArticles', () => {
  it.each([
    ['the newest article (postings in the heads)', 8, [7]],
    ['the oldest articles, whose postings were sealed into blocks', INDEX_LAYOUT.openPostings + 40, [0, 1, 2]],
    ['every article: no shard record left', 8, [0, 1, 2, 3, 4, 5, 6, 7]],
  ])('removes %s and leaves the other postings as they were', async (_case, n, removed) => {
    const all = records(n);
    const db = memoryStore();
    await db.write(ALL_STORES, (tx) => indexArticles(tx, all, n, () => 0));
    const kept = all.filter((r) => !removed.includes(r.docNo));
    await db.write(ALL_STORES, (tx) => unindexArticles(tx, all.filter((r) => removed.includes(r.docNo)), () => 0));
    // The postings and frequencies a rebuild from the kept articles gives (verifyIndex reads the articles).
    await db.write(ALL_STORES, async (tx) => kept.forEach((r) => tx.put(STORES.articles, r)));
    expect((await verifyIndex(db)).problems.filter((p) => p.startsWith('shard'))).toEqual([]);
    if (!kept.length) expect(await db.read(ALL_STORES, (tx) => tx.count(STORES.shards))).toBe(0);
  });

  it('refuses, without writing, when the index lacks a term of the article (damaged)', async () => {
    const db = memoryStore();
    await expect(db.write(ALL_STORES, (tx) => unindexArticles(tx, records(1), () => 0))).rejects.toThrow(/index damaged/);
  });
});
