// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_COMPARED_WORDS, PERF, Popup, SLOW_SEARCH_MS, type PopupDeps } from '../../components/Popup';
import type { TabRead } from '../../components/services/read-tab';
import { TEST_IDS } from '../../components/test-ids';
import { findCoverage } from '../../lib/match/find-coverage';
import type { Match } from '../../lib/match/types';
import type { AddOutcome } from '../../lib/store/add-articles';
import type { ArticleOrigin } from '../../lib/store/article-origin';
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
    originsOf: vi.fn(async () => ({})),
    requestLinkAccess: vi.fn(async () => true),
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

  it('says it searches once the page is read, and after SLOW_SEARCH_MS why that can take a while; still busy throughout', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      let answer: (() => void) | undefined;
      const d = deps(pageRead(FLOODS), { findCoverage: (article) => new Promise((resolve) => (answer = () => resolve(findCoverage(article, BUNDLE.corpus)))) });
      const root = mount(<Popup deps={d} />);
      await waitFor(() => answer);
      const popup = byTestId(root, TEST_IDS.popup)[0]!;
      const busy = () => [popup.dataset.state, popup.getAttribute('aria-busy'), status(root)];
      expect(busy()).toEqual(['reading', 'true', "Finding other outlets' reports…"]);
      await act(async () => void vi.advanceTimersByTime(SLOW_SEARCH_MS - 100));
      expect(status(root)).toBe("Finding other outlets' reports…");
      await act(async () => void vi.advanceTimersByTime(100));
      expect(busy()).toEqual(['reading', 'true', expect.stringMatching(/^Still searching your corpus… While articles are being added/)]);
      answer?.();
      expect(await waitFor(() => settled(root))).toBe('no-coverage');
      expect(popup.getAttribute('aria-busy')).toBe('false');
    } finally {
      vi.useRealTimers();
    }
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

  it('no coverage: the sources on offer instead of unrelated articles, and save this article', async () => {
    const save = vi.fn(async (article: Article): Promise<AddOutcome> => added(article));
    const d = deps(pageRead(FLOODS), { saveArticle: save });
    // The bundled corpus has only unrelated articles for this page: none is listed as if it meant something.
    expect((await d.findCoverage(FLOODS)).matches.filter((m) => m.decision === 'unrelated').length).toBeGreaterThan(0);
    const { root, state } = await open(d);
    expect(state).toBe('no-coverage');
    expect(byTestId(root, TEST_IDS.match)).toEqual([]);
    expect(byTestId(root, TEST_IDS.sourceOffer).map((b) => [b.dataset.offer, b.textContent])).toEqual([
      ['feeds', 'Follow outlets’ news feeds (options)'],
      ['link', 'Compare with a link to another outlet’s report'],
      ['tab', 'Compare with another open tab'],
    ]);
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

describe('Popup: sources when nothing covers the story', () => {
  const offer = (root: HTMLElement, kind: string) => byTestId(root, TEST_IDS.sourceOffer).find((b) => b.dataset.offer === kind);

  it('"feeds" opens the options page, "tab" the side-by-side page with this article alone, "link" the paste field', async () => {
    const d = deps(pageRead(FLOODS));
    const { root } = await open(d);
    click(offer(root, 'feeds'));
    expect(d.openOptions).toHaveBeenCalledTimes(1);
    click(offer(root, 'tab'));
    await waitFor(() => (d.openSideBySide as ReturnType<typeof vi.fn>).mock.calls.length);
    const [handoff] = (d.openSideBySide as ReturnType<typeof vi.fn>).mock.calls[0]!;
    expect(handoff).toMatchObject({ a: 'floods' });
    expect(handoff.articles[0].id).toBe('floods');
    expect('b' in handoff || 'link' in handoff).toBe(false);
    click(offer(root, 'link'));
    expect(document.activeElement).toBe(byTestId(root, TEST_IDS.linkInput)[0]);
  });

  it.each<[string, Match['decision'][], string[]]>([
    ['only unrelated articles near: none listed', ['unrelated', 'unrelated'], []],
    ['a related article (same topic, another event): listed under its own heading', ['related', 'unrelated'], ['related']],
  ])('%s', async (_case, decisions, listed) => {
    const others = ['000', '001'].map(corpusArticle);
    const coverage = { matches: decisions.map((decision, i) => ({ article: others[i]!, score: 0.2 - i / 100, decision })) };
    const { root } = await open(deps(pageRead(FLOODS), { findCoverage: async () => coverage }));
    expect(byTestId(root, TEST_IDS.match).map((m) => m.dataset.decision)).toEqual(listed);
    expect(root.textContent?.includes('Related articles in your corpus (same topic, not this story)')).toBe(listed.length > 0);
  });
});

describe('Popup: compare with a link', () => {
  const paste = (root: HTMLElement, text: string) => {
    const input = byTestId(root, TEST_IDS.linkInput)[0] as HTMLInputElement;
    act(() => {
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    click(byTestId(root, TEST_IDS.linkCompare)[0]);
  };

  it.each<[string, () => Promise<boolean>]>([
    ['access allowed', async () => true],
    ['access refused (the side-by-side page offers to ask again)', async () => false],
    ['the request fails', async () => Promise.reject(new Error('no gesture'))],
  ])('a web address asks for its site, then opens the side-by-side page with this article and the link (%s)', async (_case, answer) => {
    const requestLinkAccess = vi.fn(answer);
    const d = deps(pageRead(FLOODS), { requestLinkAccess });
    const { root } = await open(d);
    paste(root, '  news.b.example/floods#top ');
    expect(requestLinkAccess).toHaveBeenCalledWith('https://news.b.example/floods');
    await waitFor(() => (d.openSideBySide as ReturnType<typeof vi.fn>).mock.calls.length);
    expect((d.openSideBySide as ReturnType<typeof vi.fn>).mock.calls[0]![0]).toMatchObject({ a: 'floods', link: 'https://news.b.example/floods' });
  });

  it.each(['', 'putin north korea', 'chrome://settings', 'https://example.com/report.pdf'])('%j is refused in one line, nothing asked or opened', async (text) => {
    const d = deps(pageRead(corpusArticle('000')));
    const { root } = await open(d);
    paste(root, text);
    expect(byTestId(root, TEST_IDS.linkNote)[0]?.textContent).toBe('That is not the address of a web page: paste a link such as https://example.com/news/story.');
    expect(d.requestLinkAccess).not.toHaveBeenCalled();
    expect(d.openSideBySide).not.toHaveBeenCalled();
  });
});

describe('Popup: where a match came from', () => {
  const DAY = '2026-12-01T08:05:00Z';
  it.each<[string, ArticleOrigin | undefined, string | undefined]>([
    ['a feed article: its feed and when it was published', { source: 'feed', added: 1, feed: { url: 'https://elsewhere.example/rss', title: 'Elsewhere World' }, published: DAY }, `From the feed Elsewhere World, published ${new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(Date.parse(DAY))}`],
    ['a feed without a title: its host', { source: 'feed', added: 1, feed: { url: 'https://elsewhere.example/rss' } }, 'From the feed elsewhere.example'],
    ['a feed article stored before feed names were kept', { source: 'feed', added: 1 }, 'From a feed'],
    ['a compared link', { source: 'link', added: 1 }, 'From a link you compared'],
    ['a page the reader read', { source: 'visited', added: 1 }, 'From a page you read'],
    ['a bundled article (not in the store): nothing said', undefined, undefined],
  ])('%s', async (_case, origin, text) => {
    const db = memoryStore();
    await addOneByOne(db, [FLOODS_ELSEWHERE]);
    const originsOf = vi.fn(async (): Promise<Record<string, ArticleOrigin>> => (origin ? { elsewhere: origin } : {}));
    const { root } = await open(deps(pageRead(FLOODS), { findCoverage: (article) => findStoreCoverage(db, article, { base: baseIndex(BUNDLE.corpus) }), originsOf }));
    expect(originsOf).toHaveBeenCalledWith(expect.arrayContaining(['elsewhere']));
    if (text === undefined) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(byTestId(root, TEST_IDS.matchOrigin)).toEqual([]);
    } else {
      const shown = await waitFor(() => byTestId(root, TEST_IDS.matchOrigin)[0]);
      expect(shown.textContent).toBe(text);
      expect(shown.dataset.source).toBe(origin?.source);
    }
  });
});
