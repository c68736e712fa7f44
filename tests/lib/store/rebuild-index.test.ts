import { describe, expect, it } from 'vitest';
import { baseIndex } from '../../../lib/store/base-index';
import { ALL_STORES, STORES } from '../../../lib/store/corpus-schema';
import { findStoreCoverage } from '../../../lib/store/find-store-coverage';
import { rebuildIndex } from '../../../lib/store/rebuild-index';
import { META_KEYS, readState } from '../../../lib/store/store-state';
import type { KvDatabase } from '../../../lib/store/types';
import type { Article } from '../../../lib/types';
import { verifyIndex } from '../../../lib/store/verify-index';
import { BUNDLE, STORIES, addOneByOne, memoryStore } from './helpers';

const base = baseIndex(BUNDLE.corpus);
const damaged = async () => {
  const db = memoryStore();
  await addOneByOne(db, STORIES, 'saved', base);
  await db.write(ALL_STORES, async (tx) => {
    tx.delete(STORES.shards, { lower: [100, 0], upper: [9000, 'head'] });
    tx.delete(STORES.listing, 3);
  });
  return db;
};
const summary = async (db: KvDatabase) => (await findStoreCoverage(db, STORIES[0]!, { base })).matches.map((m) => [m.article.id, m.score, m.decision]);

describe('rebuildIndex', () => {
  it('repairs a damaged index from the articles, which it never touches', async () => {
    const db = await damaged();
    expect((await verifyIndex(db, base)).problems).not.toEqual([]);
    expect(await rebuildIndex(db, base)).toBe(STORIES.length);
    expect(await verifyIndex(db, base)).toEqual({ articles: STORIES.length, problems: [] });
    const intact = memoryStore();
    await addOneByOne(intact, STORIES, 'saved', base);
    expect(await summary(db)).toEqual(await summary(intact));
    expect((await db.read(ALL_STORES, readState)).count).toBe(STORIES.length);
  });

  it('cut off halfway (the page closed), it resumes where it stopped when run again', async () => {
    const db = await damaged();
    let writes = 0;
    const dying: KvDatabase = { read: db.read.bind(db), close: db.close.bind(db), write: (s, w) => (++writes === 3 ? Promise.reject(new Error('closed')) : db.write(s, w)) };
    await expect(rebuildIndex(dying, base)).rejects.toThrow('closed');
    expect(await db.read(ALL_STORES, (tx) => tx.get(STORES.meta, META_KEYS.rebuilding))).toBeDefined();
    await rebuildIndex(db, base);
    expect(await verifyIndex(db, base)).toEqual({ articles: STORIES.length, problems: [] });
    expect(await db.read(ALL_STORES, (tx) => tx.get(STORES.meta, META_KEYS.rebuilding))).toBeUndefined();
  });

  it('an article saved while the rebuild runs is indexed once (by its own save, not again by the rebuild)', async () => {
    const db = memoryStore();
    const [late, ...early] = STORIES as [Article, ...Article[]];
    await addOneByOne(db, early, 'saved', base);
    let writes = 0;
    const busy: KvDatabase = {
      read: db.read.bind(db),
      close: db.close.bind(db),
      write: async (stores, work) => {
        const result = await db.write(stores, work);
        // Right after the rebuild emptied the index: another page saves an article.
        if (++writes === 1) await addOneByOne(db, [late], 'saved', base);
        return result;
      },
    };
    await rebuildIndex(busy, base);
    expect(await verifyIndex(db, base)).toEqual({ articles: STORIES.length, problems: [] });
    expect((await db.read(ALL_STORES, readState)).count).toBe(STORIES.length);
    const intact = memoryStore();
    await addOneByOne(intact, [...early, late], 'saved', base);
    expect(await summary(db)).toEqual(await summary(intact));
  });
});
