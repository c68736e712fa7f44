import { describe, expect, it } from 'vitest';
import { ALL_STORES, STORES } from '../../../lib/store/corpus-schema';
import { shardsChanged } from '../../../lib/store/shards-changed';
import { META_KEYS } from '../../../lib/store/store-state';
import type { NormRefresh } from '../../../lib/store/types';
import { memoryStore } from './helpers';

describe('shardsChanged', () => {
  it.each([
    ['a refresh whose norms can be carried forward loses its size, and keeps the rest', { generation: 4, fingerprint: 'f', size: 120 }, { generation: 4, fingerprint: 'f' }],
    ['its common terms go too: their counts are the shards\' as the refresh read them', { generation: 4, fingerprint: 'f', size: 120, common: { terms: ['said'], df: Uint32Array.of(40) } }, { generation: 4, fingerprint: 'f' }],
    ['common terms without a size go as well', { generation: 4, fingerprint: 'f', common: { terms: [], df: new Uint32Array() } }, { generation: 4, fingerprint: 'f' }],
    ['a refresh already without a size stays as it is', { generation: 4, fingerprint: '' }, { generation: 4, fingerprint: '' }],
    ['no refresh yet: nothing is written', undefined, undefined],
  ])('%s', async (_name, before: NormRefresh | undefined, after: NormRefresh | undefined) => {
    const db = memoryStore();
    if (before) await db.write(ALL_STORES, async (tx) => tx.put(STORES.meta, before, META_KEYS.refresh));
    await db.write(ALL_STORES, (tx) => shardsChanged(tx, []));
    expect(await db.read(ALL_STORES, (tx) => tx.get<NormRefresh>(STORES.meta, META_KEYS.refresh))).toEqual(after);
  });
});
