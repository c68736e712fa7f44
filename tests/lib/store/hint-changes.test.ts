import { describe, expect, it } from 'vitest';
import { ALL_STORES, STORES } from '../../../lib/store/corpus-schema';
import { HintChanges } from '../../../lib/store/hint-changes';
import type { HintBlock } from '../../../lib/store/norm-hints';
import { memoryStore } from './helpers';

describe('HintChanges', () => {
  it('sets new sums and shifts existing ones, one record per block', async () => {
    const db = memoryStore();
    const first = new HintChanges();
    first.set(3, { a: 1, b: 2, c: 3 });
    first.set(8192 + 1, { a: 4, b: 5, c: 6 });
    await db.write(ALL_STORES, (tx) => first.write(tx));
    const second = new HintChanges();
    second.shift(3, { b: 0.5, c: 1 });
    second.shift(3, { b: 0.5, c: 1 });
    await db.write(ALL_STORES, (tx) => second.write(tx));
    const [zero, one] = await db.read(ALL_STORES, (tx) => Promise.all([tx.get<HintBlock>(STORES.hints, 0), tx.get<HintBlock>(STORES.hints, 1)]));
    expect([zero!.a[3], zero!.b[3], zero!.c[3]]).toEqual([1, 3, 5]);
    expect([one!.a[1], one!.b[1], one!.c[1]]).toEqual([4, 5, 6]);
    expect(await db.read(ALL_STORES, (tx) => tx.count(STORES.hints))).toBe(2);
  });
});
