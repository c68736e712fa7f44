import { describe, expect, it } from 'vitest';
import { STORES } from '../../../lib/store/corpus-schema';
import { findStoreCoverage } from '../../../lib/store/find-store-coverage';
import { SearchStopped, stoppableDatabase } from '../../../lib/store/stoppable-database';
import type { KvReader } from '../../../lib/store/types';
import { STORIES, addOneByOne, memoryStore } from './helpers';

const REQUESTS: Array<[string, (tx: KvReader) => Promise<unknown>]> = [
  ['get', (tx) => tx.get(STORES.articles, 0)],
  ['getAll', (tx) => tx.getAll(STORES.articles, { limit: 1 })],
  ['getKeys', (tx) => tx.getKeys(STORES.articles)],
  ['count', (tx) => tx.count(STORES.articles)],
];

describe('stoppableDatabase', () => {
  it.each(REQUESTS)('%s answers as the database does until stopped, then throws SearchStopped', async (_name, request) => {
    const db = memoryStore();
    await addOneByOne(db, STORIES.slice(0, 2));
    let stopped = false;
    const view = stoppableDatabase(db, () => stopped);
    expect(await view.read([STORES.articles], request)).toEqual(await db.read([STORES.articles], request));
    stopped = true;
    await expect(view.read([STORES.articles], request)).rejects.toBeInstanceOf(SearchStopped);
  });

  it('a search stopped midway gives way at its next read, and the database still answers', async () => {
    const db = memoryStore();
    await addOneByOne(db, STORIES);
    let reads = 0;
    const counting = { read: <T>(stores: readonly string[], work: (tx: KvReader) => Promise<T>) => db.read(stores, (tx) => work({ get: (s, k) => (reads++, tx.get(s, k)), getAll: (s, q) => (reads++, tx.getAll(s, q)), getKeys: (s, q) => tx.getKeys(s, q), count: (s, q) => tx.count(s, q) })) };
    const whole = await findStoreCoverage(counting, STORIES[0]!);
    const wholeReads = reads;
    reads = 0;
    await expect(findStoreCoverage(stoppableDatabase(counting, () => reads >= 3), STORIES[0]!)).rejects.toBeInstanceOf(SearchStopped);
    expect(reads).toBe(3);
    expect(wholeReads).toBeGreaterThan(3);
    expect(await findStoreCoverage(db, STORIES[0]!)).toEqual(whole);
  });
});
