// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Options, type OptionsDeps } from '../../components/Options';
import { SAVED_KEY, addSavedArticles, deleteSavedArticle, loadSavedArticles } from '../../components/services/saved-articles';
import { TEST_IDS } from '../../components/test-ids';
import type { Article } from '../../lib/types';
import { installFakeI18n } from './fake-i18n';
import { CORPUS_ARTICLES, FLOODS } from './fixtures';
import { byTestId, click, mount, unmountAll, waitFor } from './mount';

const deps = (): OptionsDeps => ({
  bundled: CORPUS_ARTICLES,
  loadSaved: loadSavedArticles,
  addSaved: addSavedArticles,
  deleteSaved: deleteSavedArticle,
  download: vi.fn(),
});

const pack = (articles: Article[]) => ({ format: 'outlet-diff-corpus', version: 1, articles });
const other: Article = { id: 'other', outlet: 'Other Post', title: 'Rescuers reach flooded towns', text: 'Rescuers reached the flooded towns by boat on Monday morning.' };

async function open(d = deps()) {
  const root = mount(<Options deps={d} />);
  await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  return root;
}

/** Chooses a file in the import input, as the reader would. */
function importFile(root: HTMLElement, content: string | Uint8Array<ArrayBuffer>, size?: number) {
  const input = byTestId(root, TEST_IDS.importPack)[0] as HTMLInputElement;
  const file = new File([content], 'pack.json', { type: 'application/json' });
  // A 100 MB file is described, not built: only its size is read before it is refused.
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
}

const status = (root: HTMLElement) => byTestId(root, TEST_IDS.importStatus)[0]?.textContent ?? '';
const stored = async () => (await fakeBrowser.storage.local.get(SAVED_KEY))[SAVED_KEY];

beforeEach(() => {
  fakeBrowser.reset();
  installFakeI18n();
});
afterEach(unmountAll);

describe('Options', () => {
  it('lists the bundled articles and the saved ones', async () => {
    await fakeBrowser.storage.local.set({ [SAVED_KEY]: pack([FLOODS]) });
    const root = await open();
    expect(byTestId(root, TEST_IDS.bundledArticle).map((e) => e.dataset.articleId)).toEqual(CORPUS_ARTICLES.map((a) => a.id));
    expect(byTestId(root, TEST_IDS.savedArticle).map((e) => e.dataset.articleId)).toEqual(['floods']);
  });

  it('deletes a saved article', async () => {
    await fakeBrowser.storage.local.set({ [SAVED_KEY]: pack([FLOODS, other]) });
    const root = await open();
    click(byTestId(root, TEST_IDS.deleteSaved)[0]);
    await waitFor(() => byTestId(root, TEST_IDS.savedArticle).length === 1);
    expect(await stored()).toEqual(pack([other]));
    expect(status(root)).toContain('Deleted');
  });

  it('exports bundled and saved articles as one corpus pack', async () => {
    await fakeBrowser.storage.local.set({ [SAVED_KEY]: pack([FLOODS]) });
    const d = deps();
    const root = await open(d);
    click(byTestId(root, TEST_IDS.exportPack)[0]);
    const [name, mime, text] = vi.mocked(d.download).mock.calls[0]!;
    expect(name).toBe('outlet-diff-corpus.json');
    expect(mime).toBe('application/json');
    expect(JSON.parse(text)).toEqual(pack([...CORPUS_ARTICLES, FLOODS]));
  });

  it('imports a pack, adding new articles and reporting duplicates', async () => {
    await fakeBrowser.storage.local.set({ [SAVED_KEY]: pack([FLOODS]) });
    const root = await open();
    importFile(root, JSON.stringify(pack([other, { ...FLOODS }, { ...other, id: 'copy' }, CORPUS_ARTICLES[0]!])));
    await waitFor(() => status(root).startsWith('Imported'));
    expect(status(root)).toContain('Imported: 1. Duplicates skipped: 3.');
    expect(status(root)).toContain(`${FLOODS.title} (same id)`);
    expect(status(root)).toContain(`${other.title} (same text)`);
    expect(byTestId(root, TEST_IDS.savedArticle).map((e) => e.dataset.articleId)).toEqual(['floods', 'other']);
    expect(await stored()).toEqual(pack([FLOODS, other]));
  });

  it.each<[string, string | Uint8Array<ArrayBuffer>, RegExp, number?]>([
    ['a 100 MB file', '{}', /^Nothing imported: the file is too large \(100 MB; the limit is 20 MB\)\.$/, 100 * 1048576],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x1a, 0x0a]), /^Nothing imported: the file is not JSON\.$/],
    ['an empty file', '', /^Nothing imported: the file is not JSON\.$/],
    ['not JSON', '{ nope', /^Nothing imported: the file is not JSON\.$/],
    ['a foreign JSON file', JSON.stringify({ name: 'package', version: '1.0.0' }), /^Nothing imported: not an Outlet Diff corpus pack/],
    ['a pack with a broken article', JSON.stringify(pack([other, { id: 'x', outlet: 'X', title: 'T' } as unknown as Article])), /^Nothing imported: article 1: "text" must be a string\.$/],
  ])('%s: one clear line, nothing changed', async (_case, content, message, size) => {
    await fakeBrowser.storage.local.set({ [SAVED_KEY]: pack([FLOODS]) });
    const root = await open();
    importFile(root, content, size);
    await waitFor(() => status(root).startsWith('Nothing'));
    expect(status(root)).toMatch(message);
    expect(status(root).split('\n')).toHaveLength(1);
    expect(await stored()).toEqual(pack([FLOODS]));
  });

  it('says so when the saved articles cannot be read', async () => {
    await fakeBrowser.storage.local.set({ [SAVED_KEY]: { format: 'garbage' } });
    const root = await open();
    await waitFor(() => status(root));
    expect(status(root)).toBe('Your saved articles could not be read.');
  });
});
