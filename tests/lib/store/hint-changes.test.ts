import { describe, expect, it } from 'vitest';
import { slotKey } from '../../../lib/store/article-slot';
import { ALL_STORES, STORES } from '../../../lib/store/corpus-schema';
import { HintChanges } from '../../../lib/store/hint-changes';
import type { HintBlock } from '../../../lib/store/norm-hints';
import { memoryStore } from './helpers';

describe('HintChanges', () => {
  it('sets new sums and days, shifts existing sums, one record per block and kind', async () => {
    const db = memoryStore();
    const first = new HintChanges();
    first.set(3, { a: 1, b: 2, c: 3 }, 19_000);
    first.set(8192 + 1, { a: 4, b: 5, c: 6 }, Number.NaN);
    await db.write(ALL_STORES, (tx) => first.write(tx));
    const second = new HintChanges();
    second.shift(3, { b: 0.5, c: 1 });
    second.shift(3, { b: 0.5, c: 1 });
    await db.write(ALL_STORES, (tx) => second.write(tx));
    const read = <T>(block: number, kind: 'hints' | 'days') => db.read(ALL_STORES, (tx) => tx.get<T>(STORES.perArticle, slotKey(block, kind)));
    const [zero, one, days] = await Promise.all([read<HintBlock>(0, 'hints'), read<HintBlock>(1, 'hints'), read<Float32Array>(0, 'days')]);
    expect([zero!.a[3], zero!.b[3], zero!.c[3]]).toEqual([1, 3, 5]);
    expect([one!.a[1], one!.b[1], one!.c[1]]).toEqual([4, 5, 6]);
    expect([days![3], days![4]]).toEqual([19_000, Number.NaN]);
    expect(await db.read(ALL_STORES, (tx) => tx.count(STORES.perArticle))).toBe(4);
  });
});
