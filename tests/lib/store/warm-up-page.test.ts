import { describe, expect, it } from 'vitest';
import { deleteArticles } from '../../../lib/store/delete-articles';
import { warmUpPage } from '../../../lib/store/warm-up-page';
import { STORIES, addOneByOne, memoryStore } from './helpers';

describe('warmUpPage', () => {
  it('an empty store has nothing to warm', async () => {
    expect(await warmUpPage(memoryStore())).toBeUndefined();
  });

  it.each([
    ['one article', 1, 0],
    ['several: the newest', 4, 0],
    ['the newest deleted: the one before', 4, 1],
  ])('%s', async (_case, added, deleted) => {
    const db = memoryStore();
    const outcomes = await addOneByOne(db, STORIES.slice(0, added));
    const docNos = outcomes.map((o) => (o.added[0] as { docNo: number }).docNo);
    if (deleted) await deleteArticles(db, docNos.slice(-deleted), {});
    const newest = STORIES[added - 1 - deleted]!;
    const page = await warmUpPage(db);
    // The article's words as a page read from the web: no id or address the store knows it by.
    expect(page).toMatchObject({ id: 'warm-up', outlet: newest.outlet, title: newest.title, text: newest.text });
    expect(page?.url).toBeUndefined();
  });
});
