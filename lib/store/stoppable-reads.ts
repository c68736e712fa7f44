import type { KvDatabase, KvReader } from './types';

/** The message of the error a stopped database's reads reject with. */
export const READS_STOPPED = 'reads stopped';

/** A read-only view of a database whose reads can be stopped: each one asked after stop() rejects. */
export interface StoppableReads {
  db: KvDatabase;
  /** Every read asked from now on rejects with READS_STOPPED (the ones under way finish). */
  stop(): void;
}

/**
 * A read-only view of `db` whose reads can be stopped, so that work that only prepares (a warm-up
 * query) gives way at its next read when the work it prepares for arrives. Writes are refused: what
 * can be stopped halfway must change nothing. Closing the view leaves `db` open.
 * @example const probe = stoppableReads(db); void findStoreCoverage(probe.db, page).catch(() => {}); probe.stop()
 */
export function stoppableReads(db: KvDatabase): StoppableReads {
  let stopped = false;
  const guard = <T>(read: () => Promise<T>): Promise<T> => (stopped ? Promise.reject(new Error(READS_STOPPED)) : read());
  const view = (tx: KvReader): KvReader => ({
    get: (store, key) => guard(() => tx.get(store, key)),
    getAll: (store, query) => guard(() => tx.getAll(store, query)),
    getKeys: (store, query) => guard(() => tx.getKeys(store, query)),
    count: (store, query) => guard(() => tx.count(store, query)),
  });
  return {
    db: {
      read: (stores, work) => guard(() => db.read(stores, (tx) => work(view(tx)))),
      write: () => Promise.reject(new Error('a stoppable view of the database only reads')),
      close: () => undefined,
    },
    stop: () => void (stopped = true),
  };
}
