// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_COMPARED_WORDS, PERF, Popup, type PopupDeps } from '../../components/Popup';
import type { TabRead } from '../../components/services/read-tab';
import { TEST_IDS } from '../../components/test-ids';
import { findCoverage } from '../../lib/match/find-coverage';
import type { AddOutcome } from '../../lib/store/add-articles';
import { baseIndex } from '../../lib/store/base-index';
import { findStoreCoverage } from '../../lib/store/find-store-coverage';
import type { StoredArticle } from '../../lib/store/types';
import type { Article } from '../../lib/types';
import { addOneByOne, memoryStore } from '../lib/store/helpers';
import { installFakeI18n } from './fake-i18n';
import { BUNDLE, FLOODS, FLOODS_OTHER_OUTLET, HOSTILE, bundleWithout, corpusArticle, notArticleRead, pageRead } from './fixtures';
import { byTestId, click, mount, unmountAll, waitFor } from './mount';

const FLOODS_ELSEWHERE: Article = {
  id: 'elsewhere',
  outlet: 'Elsewhere',
  title: 'Bavaria valley towns flooded after overnight rain',
  url: 'https://elsewhere.example/floods',
  text: [
    'Several valley towns in southern Bavaria were flooded overnight after heavy rain, officials said on Sunday.',
    'Hundreds of residents were evacuated by boat when the river burst its banks.',
    'The state government has promised emergency aid to farmers with flooded fields.',
  ].join('\n\n'),
};

/** What the store says after adding one article. */
const added = (article: Article): AddOutcome => ({ added: [article as StoredArticle], replaced: [], skipped: [] });

const settled = (root: HTMLElement) => {
  const state = byTestId(root, TEST_IDS.popup)[0]?.dataset.state;
  return state && state !== 'reading' ? state : undefined;
};

function deps(read: TabRead | Promise<TabRead>, overrides: Partial<PopupDeps> = {}): PopupDeps {
  return {
    bundle: BUNDLE,
    readPage: () => Promise.resolve(read),
    // The corpus searched is the bundle the test gives (the store's part is tested with the store).
    findCoverage: (article) => findCoverage(article, (overrides.bundle ?? BUNDLE).corpus),
    saveArticle: vi.fn(async (article: Article): Promise<AddOutcome> => added(article)),
    openSideBySide: vi.fn(async () => {}),
    openOptions: vi.fn(),
    ...overrides,
  };
}

async function open(d: PopupDeps) {
  const root = mount(<Popup deps={d} />);
  const state = await waitFor(() => settled(root));
  return { root, state };
}

const status = (root: HTMLElement) => byTestId(root, TEST_IDS.status)[0]?.textContent ?? '';
const kinds = (root: HTMLElement) => byTestId(root, TEST_IDS.group).map((g) => g.dataset.kind);

beforeEach(() => {
  installFakeI18n();
  performance.clearMarks();
  performance.clearMeasures();
});
afterEach(unmountAll);

describe('Popup states', () => {
  it('starts in reading, with aria-busy', () => {
    const root = mount(<Popup deps={deps(new Promise<TabRead>(() => {}))} />);
    const popup = byTestId(root, TEST_IDS.popup)[0]!;
    expect(popup.dataset.state).toBe('reading');
    expect(popup.getAttribute('aria-busy')).toBe('true');
    expect(status(root)).toMatch(/Reading/);
  });

  it.each<[string, () => TabRead | Promise<TabRead>, string, RegExp]>([
    ['a browser page', () => ({ kind: 'restricted' }), 'restricted', /can't read this page/],
    ['a page that is not an article', () => notArticleRead(), 'not-article', /doesn't look like a news article.*Select the article/],
    ['a failure', () => Promise.reject(new Error('boom at x.js:1:2')), 'error', /^Something went wrong/],
  ])('%s -> %s, said in words', async (_case, read, expected, text) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { root, state } = await open(deps(read()));
    expect(state).toBe(expected);
    expect(status(root)).toMatch(text);
    expect(byTestId(root, TEST_IDS.group)).toHaveLength(0);
  });

  it('never shows a stack trace or an error message in the error state', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { root } = await open(deps(Promise.reject(new Error('secret detail at chunk.js:12'))));
    expect(root.textContent).not.toMatch(/secret|chunk\.js|Error:/);
  });

  it('the page is a corpus article: this-article, compared with the other outlets (never itself)', async () => {
    const { root, state } = await open(deps(pageRead(corpusArticle('000'))));
    expect(state).toBe('this-article');
    const matches = byTestId(root, TEST_IDS.match);
    expect(matches.map((m) => m.dataset.articleId)).not.toContain('000');
    expect(matches.every((m) => m.dataset.decision === 'same-story')).toBe(true);
    expect(matches[0]?.getAttribute('aria-pressed')).toBe('true');
    expect(byTestId(root, TEST_IDS.thisArticle)[0]?.textContent).toContain(corpusArticle('000').title);
    expect(kinds(root).length).toBeGreaterThan(3);
    expect(byTestId(root, TEST_IDS.saveArticle)).toHaveLength(0);
  });

  it('other outlets on the story: ready, ranked, switchable', async () => {
    const { root, state } = await open(deps(pageRead({ ...corpusArticle('001'), id: 'page' }), { bundle: bundleWithout('001') }));
    expect(state).toBe('ready');
    expect(status(root)).toMatch(/Other outlets on this story: 4/);
    const matches = byTestId(root, TEST_IDS.match);
    expect(matches).toHaveLength(4);
    const before = byTestId(root, TEST_IDS.group).map((g) => g.textContent).join('|');
    click(matches[1]);
    expect(byTestId(root, TEST_IDS.match)[1]?.getAttribute('aria-pressed')).toBe('true');
    expect(byTestId(root, TEST_IDS.match)[0]?.getAttribute('aria-pressed')).toBe('false');
    expect(byTestId(root, TEST_IDS.group).map((g) => g.textContent).join('|')).not.toBe(before);
  });

  it('no coverage: nearest candidates with scores, and save this article', async () => {
    const save = vi.fn(async (article: Article): Promise<AddOutcome> => added(article));
    const { root, state } = await open(deps(pageRead(FLOODS), { saveArticle: save }));
    expect(state).toBe('no-coverage');
    const nearest = byTestId(root, TEST_IDS.match);
    expect(nearest.length).toBeGreaterThan(0);
    for (const m of nearest) {
      expect(['related', 'unrelated']).toContain(m.dataset.decision);
      expect(m.textContent).toMatch(/match \d\.\d\d/);
    }
    click(byTestId(root, TEST_IDS.saveArticle)[0]);
    await waitFor(() => root.textContent?.includes('Saved to your corpus.'));
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ id: 'floods' }));
  });

  it('finds other outlets among the articles of the reader\'s store', async () => {
    const db = memoryStore();
    await addOneByOne(db, [FLOODS_ELSEWHERE]);
    const { root, state } = await open(deps(pageRead(FLOODS), { findCoverage: (article) => findStoreCoverage(db, article, { base: baseIndex(BUNDLE.corpus) }) }));
    expect(state).toBe('ready');
    expect(byTestId(root, TEST_IDS.match)[0]?.dataset.articleId).toBe('elsewhere');
  });

  it.each([
    ['already saved', async (): Promise<AddOutcome> => ({ added: [], replaced: [], skipped: [{ id: 'floods', title: '', reason: 'id' }] }), 'already in your corpus'],
    ['storage full', async (): Promise<AddOutcome> => Promise.reject(Object.assign(new Error('full'), { name: 'StorageFullError' })), 'storage for extensions is full'],
    ['any other failure', async (): Promise<AddOutcome> => Promise.reject(new Error('closed')), 'could not be saved'],
  ])('says so when saving fails or is not needed: %s', async (_case, saveArticle, message) => {
    const { root } = await open(deps(pageRead(FLOODS), { saveArticle }));
    click(byTestId(root, TEST_IDS.saveArticle)[0]);
    await waitFor(() => root.textContent?.includes(message));
  });

  it('says so when the article was already saved (the save is asked with the page article)', async () => {
    const save = vi.fn(async (): Promise<AddOutcome> => ({ added: [], replaced: [], skipped: [{ id: 'floods', title: '', reason: 'id' }] }));
    const { root } = await open(deps(pageRead(FLOODS), { saveArticle: save }));
    click(byTestId(root, TEST_IDS.saveArticle)[0]);
    await waitFor(() => root.textContent?.includes('already in your corpus'));
  });

  it('not an article with a selection: offers to compare the selected text, then compares it', async () => {
    const selection = corpusArticle('002').text.split('\n\n').slice(0, 6).join('\n\n');
    const { root, state } = await open(deps(notArticleRead(selection)));
    expect(state).toBe('not-article');
    expect(status(root)).toMatch(/compare the text you selected/);
    click(byTestId(root, TEST_IDS.compareSelection)[0]);
    const next = await waitFor(() => settled(root) !== 'not-article' && settled(root));
    expect(['ready', 'this-article']).toContain(next);
    expect(kinds(root).length).toBeGreaterThan(0);
  });

  it('a huge page: compares the first words only and says so', async () => {
    const huge: Article = { ...FLOODS, text: Array.from({ length: 800 }, (_, i) => `Paragraph ${i} says the river rose again overnight.`).join('\n\n') };
    const d = deps(pageRead(huge));
    const { root } = await open(d);
    const notice = byTestId(root, TEST_IDS.capNotice)[0];
    expect(notice?.textContent).toContain(MAX_COMPARED_WORDS.toLocaleString());
    expect(notice?.textContent).toContain('6,400');
    // Saving keeps the whole article, not only the part compared.
    click(byTestId(root, TEST_IDS.saveArticle)[0]);
    await waitFor(() => root.textContent?.includes('Saved to your corpus.'));
    expect(vi.mocked(d.saveArticle).mock.calls[0]![0].text).toBe(huge.text);
  });

  it('records text arrival to first result on screen as a performance measure', async () => {
    const { root } = await open(deps(pageRead(corpusArticle('000'))));
    await waitFor(() => performance.getEntriesByName(PERF.measure).length);
    expect(kinds(root).length).toBeGreaterThan(0);
    const [measure] = performance.getEntriesByName(PERF.measure);
    expect(measure?.duration).toBeGreaterThanOrEqual(0);
    expect(performance.getEntriesByName(PERF.measure)).toHaveLength(1);
  });

  it('opens the side-by-side page with every article on the story', async () => {
    const d = deps(pageRead(corpusArticle('000')));
    const { root } = await open(d);
    click(byTestId(root, TEST_IDS.openSideBySide)[0]);
    expect(d.openSideBySide).toHaveBeenCalledWith(expect.objectContaining({ a: '000', b: byTestId(root, TEST_IDS.match)[0]?.dataset.articleId }));
    const handoff = vi.mocked(d.openSideBySide).mock.calls[0]![0];
    expect(handoff.articles.map((a) => a.id).sort()).toEqual(['000', '001', '002', '003', '004']);
  });
});

describe('Popup comparison', () => {
  it('marks every group by kind, with a hidden label per class', async () => {
    const { root } = await open(deps(pageRead(corpusArticle('000'))));
    const groups = byTestId(root, TEST_IDS.group);
    for (const g of groups) {
      expect(['same', 'reworded', 'partial', 'added', 'omitted', 'uncertain']).toContain(g.dataset.kind);
      expect(g.classList.contains(`kind-${g.dataset.kind}`)).toBe(true);
      expect(g.querySelector('.sr-only')?.textContent?.trim()).toBeTruthy();
    }
    const reworded = groups.filter((g) => g.dataset.kind === 'reworded');
    expect(reworded.length).toBeGreaterThan(0);
    expect(reworded.some((g) => g.querySelector('ins.own, del.other'))).toBe(true);
    expect(byTestId(root, TEST_IDS.summary)[0]?.querySelectorAll('li[data-kind]')).toHaveLength(6);
  });

  it('with two or more other outlets: consensus marks and the omission report', async () => {
    const { root } = await open(deps(pageRead(corpusArticle('000'))));
    await waitFor(() => byTestId(root, TEST_IDS.consensusMark).length);
    const marks = byTestId(root, TEST_IDS.consensusMark).map((m) => m.textContent ?? '');
    expect(marks.every((m) => /^\d of 5 outlets$|^only this outlet$/.test(m))).toBe(true);
    expect(byTestId(root, TEST_IDS.omissions)).toHaveLength(1);
    expect(byTestId(root, TEST_IDS.consensus)[0]?.getAttribute('aria-busy')).toBe('false');
  });

  it('keeps article text inert: tags in the text are shown as text, never run', async () => {
    const bundle = { ...BUNDLE, corpus: (await import('../../lib/corpus/build-corpus')).buildCorpus([...BUNDLE.corpus.articles, FLOODS_OTHER_OUTLET]) };
    const hostilePage: Article = { ...FLOODS, title: `Floods ${HOSTILE}`, outlet: `<b>Valley</b>` };
    const { root, state } = await open(deps(pageRead(hostilePage), { bundle }));
    expect(state).toBe('ready');
    expect(root.querySelector('script, img, b')).toBeNull();
    expect(root.textContent).toContain('<script>window.__pwned = 1</script>');
    expect(root.textContent).toContain('<img src=x onerror="window.__pwned = 2">');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
