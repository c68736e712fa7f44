import { openDB, type IDBPDatabase, type IDBPIndex, type IDBPObjectStore, type IDBPTransaction } from 'idb';
import { CORPUS_DATABASE, SCHEMA_STEPS, type SchemaStep } from '../../lib/store/corpus-schema';
import type { KvDatabase, KvKey, KvQuery, KvRange, KvReader, KvWriter } from '../../lib/store/types';

/** The database on this device was written by a newer version of the extension than this one. */
export class NewerDatabaseError extends Error {}

type Tx = IDBPTransaction<unknown, string[], 'readonly' | 'readwrite'>;
type Source = IDBPObjectStore<unknown, string[], string, 'readonly' | 'readwrite'> | IDBPIndex<unknown, string[], string, string, 'readonly' | 'readwrite'>;

function keyRange(query: KvQuery): IDBKeyRange | IDBValidKey | undefined {
  if (query.key !== undefined) return query.key as IDBValidKey;
  const range: KvRange | undefined = query.range;
  if (!range) return undefined;
  const { lower, upper } = range as { lower?: IDBValidKey; upper?: IDBValidKey };
  if (lower !== undefined && upper !== undefined) return IDBKeyRange.bound(lower, upper, range.lowerOpen, range.upperOpen);
  if (lower !== undefined) return IDBKeyRange.lowerBound(lower, range.lowerOpen);
  if (upper !== undefined) return IDBKeyRange.upperBound(upper, range.upperOpen);
  return undefined;
}

const sourceOf = (tx: Tx, store: string, query: KvQuery): Source => (query.index ? tx.objectStore(store).index(query.index) : tx.objectStore(store));

/** Walks a cursor for queries getAll cannot answer (backwards, or from an offset). */
async function walk(source: Source, query: KvQuery, take: (cursor: { value: unknown; primaryKey: IDBValidKey }) => void): Promise<void> {
  let cursor = await source.openCursor(keyRange(query), query.direction === 'prev' ? 'prev' : 'next');
  if (cursor && query.offset) cursor = await cursor.advance(query.offset);
  for (let n = 0; cursor && (query.limit === undefined || n < query.limit); n++) {
    take(cursor);
    cursor = await cursor.continue();
  }
}

const simple = (query: KvQuery) => query.direction !== 'prev' && !query.offset;

function reader(tx: Tx): KvReader {
  return {
    get: async <T>(store: string, key: KvKey) => (await tx.objectStore(store).get(key as IDBValidKey)) as T | undefined,
    async getAll<T>(store: string, query: KvQuery = {}) {
      const source = sourceOf(tx, store, query);
      if (simple(query)) return (await source.getAll(keyRange(query), query.limit)) as T[];
      const values: T[] = [];
      await walk(source, query, (cursor) => values.push(cursor.value as T));
      return values;
    },
    async getKeys(store: string, query: KvQuery = {}) {
      const source = sourceOf(tx, store, query);
      // An index's getAllKeys gives the records' primary keys, as getKeys promises.
      if (simple(query)) return (await source.getAllKeys(keyRange(query), query.limit)) as KvKey[];
      const keys: KvKey[] = [];
      await walk(source, query, (cursor) => keys.push(cursor.primaryKey as KvKey));
      return keys;
    },
    count: (store: string, query: KvQuery = {}) => sourceOf(tx, store, query).count(keyRange(query)),
  };
}

/**
 * The corpus database on IndexedDB (through idb), as lib/store's KvDatabase: schema steps applied on
 * upgrade, each read or write one IndexedDB transaction. A write whose work throws is aborted, so it
 * changes nothing; a request that fails (quota, constraint) fails the whole transaction the same way.
 * Opening a database a newer extension version wrote throws NewerDatabaseError and touches nothing.
 * @example const db = await openIdbDatabase(); await addArticles(db, [{ article, source: 'saved' }], { now: Date.now() })
 */
export async function openIdbDatabase(name: string = CORPUS_DATABASE.name, steps: readonly SchemaStep[] = SCHEMA_STEPS): Promise<KvDatabase> {
  const version = (steps.at(-1) as SchemaStep).version;
  let db: IDBPDatabase;
  try {
    db = await openDB(name, version, {
      upgrade(database, oldVersion) {
        for (const step of steps.filter((s) => s.version > oldVersion)) {
          for (const schema of step.create) {
            const store = database.createObjectStore(schema.name, schema.keyPath ? { keyPath: schema.keyPath } : undefined);
            for (const index of schema.indexes) store.createIndex(index.name, index.keyPath, { unique: index.unique ?? false, multiEntry: index.multiEntry ?? false });
          }
        }
      },
      // Another page (an older popup, say) holds the database open at an older version: let it go.
      blocking() {
        db?.close();
      },
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'VersionError') {
      throw new NewerDatabaseError(`the corpus database is version ${await existingVersion(name)}, newer than this extension knows (${version})`);
    }
    throw error;
  }
  return {
    async read(stores, work) {
      const tx = db.transaction([...stores], 'readonly');
      const result = await work(reader(tx));
      await tx.done;
      return result;
    },
    async write(stores, work) {
      const tx = db.transaction([...stores], 'readwrite');
      // Writes are not awaited (the work goes on); the first that fails aborts the transaction, and its
      // error (a quota, a constraint) is the one reported rather than the abort it causes.
      let failure: unknown;
      const note = (error: unknown) => void (failure ??= error);
      const writer: KvWriter = {
        ...reader(tx),
        put: (store, value, key) => void tx.objectStore(store).put(value, key as IDBValidKey | undefined).catch(note),
        delete: (store, target) => {
          const key = typeof target === 'object' && !Array.isArray(target) ? keyRange({ range: target }) : target;
          void tx.objectStore(store).delete(key as IDBValidKey | IDBKeyRange).catch(note);
        },
      };
      let result: Awaited<ReturnType<typeof work>>;
      try {
        result = await work(writer);
      } catch (error) {
        const reason = failure ?? error;
        if (!failure) tx.abort();
        await tx.done.catch(() => undefined);
        throw reason;
      }
      await tx.done.catch((error: unknown) => {
        throw failure ?? error;
      });
      return result;
    },
    close: () => db.close(),
  };
}

/** The version of an existing database, read without upgrading it (indexedDB.databases where there is one). */
async function existingVersion(name: string): Promise<string> {
  const list = await indexedDB.databases?.().catch(() => []);
  return String(list?.find((d) => d.name === name)?.version ?? 'unknown');
}
