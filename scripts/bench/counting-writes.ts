import { STORES } from '../../lib/store/corpus-schema';
import type { KvDatabase, KvWriter } from '../../lib/store/types';

/**
 * `db` with its write transactions' reads counted: requests, the records they returned from the
 * articles store (an add's near-duplicate candidates among them), and rounds: how many requests the
 * longest chain of each transaction waited on one after another (a request is one round deeper than the
 * deepest answered before it was made; summed over the transactions), each round a wait on the database
 * process, however many requests it holds. For the store bench and the tests of what an add reads.
 * @example const { db: counted, counts } = countingWrites(db); await addArticles(counted, incoming, { now }); counts.articles // -> 0 in an empty store
 */
export function countingWrites(db: KvDatabase): { db: KvDatabase; counts: { requests: number; articles: number; rounds: number } } {
  const counts = { requests: 0, articles: 0, rounds: 0 };
  // The deepest round answered so far and the deepest begun, in the transaction under way.
  let answered = 0;
  let deepest = 0;
  const counted = <T>(store: string, read: Promise<T>) => {
    const round = answered + 1;
    if (round > deepest) {
      counts.rounds += round - deepest;
      deepest = round;
    }
    return read.then((result) => {
      counts.requests++;
      answered = Math.max(answered, round);
      if (store === STORES.articles) counts.articles += Array.isArray(result) ? result.length : result === undefined ? 0 : 1;
      return result;
    });
  };
  const wrap = (tx: KvWriter): KvWriter => ({
    get: (store, key) => counted(store, tx.get(store, key)),
    getAll: (store, query) => counted(store, tx.getAll(store, query)),
    getKeys: (store, query) => counted('', tx.getKeys(store, query)),
    count: (store, query) => counted('', tx.count(store, query)),
    put: (store, value, key) => tx.put(store, value, key),
    delete: (store, key) => tx.delete(store, key),
  });
  // Rounds are counted per transaction (summed over them): each starts with nothing answered.
  const write: KvDatabase['write'] = (stores, work) =>
    db.write(stores, (tx) => {
      answered = deepest = 0;
      return work(wrap(tx));
    });
  return { counts, db: { read: (stores, work) => db.read(stores, work), write, close: () => db.close() } };
}
