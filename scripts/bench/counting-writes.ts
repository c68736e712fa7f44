import { STORES } from '../../lib/store/corpus-schema';
import type { KvDatabase, KvWriter } from '../../lib/store/types';

/**
 * `db` with its write transactions' reads counted: requests, and the records they returned from the
 * articles store (an add's near-duplicate candidates among them). For the store bench and the tests of
 * what an add reads.
 * @example const { db: counted, counts } = countingWrites(db); await addArticles(counted, incoming, { now }); counts.articles // -> 0 in an empty store
 */
export function countingWrites(db: KvDatabase): { db: KvDatabase; counts: { requests: number; articles: number } } {
  const counts = { requests: 0, articles: 0 };
  const counted = <T>(store: string, read: Promise<T>) =>
    read.then((result) => {
      counts.requests++;
      if (store === STORES.articles) counts.articles += Array.isArray(result) ? result.length : result === undefined ? 0 : 1;
      return result;
    });
  const wrap = (tx: KvWriter): KvWriter => ({
    get: (store, key) => counted(store, tx.get(store, key)),
    getAll: (store, query) => counted(store, tx.getAll(store, query)),
    getKeys: (store, query) => counted('', tx.getKeys(store, query)),
    count: (store, query) => counted('', tx.count(store, query)),
    put: (store, value, key) => tx.put(store, value, key),
    delete: (store, key) => tx.delete(store, key),
  });
  return {
    counts,
    db: { read: (stores, work) => db.read(stores, work), write: (stores, work) => db.write(stores, (tx) => work(wrap(tx))), close: () => db.close() },
  };
}
