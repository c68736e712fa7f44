import { describe, expect, it } from 'vitest';
import { baseIndex } from '../../../lib/store/base-index';
import { ALL_STORES, STORES } from '../../../lib/store/corpus-schema';
import { deleteArticles } from '../../../lib/store/delete-articles';
import { foldLog } from '../../../lib/store/fold-log';
import { readLog } from '../../../lib/store/index-log';
import { refreshNorms } from '../../../lib/store/refresh-norms';
import { readState } from '../../../lib/store/store-state';
import { verifyIndex } from '../../../lib/store/verify-index';
import { BUNDLE, STORIES, addOneByOne, memoryStore } from './helpers';

const base = baseIndex(BUNDLE.corpus);

describe('foldLog', () => {
  it.each([
    ['additions only', [], 3],
    ['additions and a removal of a folded article', [1], 4],
    ['a removal of a logged article (no entry left for it)', [6], 2],
  ])('%s: folds every entry, empties the log, and the index checks out', async (_case, deleted, entries) => {
    const db = memoryStore();
    await addOneByOne(db, STORIES.slice(0, 5), 'saved', base);
    await refreshNorms(db, base);
    await addOneByOne(db, STORIES.slice(5), 'saved', base);
    await deleteArticles(db, deleted, { base });
    const folded = await db.write(ALL_STORES, async (tx) => foldLog(tx, await readLog(tx), (await readState(tx)).nextDocNo, base.df));
    expect(folded).toBe(entries);
    expect(await db.read(ALL_STORES, (tx) => tx.count(STORES.log))).toBe(0);
    expect(await verifyIndex(db, base)).toEqual({ articles: STORIES.length - deleted.length, problems: [] });
  });

  it('does nothing on an empty log', async () => {
    const db = memoryStore();
    const before = await db.read(ALL_STORES, (tx) => tx.getAll(STORES.shards));
    expect(await db.write(ALL_STORES, async (tx) => foldLog(tx, await readLog(tx), 0, base.df))).toBe(0);
    expect(await db.read(ALL_STORES, (tx) => tx.getAll(STORES.shards))).toEqual(before);
  });
});
