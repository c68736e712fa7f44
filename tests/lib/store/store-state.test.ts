import { describe, expect, it } from 'vitest';
import { ALL_STORES, STORES } from '../../../lib/store/corpus-schema';
import { META_KEYS, readState } from '../../../lib/store/store-state';
import { memoryStore } from './helpers';

describe('readState', () => {
  it.each([
    ['an empty store: zero counters', undefined, { count: 0, nextDocNo: 0, generation: 0 }],
    ['the counters written', { count: 3, nextDocNo: 5, generation: 9 }, { count: 3, nextDocNo: 5, generation: 9 }],
  ])('%s', async (_case, written, expected) => {
    const db = memoryStore();
    if (written) await db.write(ALL_STORES, async (tx) => tx.put(STORES.meta, written, META_KEYS.state));
    expect(await db.read(ALL_STORES, readState)).toEqual(expected);
  });
});
