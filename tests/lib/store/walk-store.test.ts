import { describe, expect, it } from 'vitest';
import { ALL_STORES, STORES } from '../../../lib/store/corpus-schema';
import type { KvKey } from '../../../lib/store/types';
import { INDEX_LAYOUT } from '../../../lib/store/index-layout';
import { walkStore } from '../../../lib/store/walk-store';
import { memoryStore } from './helpers';

describe('walkStore', () => {
  it.each([
    ['an empty store', 0],
    ['fewer records than a page', 5],
    ['exactly a page', INDEX_LAYOUT.walkPage],
    ['more than two pages', 2 * INDEX_LAYOUT.walkPage + 17],
  ])('%s: every record once, in key order', async (_case, n) => {
    const db = memoryStore();
    await db.write(ALL_STORES, async (tx) => {
      for (let i = 0; i < n; i++) tx.put(STORES.shards, { i }, [i % 7, i]);
    });
    const seen: KvKey[] = [];
    await db.read(ALL_STORES, async (tx) => {
      for await (const [key, value] of walkStore<{ i: number }>(tx, STORES.shards)) {
        expect((key as number[])[1]).toBe(value.i);
        seen.push(key);
      }
    });
    expect(seen).toHaveLength(n);
    expect(seen).toEqual([...seen].sort((a, b) => ((a as number[])[0]! - (b as number[])[0]!) || ((a as number[])[1]! - (b as number[])[1]!)));
  });

  it.each([
    ['a slice of fewer records than a page', 2, 4, INDEX_LAYOUT.walkPage],
    ['a slice over several pages (the upper bound kept from page to page)', 1, 5, 12 * INDEX_LAYOUT.walkPage],
    ['a slice past the last key', 6, 9, 700],
  ])('%s: exactly the records of the range, in key order', async (_case, from, to, n) => {
    const db = memoryStore();
    await db.write(ALL_STORES, async (tx) => {
      for (let i = 0; i < n; i++) tx.put(STORES.shards, { i }, [i % 7, i]);
    });
    const seen: number[] = [];
    await db.read(ALL_STORES, async (tx) => {
      for await (const [, value] of walkStore<{ i: number }>(tx, STORES.shards, { lower: [from], upper: [to], upperOpen: true })) seen.push(value.i);
    });
    const expected = Array.from({ length: n }, (_, i) => i)
      .filter((i) => i % 7 >= from && i % 7 < to)
      .sort((x, y) => x % 7 - (y % 7) || x - y);
    expect(seen).toEqual(expected);
  });

  it('asks for at most a page of records per request, so other requests are served between them', async () => {
    const db = memoryStore();
    const n = 5 * INDEX_LAYOUT.walkPage + 3;
    await db.write(ALL_STORES, async (tx) => {
      for (let i = 0; i < n; i++) tx.put(STORES.shards, { i }, [0, i]);
    });
    const limits: Array<number | undefined> = [];
    let seen = 0;
    await db.read(ALL_STORES, async (tx) => {
      const counted = { ...tx, getAll: <T>(store: string, query?: { limit?: number }) => (limits.push(query?.limit), tx.getAll<T>(store, query as never)) } as typeof tx;
      for await (const _ of walkStore(counted, STORES.shards)) seen++;
    });
    expect(seen).toBe(n);
    expect(limits).toHaveLength(6);
    expect(limits.every((limit) => limit === INDEX_LAYOUT.walkPage)).toBe(true);
  });
});
