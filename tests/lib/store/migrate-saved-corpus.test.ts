import { describe, expect, it } from 'vitest';
import { ALL_STORES, STORES } from '../../../lib/store/corpus-schema';
import { migrateSavedCorpus } from '../../../lib/store/migrate-saved-corpus';
import type { KvDatabase, StoredArticle } from '../../../lib/store/types';
import { verifyIndex } from '../../../lib/store/verify-index';
import { STORIES, memoryStore } from './helpers';

const pack = { format: 'outlet-diff-corpus', version: 1, articles: STORIES };
const stored = (db: KvDatabase) => db.read(ALL_STORES, (tx) => tx.getAll<StoredArticle>(STORES.articles));

describe('migrateSavedCorpus', () => {
  it('moves every saved article into the store as saved by hand', async () => {
    const db = memoryStore();
    expect(await migrateSavedCorpus(db, pack, { now: 1 })).toMatchObject({ total: STORIES.length, added: STORIES.length });
    const records = await stored(db);
    expect(records.map((r) => r.id)).toEqual(STORIES.map((a) => a.id));
    expect(new Set(records.map((r) => r.source))).toEqual(new Set(['saved']));
  });

  it('run again after being cut off halfway, ends with every article once', async () => {
    const db = memoryStore();
    let batches = 0;
    // A database that dies in the middle of the second batch (the browser closed).
    const dying: KvDatabase = {
      read: db.read.bind(db),
      close: db.close.bind(db),
      write: (stores, work) => (++batches === 2 ? Promise.reject(new Error('the page went away')) : db.write(stores, work)),
    };
    await expect(migrateSavedCorpus(dying, pack, { now: 1, batchSize: 3 })).rejects.toThrow('went away');
    expect((await stored(db)).length).toBe(3);
    await migrateSavedCorpus(db, pack, { now: 2, batchSize: 3 });
    expect((await stored(db)).map((r) => r.id).sort()).toEqual(STORIES.map((a) => a.id).sort());
    expect((await verifyIndex(db)).problems).toEqual([]);
  });

  it.each([
    ['not a pack', { format: 'other' }],
    ['a pack with a broken article', { ...pack, articles: [{ id: 'x' }] }],
  ])('refuses an unreadable store (%s) and writes nothing', async (_case, value) => {
    const db = memoryStore();
    await expect(migrateSavedCorpus(db, value, { now: 1 })).rejects.toThrow(/saved articles unreadable/);
    expect(await stored(db)).toEqual([]);
  });
});
