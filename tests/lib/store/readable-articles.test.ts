import { describe, expect, it } from 'vitest';
import { ALL_STORES, STORES } from '../../../lib/store/corpus-schema';
import { readableArticles } from '../../../lib/store/readable-articles';
import type { StoredArticle } from '../../../lib/store/types';
import { STORIES, addOneByOne, memoryStore } from './helpers';

describe('readableArticles', () => {
  it('gives every stored article as it came in, in batches', async () => {
    const db = memoryStore();
    await addOneByOne(db, STORIES);
    const read = await db.read(ALL_STORES, async (tx) => {
      const all = [];
      for await (const batch of readableArticles(tx)) all.push(...batch);
      return all;
    });
    expect(read).toEqual(STORIES);
  });

  it('skips and counts records that are not articles any more (a damaged database)', async () => {
    const db = memoryStore();
    await addOneByOne(db, STORIES);
    await db.write(ALL_STORES, async (tx) => {
      const record = (await tx.get<StoredArticle>(STORES.articles, 2))!;
      tx.put(STORES.articles, { ...record, text: 42 });
      tx.put(STORES.articles, { docNo: 5, garbage: true });
    });
    const counts = { unreadable: 0 };
    const ids = await db.read(ALL_STORES, async (tx) => {
      const all: string[] = [];
      for await (const batch of readableArticles(tx, counts)) all.push(...batch.map((a) => a.id));
      return all;
    });
    expect(ids).toEqual(STORIES.map((a) => a.id).filter((_, i) => i !== 2 && i !== 5));
    expect(counts.unreadable).toBe(2);
  });
});
