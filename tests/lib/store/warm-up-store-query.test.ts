import { describe, expect, it } from 'vitest';
import { baseIndex } from '../../../lib/store/base-index';
import { STORES } from '../../../lib/store/corpus-schema';
import { findStoreCoverage } from '../../../lib/store/find-store-coverage';
import { refreshNorms } from '../../../lib/store/refresh-norms';
import { openSnapshot, type ShardSnapshot } from '../../../lib/store/shard-snapshot';
import { warmUpStoreQuery } from '../../../lib/store/warm-up-store-query';
import type { KvDatabase, KvReader } from '../../../lib/store/types';
import { BUNDLE, STORIES, addOneByOne, memoryStore, memoryTarget } from './helpers';

const base = baseIndex(BUNDLE.corpus);
const summary = (c: Awaited<ReturnType<typeof findStoreCoverage>>) => c.matches.map((m) => `${m.article.id} ${m.score} ${m.decision}`);

/** `db` with the records each store's reads returned counted. */
function countingReads(db: KvDatabase) {
  const records: Record<string, number> = {};
  const count = (store: string, found: unknown) => {
    records[store] = (records[store] ?? 0) + (Array.isArray(found) ? found.length : found === undefined ? 0 : 1);
    return found;
  };
  const counted: KvDatabase = {
    read: (stores, work) =>
      db.read(stores, (tx) =>
        work({
          get: async (store, key) => count(store, await tx.get(store, key)),
          getAll: async (store, query) => count(store, await tx.getAll(store, query)) as never,
          getKeys: (store, query) => tx.getKeys(store, query),
          count: (store, query) => tx.count(store, query),
        } as KvReader),
      ),
    write: (stores, work) => db.write(stores, work),
    close: () => db.close(),
  };
  return { db: counted, records };
}

/** A snapshot whose shard and article reads are counted. */
function countingSnapshot(snapshot: ShardSnapshot) {
  const calls = { shards: 0, articles: 0 };
  const counted: ShardSnapshot = Object.assign(Object.create(snapshot) as ShardSnapshot, {
    readShard: (shard: number) => (calls.shards++, snapshot.readShard(shard)),
    articles: () => (calls.articles++, snapshot.articles()),
  });
  return { snapshot: counted, calls };
}

async function refreshedStore(saved = STORIES) {
  const db = memoryStore();
  await addOneByOne(db, saved, 'saved', base);
  const mem = memoryTarget();
  await refreshNorms(db, base, { snapshot: mem.target });
  return { db, file: mem.file };
}

describe('warmUpStoreQuery', () => {
  it.each([
    ['a refreshed store with its snapshot', true, STORIES],
    ['a refreshed store without a snapshot', false, STORIES],
    ['an empty store', false, []],
  ])('on %s it reads the state and the refresh record, and no shard nor article', async (_name, withSnapshot, saved) => {
    const { db, file } = await refreshedStore(saved);
    const counting = countingReads(db);
    const snapshot = withSnapshot ? countingSnapshot(openSnapshot(file()) as ShardSnapshot) : undefined;
    await warmUpStoreQuery(counting.db, { base, snapshot: snapshot?.snapshot });
    expect(counting.records[STORES.meta]).toBeGreaterThan(0);
    expect(counting.records[STORES.shards] ?? 0).toBe(0);
    expect(counting.records[STORES.articles] ?? 0).toBe(0);
    if (snapshot) expect(snapshot.calls).toEqual({ shards: 0, articles: expect.any(Number) });
    if (snapshot) expect(snapshot.calls.articles).toBeGreaterThan(0);
  });

  it.each(STORIES.map((s) => [s.id, { ...s, id: `page-${s.id}`, url: undefined }] as const))('a query on the same snapshot after it answers as one on a fresh snapshot (page %s)', async (_id, page) => {
    const { db, file } = await refreshedStore();
    const warmed = openSnapshot(file()) as ShardSnapshot;
    await warmUpStoreQuery(db, { base, snapshot: warmed });
    expect(summary(await findStoreCoverage(db, page, { base, snapshot: warmed }))).toEqual(summary(await findStoreCoverage(db, page, { base, snapshot: openSnapshot(file()) })));
  });
});
