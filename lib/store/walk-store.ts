import { INDEX_LAYOUT } from './index-layout';
import type { KvKey, KvRange, KvReader } from './types';

/**
 * Every record of a store (or of a key range of it) in key order, with its key, read a page at a time
 * (INDEX_LAYOUT.walkPage records): a whole-store pass (the norm refresh, the index check, an export) holds
 * one page in memory, not the store, and other pages' requests get their turn between two of its own.
 * @example for await (const [key, record] of walkStore(tx, STORES.shards)) count++;
 */
export async function* walkStore<T>(tx: KvReader, store: string, within?: KvRange): AsyncGenerator<[KvKey, T]> {
  let after: KvKey | undefined;
  for (;;) {
    const range = after === undefined ? within : { ...within, lower: after, lowerOpen: true };
    const [keys, values] = await Promise.all([tx.getKeys(store, { range, limit: INDEX_LAYOUT.walkPage }), tx.getAll<T>(store, { range, limit: INDEX_LAYOUT.walkPage })]);
    for (let i = 0; i < keys.length; i++) yield [keys[i] as KvKey, values[i] as T];
    if (keys.length < INDEX_LAYOUT.walkPage) return;
    after = keys.at(-1);
  }
}
