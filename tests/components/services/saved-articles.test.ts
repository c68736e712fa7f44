import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SAVED_KEY, SAVED_LOCK, addSavedArticles, deleteSavedArticle, loadSavedArticles } from '../../../components/services/saved-articles';
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

  it('an interrupted write (storage refuses it) leaves the saved list exactly as it was', async () => {
    await addSavedArticles([FLOODS]);
    const before = structuredClone(await fakeBrowser.storage.local.get(SAVED_KEY));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(addSavedArticles([other])).rejects.toThrow(/quota/);
    expect(await fakeBrowser.storage.local.get(SAVED_KEY)).toEqual(before);
    expect(await loadSavedArticles()).toEqual([FLOODS]);
  });

  it('two writers at once: the second reads what the first wrote (no lost save)', async () => {
    const third: Article = { id: 'third', outlet: 'Third', title: 'Third', text: 'The river fell back below its banks by evening.' };
    await Promise.all([addSavedArticles([other]), addSavedArticles([third]), addSavedArticles([FLOODS])]);
    expect((await loadSavedArticles()).map((a) => a.id).sort()).toEqual(['floods', 'other', 'third']);
  });

  it('writes under a Web Lock shared by the extension pages, where there is one', async () => {
    const request = vi.fn((_name: string, task: () => Promise<unknown>) => task());
    vi.stubGlobal('navigator', { locks: { request } });
    try {
      await addSavedArticles([other]);
      await deleteSavedArticle('other');
    } finally {
      vi.unstubAllGlobals();
    }
    expect(request.mock.calls.map((c) => c[0])).toEqual([SAVED_LOCK, SAVED_LOCK]);
  });

  it('stores a valid corpus pack', async () => {
    await addSavedArticles([FLOODS]);
    expect((await fakeBrowser.storage.local.get(SAVED_KEY))[SAVED_KEY]).toEqual(pack([FLOODS]));
  });
});
