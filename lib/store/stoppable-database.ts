import type { KvDatabase, KvKey, KvQuery, KvReader } from './types';

/** Thrown by a stoppableDatabase's reads once it is stopped. */
export class SearchStopped extends Error {
  constructor() {
    super('stopped: a search that matters more came');
  }
}

/**
 * A read-only view of `db` whose every request throws SearchStopped once `stopped()` is true, so work
 * that only prepares (a warm-up search) gives way at its next read when the real query comes, instead
 * of keeping it waiting to the end.
 * @example const view = stoppableDatabase(db, () => asked); await findStoreCoverage(view, page).catch(() => undefined)
 */
export function stoppableDatabase(db: Pick<KvDatabase, 'read'>, stopped: () => boolean): Pick<KvDatabase, 'read'> {
  const check = () => {
    if (stopped()) throw new SearchStopped();
  };
  return {
    read: (stores, work) =>
      db.read(stores, (tx) => {
        // Each request is made at the call, as without the guard: an IndexedDB transaction stays active.
        const view: KvReader = {
          get: async <T>(store: string, key: KvKey) => {
            check();
            return tx.get<T>(store, key);
          },
          getAll: async <T>(store: string, query?: KvQuery) => {
            check();
            return tx.getAll<T>(store, query);
          },
          getKeys: async (store, query) => {
            check();
            return tx.getKeys(store, query);
          },
          count: async (store, query) => {
            check();
            return tx.count(store, query);
          },
        };
        return work(view);
      }),
  };
}
