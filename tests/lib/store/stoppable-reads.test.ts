import { describe, expect, it } from 'vitest';
import { STORES } from '../../../lib/store/corpus-schema';
import { READS_STOPPED, stoppableReads } from '../../../lib/store/stoppable-reads';
import { META_KEYS } from '../../../lib/store/store-state';
import type { KvReader } from '../../../lib/store/types';
import { STORIES, addOneByOne, memoryStore } from './helpers';

/** Each kind of read, asked of the meta and articles stores of a store holding the stories. */
const READS: Array<[string, (tx: KvReader) => Promise<unknown>]> = [
  ['get', (tx) => tx.get(STORES.meta, META_KEYS.state)],
  ['getAll', (tx) => tx.getAll(STORES.articles)],
  ['getKeys', (tx) => tx.getKeys(STORES.articles)],
  ['count', (tx) => tx.count(STORES.articles)],
];

async function filledStore() {
  const db = memoryStore();
  await addOneByOne(db, STORIES);
  return db;
}

describe('stoppableReads', () => {
  it.each(READS)('a %s before stop answers as the database does', async (_name, read) => {
    const db = await filledStore();
    const view = stoppableReads(db);
    expect(await view.db.read([STORES.meta, STORES.articles], read)).toEqual(await db.read([STORES.meta, STORES.articles], read));
  });

  it.each(READS)('a %s asked after stop, in a transaction begun before it, rejects', async (_name, read) => {
    const view = stoppableReads(await filledStore());
    const asked = view.db.read([STORES.meta, STORES.articles], async (tx) => {
      await tx.get(STORES.meta, META_KEYS.state);
      view.stop();
      return read(tx);
    });
    await expect(asked).rejects.toThrow(READS_STOPPED);
  });

  it('a transaction asked after stop rejects without its work running', async () => {
    const view = stoppableReads(await filledStore());
    view.stop();
    let ran = false;
    await expect(view.db.read([STORES.meta], async () => void (ran = true))).rejects.toThrow(READS_STOPPED);
    expect(ran).toBe(false);
  });

  it('writes are refused, and the database is left as it was', async () => {
    const db = await filledStore();
    const before = await db.read([STORES.articles], (tx) => tx.count(STORES.articles));
    await expect(stoppableReads(db).db.write([STORES.articles], async (tx) => tx.delete(STORES.articles, 0))).rejects.toThrow(/only reads/);
    expect(await db.read([STORES.articles], (tx) => tx.count(STORES.articles))).toBe(before);
  });

  it('closing the view leaves the database open', async () => {
    const db = await filledStore();
    stoppableReads(db).db.close();
    expect(await db.read([STORES.articles], (tx) => tx.count(STORES.articles))).toBe(STORIES.length);
  });
});
