import { describe, expect, it } from 'vitest';
import { baseIndex } from '../../../lib/store/base-index';
import { ALL_STORES } from '../../../lib/store/corpus-schema';
import { deleteArticles } from '../../../lib/store/delete-articles';
import { findStoreCoverage } from '../../../lib/store/find-store-coverage';
import { readState } from '../../../lib/store/store-state';
import { verifyIndex } from '../../../lib/store/verify-index';
import { BUNDLE, STORIES, addOneByOne, memoryStore } from './helpers';

describe('deleteArticles', () => {
  it.each([
    ['one article', [1], 1],
    ['several, one of them twice', [0, 2, 2, 5], 3],
    ['all of them', STORIES.map((_, i) => i), STORIES.length],
    ['docNos the store never had: nothing', [99, -1], 0],
  ])('%s', async (_case, docNos, deleted) => {
    const base = baseIndex(BUNDLE.corpus);
    const db = memoryStore();
    await addOneByOne(db, STORIES, 'saved', base);
    const gone = await deleteArticles(db, docNos, { base });
    expect(gone).toHaveLength(deleted);
    expect((await db.read(ALL_STORES, readState)).count).toBe(STORIES.length - deleted);
    expect(await verifyIndex(db, base)).toEqual({ articles: STORIES.length - deleted, problems: [] });
  });

  it('a deleted article is no longer found', async () => {
    const db = memoryStore();
    await addOneByOne(db, STORIES);
    const ids = async () => (await findStoreCoverage(db, STORIES[0]!)).matches.map((m) => m.article.id);
    expect(await ids()).toContain('fire-b');
    await deleteArticles(db, [1], {});
    expect(await ids()).not.toContain('fire-b');
  });

  it('docNos are never reused: an article added after a delete gets a new one', async () => {
    const db = memoryStore();
    await addOneByOne(db, STORIES.slice(0, 2));
    await deleteArticles(db, [1], {});
    const [outcome] = await addOneByOne(db, [STORIES[1]!]);
    expect(outcome!.added[0]!.docNo).toBe(2);
  });
});
