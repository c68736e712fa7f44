import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SAVED_KEY, addSavedArticles, deleteSavedArticle, loadSavedArticles } from '../../../components/services/saved-articles';
import type { Article } from '../../../lib/types';
import { CORPUS_ARTICLES, FLOODS } from '../fixtures';

const pack = (articles: Article[]) => ({ format: 'outlet-diff-corpus', version: 1, articles });
const other: Article = { id: 'other', outlet: 'Other', title: 'Other', text: 'Rescuers reached the flooded towns by boat.' };

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('saved articles in extension storage', () => {
  it('starts empty', async () => {
    expect(await loadSavedArticles()).toEqual([]);
  });

  it('saves with one write of the whole list, and reads it back', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const result = await addSavedArticles([FLOODS, other]);
    expect(result.added.map((a) => a.id)).toEqual(['floods', 'other']);
    expect(set).toHaveBeenCalledTimes(1);
    expect(await loadSavedArticles()).toEqual([FLOODS, other]);
  });

  it.each<[string, Article]>([
    ['the same article again', FLOODS],
    ['the same text under another id', { ...FLOODS, id: 'again' }],
    ['a bundled article', CORPUS_ARTICLES[0]!],
  ])('does not write when nothing is new: %s', async (_case, article) => {
    await addSavedArticles([FLOODS]);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const result = await addSavedArticles([article]);
    expect(result.added).toEqual([]);
    expect(result.duplicates).toHaveLength(1);
    expect(set).not.toHaveBeenCalled();
  });

  it('deletes one article', async () => {
    await addSavedArticles([FLOODS, other]);
    expect(await deleteSavedArticle('floods')).toEqual([other]);
    expect(await loadSavedArticles()).toEqual([other]);
  });

  it('refuses to read (and so never overwrites) a store it does not understand', async () => {
    const broken = { format: 'something-else', articles: [FLOODS] };
    await fakeBrowser.storage.local.set({ [SAVED_KEY]: broken });
    await expect(loadSavedArticles()).rejects.toThrow(/unreadable/);
    await expect(addSavedArticles([other])).rejects.toThrow();
    expect((await fakeBrowser.storage.local.get(SAVED_KEY))[SAVED_KEY]).toEqual(broken);
  });

  it('stores a valid corpus pack', async () => {
    await addSavedArticles([FLOODS]);
    expect((await fakeBrowser.storage.local.get(SAVED_KEY))[SAVED_KEY]).toEqual(pack([FLOODS]));
  });
});
