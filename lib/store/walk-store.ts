import type { KvKey, KvRange, KvReader } from './types';

/** Records read per request when walking a whole store. */
const PAGE = 2_000;

/**
 * Every record of a store (or of a key range of it) in key order, with its key, read a page at a time: a
 * whole-store pass (the norm refresh, the index check) holds one page in memory, not the store.
 * @example for await (const [key, record] of walkStore(tx, STORES.shards)) count++;
 */
export async function* walkStore<T>(tx: KvReader, store: string, within?: KvRange): AsyncGenerator<[KvKey, T]> {
  let after: KvKey | undefined;
  for (;;) {
    const range = after === undefined ? within : { ...within, lower: after, lowerOpen: true };
    const [keys, values] = await Promise.all([tx.getKeys(store, { range, limit: PAGE }), tx.getAll<T>(store, { range, limit: PAGE })]);
    for (let i = 0; i < keys.length; i++) yield [keys[i] as KvKey, values[i] as T];
    if (keys.length < PAGE) return;
    after = keys.at(-1);
  }
}
