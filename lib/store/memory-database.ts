import { compareKeys } from './compare-keys';
import type { IndexSchema, KvDatabase, KvKey, KvQuery, KvRange, KvReader, KvWriter, StoreSchema } from './types';

interface Entry {
  /** The index key (or the primary key, in a store's own list). */
  key: KvKey;
  primary: KvKey;
}

const isKey = (x: unknown): x is KvKey =>
  (typeof x === 'number' && !Number.isNaN(x)) || typeof x === 'string' || (Array.isArray(x) && x.every(isKey));

/** The keys a record has in an index: none when its key path gives no valid key (IndexedDB leaves it out). */
function indexKeys(index: IndexSchema, value: unknown): KvKey[] {
  const field = (path: string) => (value as Record<string, unknown>)[path];
  const key = Array.isArray(index.keyPath) ? index.keyPath.map(field) : field(index.keyPath);
  if (index.multiEntry && Array.isArray(key)) {
    const unique: KvKey[] = [];
    for (const k of key) if (isKey(k) && !unique.some((u) => compareKeys(u, k) === 0)) unique.push(k);
    return unique;
  }
  return isKey(key) ? [key] : [];
}

/** An error named as IndexedDB names its DOMExceptions (ConstraintError, DataError…), so callers test one name. */
const kvError = (name: string, message: string) => Object.assign(new Error(message), { name });

const byKeyThenPrimary = (a: Entry, b: Entry) => compareKeys(a.key, b.key) || compareKeys(a.primary, b.primary);
const entryId = (entry: Entry) => JSON.stringify([entry.key, entry.primary]);

/**
 * Up to this many changes waiting, a read finds each one's place by binary search and splices it in or
 * out (a memory move per change); past it, one filter and one merge over the whole list do them all.
 * A single add changes a few entries of each index, and naming every entry of a million-entry index
 * (the filter's test) took most of an add's time at 100,000 articles.
 */
const SPLICE_LIMIT = 256;

/** The position of the first entry not before `entry` (key, then primary key). */
function placeOf(list: readonly Entry[], entry: Entry): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (byKeyThenPrimary(list[middle] as Entry, entry) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Entries kept in key order, changes applied lazily: inserts and removals wait in maps until the next
 * read applies them, few by splicing, many with one filter and one merge. Splicing each into a sorted
 * array of a million index entries (a 100,000-article corpus) as it comes would cost a memory move per
 * entry of a large import.
 */
class SortedEntries {
  private list: Entry[] = [];
  private readonly added = new Map<string, Entry>();
  private readonly removed = new Map<string, Entry>();

  insert(entry: Entry): void {
    this.added.set(entryId(entry), entry);
  }

  remove(entry: Entry): void {
    const id = entryId(entry);
    if (!this.added.delete(id)) this.removed.set(id, entry);
  }

  sorted(): Entry[] {
    if (this.removed.size + this.added.size <= SPLICE_LIMIT) {
      for (const entry of this.removed.values()) {
        const at = placeOf(this.list, entry);
        const found = this.list[at];
        // remove() keeps an entry still waiting to go in out of `removed`: whatever is here is in the list.
        if (found === undefined || byKeyThenPrimary(found, entry) !== 0) throw new Error('memory database: an index entry to remove is not in its list');
        this.list.splice(at, 1);
      }
      for (const entry of this.added.values()) this.list.splice(placeOf(this.list, entry), 0, entry);
    } else {
      if (this.removed.size) this.list = this.list.filter((e) => !this.removed.has(entryId(e)));
      if (this.added.size) {
        const added = [...this.added.values()].sort(byKeyThenPrimary);
        const merged: Entry[] = [];
        let i = 0;
        let j = 0;
        while (i < this.list.length || j < added.length) {
          const a = this.list[i];
          const b = added[j];
          if (b === undefined || (a !== undefined && byKeyThenPrimary(a, b) < 0)) merged.push(this.list[i++] as Entry);
          else merged.push(added[j++] as Entry);
        }
        this.list = merged;
      }
    }
    this.removed.clear();
    this.added.clear();
    return this.list;
  }
}

class RecordStore {
  readonly values = new Map<string, unknown>();
  /** Primary keys, sorted (key and primary are the same here). */
  readonly order = new SortedEntries();
  readonly indexes = new Map<string, { schema: IndexSchema; entries: SortedEntries; owners: Map<string, string> }>();

  constructor(readonly schema: StoreSchema) {
    // owners: for a unique index, which record (its primary key, as JSON) has each index key.
    for (const index of schema.indexes) this.indexes.set(index.name, { schema: index, entries: new SortedEntries(), owners: new Map() });
  }

  /** Puts or removes (value undefined) one record, keeping the key order and the indexes; returns the old value. */
  set(primary: KvKey, value: unknown): unknown {
    const id = JSON.stringify(primary);
    const old = this.values.get(id);
    // A unique index refuses before anything changes, so a failed put leaves the store as it was.
    for (const { schema, owners } of this.indexes.values()) {
      if (!schema.unique || value === undefined) continue;
      for (const key of indexKeys(schema, value)) {
        const owner = owners.get(JSON.stringify(key));
        if (owner !== undefined && owner !== id) throw kvError('ConstraintError', `${this.schema.name}.${schema.name} already has ${JSON.stringify(key)}`);
      }
    }
    const self = { key: primary, primary };
    if (old !== undefined) {
      for (const { schema, entries, owners } of this.indexes.values()) {
        for (const key of indexKeys(schema, old)) {
          entries.remove({ key, primary });
          if (schema.unique) owners.delete(JSON.stringify(key));
        }
      }
      if (value === undefined) this.order.remove(self);
    } else if (value !== undefined) this.order.insert(self);
    if (value === undefined) {
      this.values.delete(id);
      return old;
    }
    for (const { schema, entries, owners } of this.indexes.values()) {
      for (const key of indexKeys(schema, value)) {
        entries.insert({ key, primary });
        if (schema.unique) owners.set(JSON.stringify(key), id);
      }
    }
    this.values.set(id, value);
    return old;
  }

  get(primary: KvKey): unknown {
    return this.values.get(JSON.stringify(primary));
  }

  /** The entries a query selects, in order: the range's ends are found by binary search. */
  select(query: KvQuery = {}): Entry[] {
    const entries = query.index ? this.indexes.get(query.index)?.entries : this.order;
    if (!entries) throw kvError('NotFoundError', `no index ${query.index} on ${this.schema.name}`);
    const list = entries.sorted();
    const range: KvRange | undefined = query.key !== undefined ? { lower: query.key, upper: query.key } : query.range;
    let start = 0;
    let end = list.length;
    if (range?.lower !== undefined) start = firstNotBefore(list, range.lower, range.lowerOpen ?? false);
    if (range?.upper !== undefined) end = firstNotBefore(list, range.upper, !(range.upperOpen ?? false));
    let selected = list.slice(start, Math.max(start, end));
    if (query.direction === 'prev') selected.reverse();
    selected = selected.slice(query.offset ?? 0);
    return query.limit === undefined ? selected : selected.slice(0, query.limit);
  }
}

/** First position whose key is after `key` (after: true) or not before it (after: false). */
function firstNotBefore(list: Entry[], key: KvKey, after: boolean): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const c = compareKeys((list[middle] as Entry).key, key);
    if (c < 0 || (after && c === 0)) low = middle + 1;
    else high = middle;
  }
  return low;
}

const isRange = (x: KvKey | KvRange): x is KvRange => typeof x === 'object' && !Array.isArray(x);

/**
 * A deep copy of a record: plain objects, arrays, typed arrays and primitives copied directly (the shapes
 * the store writes), anything else by structuredClone. structuredClone alone costs some microseconds per
 * call however small the value, and a query reads thousands of small records.
 */
function copy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (ArrayBuffer.isView(value)) return (value as unknown as Uint8Array).slice() as unknown as T;
  if (Array.isArray(value)) return value.map(copy) as unknown as T;
  if (Object.getPrototypeOf(value) !== Object.prototype) return structuredClone(value);
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (field !== undefined) out[key] = copy(field);
  return out as T;
}

/**
 * The corpus database in memory, for the CLI and the tests: the same record stores, indexes, key order
 * and all-or-nothing transactions as the IndexedDB one. Transactions run one at a time; values are
 * copied in and out, as IndexedDB does, so no caller can change a stored record by changing an object
 * it holds.
 * @example const db = new MemoryDatabase(SCHEMA_STEPS.flatMap((s) => s.create)); await db.write(['meta'], async (tx) => tx.put('meta', 1, 'x'))
 */
export class MemoryDatabase implements KvDatabase {
  private readonly stores = new Map<string, RecordStore>();
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(schemas: readonly StoreSchema[]) {
    for (const schema of schemas) this.stores.set(schema.name, new RecordStore(schema));
  }

  private store(name: string, allowed: readonly string[]): RecordStore {
    const store = this.stores.get(name);
    if (!store || !allowed.includes(name)) throw kvError('NotFoundError', `store ${name} is not in this transaction`);
    return store;
  }

  private reader(allowed: readonly string[]): KvReader {
    return {
      get: async <T>(name: string, key: KvKey) => copy(this.store(name, allowed).get(key)) as T | undefined,
      getAll: async <T>(name: string, query?: KvQuery) => {
        const store = this.store(name, allowed);
        return store.select(query).map((e) => copy(store.get(e.primary))) as T[];
      },
      getKeys: async (name: string, query?: KvQuery) => this.store(name, allowed).select(query).map((e) => e.primary),
      count: async (name: string, query?: KvQuery) => this.store(name, allowed).select({ ...query, offset: undefined, limit: undefined }).length,
    };
  }

  private run<T>(work: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(kvError('InvalidStateError', 'the database is closed'));
    const result = this.queue.then(work);
    this.queue = result.catch(() => undefined);
    return result;
  }

  read<T>(stores: readonly string[], work: (tx: KvReader) => Promise<T>): Promise<T> {
    return this.run(() => work(this.reader(stores)));
  }

  write<T>(stores: readonly string[], work: (tx: KvWriter) => Promise<T>): Promise<T> {
    return this.run(async () => {
      // Writes apply at once (later reads in the transaction see them) and are undone if anything fails.
      const undo: Array<() => void> = [];
      let failure: unknown;
      const apply = (name: string, key: KvKey, value: unknown) => {
        try {
          const store = this.store(name, stores);
          const old = store.set(key, value);
          undo.push(() => store.set(key, old));
        } catch (error) {
          failure ??= error;
        }
      };
      const tx: KvWriter = {
        ...this.reader(stores),
        put: (name, value, key) => {
          const keyPath = this.stores.get(name)?.schema.keyPath;
          const primary = keyPath ? (value as Record<string, unknown>)[keyPath] : key;
          if (!isKey(primary)) failure ??= kvError('DataError', `no valid key for ${name}`);
          else apply(name, primary, copy(value));
        },
        delete: (name, target) => {
          const keys = isRange(target) ? this.store(name, stores).select({ range: target }).map((e) => e.primary) : [target];
          for (const key of keys) apply(name, key, undefined);
        },
      };
      try {
        const result = await work(tx);
        if (failure) throw failure;
        return result;
      } catch (error) {
        for (const step of undo.reverse()) step();
        throw error;
      }
    });
  }

  close(): void {
    this.closed = true;
  }
}
