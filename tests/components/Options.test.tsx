// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Options, type OptionsDeps, type OptionsStore } from '../../components/Options';
import { CorpusStore } from '../../components/services/corpus-store';
import { openIdbDatabase } from '../../components/services/idb-database';
import { TEST_IDS } from '../../components/test-ids';
import { articlesToJsonLines } from '../../lib/corpus/json-lines';
import { addArticles } from '../../lib/store/add-articles';
import { ALL_STORES, STORES } from '../../lib/store/corpus-schema';
import { META_KEYS, readState } from '../../lib/store/store-state';
import type { NormRefresh } from '../../lib/store/types';
import type { Article } from '../../lib/types';
import { installFakeI18n } from './fake-i18n';
import { CORPUS_ARTICLES, FLOODS, FLOODS_OTHER_OUTLET } from './fixtures';
import { byTestId, click, mount, unmountAll, waitFor } from './mount';

const other: Article = { id: 'other', outlet: 'Other Post', title: 'Rescuers reach flooded towns', text: 'Rescuers reached the flooded towns by boat on Monday morning.', published: '2024-06-03' };
const cake: Article = { id: 'cake', outlet: 'Kitchen Weekly', title: 'A lemon cake', text: 'Bake the lemon cake for 45 minutes and pour the syrup over it.', published: '2024-01-10' };

let counter = 0;
async function freshStore(articles: Article[] = []): Promise<CorpusStore> {
  const store = new CorpusStore(await openIdbDatabase(`options-test-${++counter}`));
  for (const article of articles) await store.save(article);
  return store;
}

function deps(store: OptionsStore | Promise<OptionsStore>, overrides: Partial<OptionsDeps> = {}): OptionsDeps {
  return {
    bundled: CORPUS_ARTICLES,
    openStore: () => Promise.resolve(store),
    exportNewer: vi.fn(async () => ({ parts: [articlesToJsonLines([FLOODS])], unreadable: 2 })),
    download: vi.fn(),
    openSideBySide: vi.fn(async () => {}),
    confirm: vi.fn(() => true),
    ...overrides,
  };
}

const listed = (root: HTMLElement) => byTestId(root, TEST_IDS.savedArticle).map((e) => e.dataset.articleId);
const status = (root: HTMLElement) => byTestId(root, TEST_IDS.importStatus)[0]?.textContent ?? '';

async function open(d: OptionsDeps, count?: number) {
  const root = mount(<Options deps={d} />);
  await waitFor(() => byTestId(root, TEST_IDS.storeSummary)[0] || byTestId(root, TEST_IDS.storeProblem)[0]);
  if (count !== undefined) await waitFor(() => byTestId(root, TEST_IDS.storeSummary)[0]?.dataset.count === String(count));
  return root;
}

/** Chooses a file in the import input, as the reader would. */
function importFile(root: HTMLElement, content: string, name: string, size?: number) {
  const input = byTestId(root, TEST_IDS.importPack)[0] as HTMLInputElement;
  const file = new File([content], name, { type: 'application/json' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
}

function type(element: HTMLElement | undefined, value: string, event = 'input') {
  if (!element) throw new Error('no element');
  (element as HTMLInputElement).value = value;
  act(() => void element.dispatchEvent(new Event(event, { bubbles: true })));
}

beforeEach(() => {
  fakeBrowser.reset();
  installFakeI18n();
});
afterEach(unmountAll);

describe('Options', () => {
  it('lists the stored articles, newest first (undated: when added), with the count and the bundled ones apart', async () => {
    const root = await open(deps(await freshStore([cake, FLOODS, other])), 3);
    await waitFor(() => listed(root).length === 3);
    expect(listed(root)).toEqual(['floods', 'other', 'cake']);
    expect(byTestId(root, TEST_IDS.storeSummary)[0]?.textContent).toContain('3 articles in your corpus');
    expect(byTestId(root, TEST_IDS.bundledArticle).map((e) => e.dataset.articleId)).toEqual(CORPUS_ARTICLES.map((a) => a.id));
  });

  it.each([
    ['searches headlines by word key ("flooded" finds "Floods")', TEST_IDS.searchBox, 'flooded', 'input', ['floods', 'other']],
    ['filters by outlet', TEST_IDS.outletFilter, 'Kitchen Weekly', 'change', ['cake']],
    ['sorts oldest first', TEST_IDS.sortOrder, 'oldest', 'change', ['cake', 'other', 'floods']],
  ])('%s', async (_case, control, value, event, expected) => {
    const root = await open(deps(await freshStore([cake, FLOODS, other])), 3);
    type(byTestId(root, control)[0], value, event);
    await waitFor(() => JSON.stringify(listed(root)) === JSON.stringify(expected));
  });

  it.each([
    ['a pass cut short (the page that saved closed first): the store is refreshed', false],
    ['a pass that never ends: the page is usable meanwhile', true],
  ])('asks its store, once opened, to finish the upkeep a closed page left undone: %s', async (_case, hangs) => {
    const db = await openIdbDatabase(`options-test-${++counter}`);
    // Stored as a popup closed right after its save leaves it: no upkeep pass after the change.
    await addArticles(db, [{ article: cake, source: 'saved' }], { now: 1 });
    const store = new CorpusStore(db);
    // Kept settings the page shows once opened: a page that waited for the upkeep would never show them.
    await store.setRetention({ keepDays: undefined, maxArticles: 100 });
    const resume = vi.spyOn(store, 'resumeUpkeep');
    if (hangs) resume.mockReturnValue(new Promise<void>(() => {}));
    const refreshed = () => db.read(ALL_STORES, async (tx) => (await tx.get<NormRefresh>(STORES.meta, META_KEYS.refresh))?.generation === (await readState(tx)).generation);
    expect(await refreshed()).toBe(false);
    const root = await open(deps(store), 1);
    await waitFor(() => listed(root).length === 1);
    await waitFor(() => (byTestId(root, TEST_IDS.retentionMax)[0] as HTMLInputElement | undefined)?.value === '100');
    expect(resume).toHaveBeenCalledTimes(1);
    if (!hangs) await vi.waitFor(async () => expect(await refreshed()).toBe(true));
  });

  it('deletes one article, then a selection after asking', async () => {
    const d = deps(await freshStore([cake, FLOODS, other]));
    const root = await open(d, 3);
    click(byTestId(root, TEST_IDS.deleteSaved)[0]);
    await waitFor(() => listed(root).length === 2);
    expect(status(root)).toContain('Deleted');
    for (const box of byTestId(root, TEST_IDS.selectArticle)) click(box);
    click(byTestId(root, TEST_IDS.deleteSelected)[0]);
    await waitFor(() => listed(root).length === 0);
    expect(d.confirm).toHaveBeenCalledWith(expect.stringContaining('Delete 2 articles?'));
    expect(status(root)).toBe('Deleted 2 articles.');
  });

  it('deletes nothing when the reader does not confirm', async () => {
    const root = await open(deps(await freshStore([cake, FLOODS]), { confirm: () => false }), 2);
    for (const box of byTestId(root, TEST_IDS.selectArticle)) click(box);
    click(byTestId(root, TEST_IDS.deleteSelected)[0]);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(listed(root)).toHaveLength(2);
  });

  it('deletes everything from one source', async () => {
    const store = await freshStore([cake]);
    await store.importFile(new File([articlesToJsonLines([FLOODS, other])], 'more.jsonl'));
    const root = await open(deps(store), 3);
    type(byTestId(root, TEST_IDS.sourceFilter)[0], 'imported', 'change');
    await waitFor(() => listed(root).length === 2);
    click(byTestId(root, TEST_IDS.deleteSource)[0]);
    await waitFor(() => byTestId(root, TEST_IDS.storeSummary)[0]?.dataset.count === '1');
  });

  it('imports JSON Lines with a progress bar, then says what it added once the count and the list show it', async () => {
    const store = await freshStore([cake]);
    const root = await open(deps(store), 1);
    // A slow summary: the outcome line must still wait for it.
    const summary = store.summary.bind(store);
    vi.spyOn(store, 'summary').mockImplementation(async () => (await new Promise((r) => setTimeout(r, 200)), summary()));
    importFile(root, articlesToJsonLines([FLOODS, other, cake]), 'corpus.jsonl');
    await waitFor(() => status(root).startsWith('Imported'));
    expect(status(root)).toContain('Imported: 2. Duplicates skipped: 1.');
    expect(status(root)).toContain(`${cake.title} (same id)`);
    expect(byTestId(root, TEST_IDS.storeSummary)[0]?.dataset.count).toBe('3');
    expect(listed(root)).toHaveLength(3);
  });

  it('shows an accessible progress bar and stops on Cancel between batches', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const store = await freshStore();
    const slow: OptionsStore = Object.assign(Object.create(store), {
      importFile: async (_file: File, options: { onProgress?: (done: number, total: number) => void; signal?: { aborted: boolean } }) => {
        options.onProgress?.(0, 50_000);
        options.onProgress?.(2_000, 50_000);
        await gate;
        return { total: 50_000, added: options.signal?.aborted ? 2_000 : 50_000, replaced: 0, skippedCount: 0, skipped: [], cancelled: Boolean(options.signal?.aborted) };
      },
    });
    const root = await open(deps(slow));
    importFile(root, '{}', 'big.jsonl');
    const bar = await waitFor(() => byTestId(root, TEST_IDS.importProgress)[0]);
    expect(bar.getAttribute('role')).toBe('progressbar');
    expect([bar.getAttribute('aria-valuemin'), bar.getAttribute('aria-valuemax'), bar.getAttribute('aria-valuenow')]).toEqual(['0', '50000', '2000']);
    click(byTestId(root, TEST_IDS.importCancel)[0]);
    release();
    await waitFor(() => status(root).startsWith('Import cancelled'));
    expect(status(root)).toContain('2,000 articles were added');
    expect(byTestId(root, TEST_IDS.importProgress)).toHaveLength(0);
  });

  it.each([
    ['a 100 MB pack', '{}', 'big.json', /^Nothing imported: the file is too large \(100 MB; the limit for a \.json pack is 20 MB, use JSON Lines for more\)\.$/, 100 * 1048576],
    ['not JSON', '{ nope', 'broken.json', /^Nothing imported: the file is not JSON\.$/],
    ['a foreign JSON file', JSON.stringify({ name: 'package', version: '1.0.0' }), 'package.json', /^Nothing imported: not an Outlet Diff corpus pack/],
    ['a bad line in JSON Lines', `${articlesToJsonLines([FLOODS])}{"id":"x"}\n`, 'corpus.jsonl', /^Nothing imported: line 2: "outlet" must be a string\.$/],
  ])('%s: one clear line, nothing changed', async (_case, content, name, message, size?: number) => {
    const root = await open(deps(await freshStore([cake])), 1);
    importFile(root, content, name, size);
    await waitFor(() => status(root).startsWith('Nothing'));
    expect(status(root)).toMatch(message);
    expect(byTestId(root, TEST_IDS.storeSummary)[0]?.dataset.count).toBe('1');
  });

  it.each([
    ['JSON Lines', TEST_IDS.exportJsonl, 'outlet-diff-corpus.jsonl', (text: string) => text.trim().split('\n').map((l) => JSON.parse(l).id)],
    ['a corpus pack', TEST_IDS.exportPack, 'outlet-diff-corpus.json', (text: string) => JSON.parse(text).articles.map((a: Article) => a.id)],
  ])('exports the corpus as %s, in parts', async (_case, button, name, ids) => {
    const d = deps(await freshStore([cake, FLOODS]));
    const root = await open(d, 2);
    click(byTestId(root, button)[0]);
    await waitFor(() => vi.mocked(d.download).mock.calls.length);
    const [fileName, , parts] = vi.mocked(d.download).mock.calls[0]!;
    expect(fileName).toBe(name);
    expect(ids((parts as string[]).join(''))).toEqual(['cake', 'floods']);
  });

  it('applies retention settings at once (saved-by-hand articles stay)', async () => {
    const store = await freshStore([cake]);
    await store.importFile(new File([articlesToJsonLines([FLOODS, other])], 'more.jsonl'));
    const root = await open(deps(store), 3);
    type(byTestId(root, TEST_IDS.retentionMax)[0], '1');
    click(byTestId(root, TEST_IDS.retentionSave)[0]);
    await waitFor(() => status(root).startsWith('Retention applied'));
    expect(status(root)).toBe('Retention applied: 2 articles removed.');
    expect(await store.retention()).toEqual({ keepDays: undefined, maxArticles: 1 });
  });

  it('checks the index', async () => {
    const root = await open(deps(await freshStore([cake, FLOODS])), 2);
    click(byTestId(root, TEST_IDS.checkIndex)[0]);
    await waitFor(() => status(root).startsWith('The index'));
    expect(status(root)).toBe('The index matches your 2 articles.');
  });

  it('opens an article side by side with its nearest other report', async () => {
    const d = deps(await freshStore([FLOODS, FLOODS_OTHER_OUTLET, cake]));
    const root = await open(d, 3);
    await waitFor(() => listed(root).length === 3);
    const row = listed(root).indexOf('floods');
    click(byTestId(root, TEST_IDS.openArticle)[row]);
    await waitFor(() => vi.mocked(d.openSideBySide).mock.calls.length);
    expect(vi.mocked(d.openSideBySide).mock.calls[0]![0]).toMatchObject({ a: 'floods', b: FLOODS_OTHER_OUTLET.id });
  });

  it.each([
    ['a database a newer version wrote', { kind: 'newer', message: 'version 9' }, 'newer version of Outlet Diff (version 9)'],
    ['a database that cannot be opened', { kind: 'failed', message: 'disk error' }, 'could not be opened (disk error)'],
  ])('%s: says so, changes nothing, offers an export of what can be read', async (_case, error, message) => {
    const d = deps(Promise.reject(error));
    const root = await open(d);
    const alert = byTestId(root, TEST_IDS.storeProblem)[0]!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain(message);
    click(byTestId(root, TEST_IDS.exportReadable)[0]);
    await waitFor(() => status(root).startsWith('Exported'));
    expect(status(root)).toBe('Exported 1 articles; 2 could not be read.');
    expect(vi.mocked(d.download).mock.calls[0]![0]).toBe('outlet-diff-corpus-readable.jsonl');
  });

  it('says what to delete when storage is full', async () => {
    const store = await freshStore([cake]);
    const full: OptionsStore = Object.assign(Object.create(store), { importFile: async () => Promise.reject(Object.assign(new Error('full'), { name: 'StorageFullError' })) });
    const root = await open(deps(full));
    importFile(root, articlesToJsonLines([FLOODS]), 'a.jsonl');
    const alert = await waitFor(() => byTestId(root, TEST_IDS.storeProblem)[0]);
    expect(alert.textContent).toContain('storage for extensions is full');
    expect(alert.textContent).toContain('Delete older articles');
  });
});
