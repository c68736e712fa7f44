// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FeedsSettings, type FeedsDeps } from '../../components/FeedsSettings';
import { TEST_IDS } from '../../components/test-ids';
import type { CatalogueEntry } from '../../lib/feeds/feed-catalogue';
import type { FeedStatus, Subscription } from '../../lib/feeds/types';
import type { FeedRun } from '../../components/services/feed-subscriptions';
import { installFakeI18n } from './fake-i18n';
import { byTestId, click, mount, unmountAll, waitFor } from './mount';

const entry = (id: string, status: CatalogueEntry['status'], extra: Partial<CatalogueEntry> = {}): CatalogueEntry => ({
  id,
  outlet: `Outlet ${id}`,
  country: 'GB',
  language: 'en',
  site: `https://www.${id}.test`,
  status,
  feeds: status === 'dropped' ? [] : [{ title: 'Top', url: `https://feeds.${id}.test/rss.xml` }],
  source: 'test',
  sourceDate: '2026-12-01',
  checked: '2026-12-01',
  ...extra,
});
const CATALOGUE = [entry('coast', 'confirmed', { lean: 'centre' }), entry('gone', 'dropped'), entry('maybe', 'unconfirmed')];

const status = (feedUrl: string, message: string, error?: FeedStatus['error']): FeedStatus => ({ feedUrl, outlet: 'X', lastFetched: '2026-12-01T10:00:00.000Z', items: 0, newItems: 0, seen: 0, old: 0, itemProblems: {}, message, ...(error ? { error } : {}) });

function deps(overrides: Partial<FeedsDeps> = {}, kept: Subscription[] = []): FeedsDeps & { changed: () => void } {
  let changed = () => {};
  const subscriptions = [...kept];
  return {
    catalogue: CATALOGUE,
    list: vi.fn(async () => [...subscriptions]),
    statuses: vi.fn(async () => ({ 'https://feeds.b.test/rss': status('https://feeds.b.test/rss', 'blocked (403)', 'http-status') })),
    run: vi.fn(async () => undefined),
    watch: (listener) => ((changed = listener), () => undefined),
    requestAccess: vi.fn(async () => true),
    hasAccess: vi.fn(async () => false),
    subscribe: vi.fn(async (incoming: readonly Subscription[]) => {
      subscriptions.push(...incoming);
      changed();
      return incoming.length;
    }),
    unsubscribe: vi.fn(async () => undefined),
    readAddress: vi.fn(async () => ({ kind: 'problem' as const, message: 'x' })),
    refreshNow: vi.fn(async () => undefined),
    cancelRefresh: vi.fn(async () => undefined),
    exportOpml: vi.fn(async () => '<opml/>'),
    download: vi.fn(),
    get changed() {
      return changed;
    },
    ...overrides,
  };
}

const text = (root: HTMLElement, id: string) => byTestId(root, id).map((e) => e.textContent ?? '');
const feedsStatus = (root: HTMLElement) => text(root, TEST_IDS.feedsStatus)[0] ?? '';
const chooseOpml = (root: HTMLElement, content: string) => {
  const input = byTestId(root, TEST_IDS.opmlImport)[0] as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([content], 'feeds.opml')], configurable: true });
  act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
};
/** Chooses an OPML file of these outlines, then clicks its Subscribe button. */
const importing = (outlines: string) => async (root: HTMLElement) => {
  chooseOpml(root, `<opml version="2.0"><body>${outlines}</body></opml>`);
  click(await waitFor(() => byTestId(root, TEST_IDS.opmlSubscribe)[0]));
};
const typeAddress = (root: HTMLElement, value: string) => {
  const input = byTestId(root, TEST_IDS.feedAddress)[0] as HTMLInputElement;
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
};

beforeEach(installFakeI18n);
afterEach(unmountAll);

describe('FeedsSettings', () => {
  it('offers the catalogue without dropped outlets, each button labelled with its outlet', async () => {
    const root = mount(<FeedsSettings deps={deps()} />);
    const buttons = byTestId(root, TEST_IDS.catalogueSubscribe);
    expect(buttons.map((b) => b.dataset.outlet)).toEqual(['coast', 'maybe']);
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['Subscribe to Outlet coast', 'Subscribe to Outlet maybe']);
  });

  it('subscribing from the catalogue asks for the feed and the site in the click, then subscribes', async () => {
    const d = deps();
    const root = mount(<FeedsSettings deps={d} />);
    click(byTestId(root, TEST_IDS.catalogueSubscribe)[0]);
    // Asked before anything else was awaited: the permission prompt needs the click's user gesture.
    expect(d.requestAccess).toHaveBeenCalledWith(['https://feeds.coast.test/rss.xml', 'https://www.coast.test']);
    await waitFor(() => text(root, TEST_IDS.feedRow).length === 1);
    expect(d.subscribe).toHaveBeenCalledWith([expect.objectContaining({ feedUrl: 'https://feeds.coast.test/rss.xml', outlet: 'Outlet coast' })]);
    expect(feedsStatus(root)).toBe('New feeds subscribed: 1.');
  });

  it('subscribes to nothing when the reader refuses access', async () => {
    const d = deps({ requestAccess: vi.fn(async () => false) });
    const root = mount(<FeedsSettings deps={d} />);
    click(byTestId(root, TEST_IDS.catalogueSubscribe)[0]);
    await waitFor(() => feedsStatus(root) === "Not subscribed: access to the feed's site was not allowed.");
    expect(d.subscribe).not.toHaveBeenCalled();
  });

  it.each([
    ['a feed: subscribed, then its articles’ other site offered', { kind: 'feed' as const, subscription: { feedUrl: 'https://news.test/rss', title: 'News' }, articleOrigins: ['https://news.test', 'https://cdn.news.test'] }, 'New feeds subscribed: 1.', [], ['Allow articles from https://cdn.news.test']],
    ['a feed whose articles’ other sites are allowed already (img.news.test): only the others offered', { kind: 'feed' as const, subscription: { feedUrl: 'https://news.test/rss' }, articleOrigins: ['https://img.news.test', 'https://cdn.news.test'] }, 'New feeds subscribed: 1.', [], ['Allow articles from https://cdn.news.test']],
    ['a site page: its feeds offered', { kind: 'site' as const, feeds: [{ url: 'https://news.test/rss', title: 'Top', format: 'rss' as const }], pageUrl: 'https://news.test/' }, '', ['Subscribe to Top'], []],
    ['neither: one line', { kind: 'problem' as const, message: 'https://news.test/x: blocked (403)' }, 'https://news.test/x: blocked (403)', [], []],
  ])('an address that is %s', async (_name, found, said, offered, allow) => {
    const d = deps({ readAddress: vi.fn(async () => found), hasAccess: vi.fn(async (url: string) => url === 'https://img.news.test/') });
    const root = mount(<FeedsSettings deps={d} />);
    typeAddress(root, 'https://news.test/rss');
    click(byTestId(root, TEST_IDS.feedAdd)[0]);
    expect(d.requestAccess).toHaveBeenCalledWith(['https://news.test/rss']);
    await waitFor(() => (d.readAddress as ReturnType<typeof vi.fn>).mock.calls.length === 1 && !(byTestId(root, TEST_IDS.feedAdd)[0] as HTMLButtonElement).disabled);
    expect(feedsStatus(root)).toBe(said);
    expect(text(root, TEST_IDS.discoveredSubscribe)).toEqual(offered);
    expect(text(root, TEST_IDS.articlesAllow)).toEqual(allow);
  });

  // Each way in subscribes with one request in the click (the prompt needs its user gesture): the feeds,
  // and the sites their articles come from when those are known before the feed is read.
  it.each<[string, (root: HTMLElement) => Promise<void>, string[]]>([
    ['OPML outlines with htmlUrl: each feed and its site (once per site)', importing('<outline text="A" xmlUrl="https://feeds.a.test/rss" htmlUrl="https://www.a.test/news"/><outline text="A2" xmlUrl="https://feeds.a.test/world" htmlUrl="https://www.a.test/world"/>'), ['https://feeds.a.test/rss', 'https://feeds.a.test/world', 'https://www.a.test']],
    ['an OPML outline without htmlUrl: its feed only', importing('<outline text="B" xmlUrl="https://b.test/atom"/>'), ['https://b.test/atom']],
    ['OPML outlines with and without htmlUrl: every feed, and the sites named', importing('<outline text="B" xmlUrl="https://b.test/atom"/><outline text="C" xmlUrl="https://feeds.c.test/rss" htmlUrl="https://c.test/"/>'), ['https://b.test/atom', 'https://feeds.c.test/rss', 'https://c.test']],
    [
      'a feed discovered on a site page: the feed and the page’s site',
      async (root) => {
        typeAddress(root, 'https://news.test/world');
        click(byTestId(root, TEST_IDS.feedAdd)[0]);
        click(await waitFor(() => byTestId(root, TEST_IDS.discoveredSubscribe)[0]));
      },
      ['https://feeds.news.test/rss', 'https://www.news.test'],
    ],
    [
      'a typed feed address: that address only (its articles’ sites are not known before it is read)',
      async (root) => {
        typeAddress(root, 'https://feeds.news.test/rss');
        click(byTestId(root, TEST_IDS.feedAdd)[0]);
      },
      ['https://feeds.news.test/rss'],
    ],
  ])('subscribing to %s', async (_name, subscribe, asked) => {
    const readAddress = vi.fn(async (url: string) =>
      url.includes('feeds.')
        ? { kind: 'feed' as const, subscription: { feedUrl: url }, articleOrigins: [] }
        : { kind: 'site' as const, feeds: [{ url: 'https://feeds.news.test/rss', format: 'rss' as const }], pageUrl: 'https://www.news.test/world' },
    );
    const d = deps({ readAddress });
    const root = mount(<FeedsSettings deps={d} />);
    await subscribe(root);
    const requests = (d.requestAccess as ReturnType<typeof vi.fn>).mock.calls;
    // Asked before anything else was awaited: the click's user gesture is still there.
    expect(requests.at(-1)).toEqual([asked]);
    await waitFor(() => (d.subscribe as ReturnType<typeof vi.fn>).mock.calls.length === 1);
    expect(requests.flat(2)).not.toContain('<all_urls>');
  });

  it('a typed feed whose articles live on another site: that site is offered afterwards, not asked for in the subscribe click', async () => {
    const d = deps({ readAddress: vi.fn(async () => ({ kind: 'feed' as const, subscription: { feedUrl: 'https://feeds.news.test/rss' }, articleOrigins: ['https://www.news.test'] })) });
    const root = mount(<FeedsSettings deps={d} />);
    typeAddress(root, 'https://feeds.news.test/rss');
    click(byTestId(root, TEST_IDS.feedAdd)[0]);
    const allow = await waitFor(() => byTestId(root, TEST_IDS.articlesAllow)[0]);
    expect(allow.textContent).toBe('Allow articles from https://www.news.test');
    click(allow);
    expect((d.requestAccess as ReturnType<typeof vi.fn>).mock.calls).toEqual([[['https://feeds.news.test/rss']], [['https://www.news.test/']]]);
  });

  it('offers, on a feed whose items were skipped for want of permission, to allow their sites; an allowed one goes', async () => {
    const skipped = { ...status('https://feeds.b.test/rss', '1 new article; 2 not allowed (no permission for this site)'), notAllowed: ['https://www.b.test', 'https://cdn.b.test'] };
    const d = deps({ statuses: vi.fn(async () => ({ 'https://feeds.b.test/rss': skipped })) }, [{ feedUrl: 'https://feeds.b.test/rss', title: 'Beta' }, { feedUrl: 'https://feeds.c.test/rss' }]);
    const root = mount(<FeedsSettings deps={d} />);
    await waitFor(() => text(root, TEST_IDS.articlesAllow).length === 2);
    expect(byTestId(root, TEST_IDS.articlesAllow).map((b) => [b.dataset.feedUrl, b.textContent])).toEqual([
      ['https://feeds.b.test/rss', 'Allow articles from https://www.b.test'],
      ['https://feeds.b.test/rss', 'Allow articles from https://cdn.b.test'],
    ]);
    click(byTestId(root, TEST_IDS.articlesAllow)[1]);
    await waitFor(() => text(root, TEST_IDS.articlesAllow).length === 1);
    expect(d.requestAccess).toHaveBeenCalledWith(['https://cdn.b.test/']);
    expect(text(root, TEST_IDS.articlesAllow)).toEqual(['Allow articles from https://www.b.test']);
  });

  it('shows each feed with its last status in words, and unsubscribes', async () => {
    const d = deps({}, [{ feedUrl: 'https://feeds.b.test/rss', title: 'Beta' }, { feedUrl: 'https://feeds.c.test/rss' }]);
    const root = mount(<FeedsSettings deps={d} />);
    await waitFor(() => text(root, TEST_IDS.feedStatus).length === 2);
    expect(text(root, TEST_IDS.feedStatus)[0]).toMatch(/^blocked \(403\), read /);
    expect(text(root, TEST_IDS.feedStatus)[1]).toBe('not read yet');
    expect(byTestId(root, TEST_IDS.feedUnsubscribe)[0]?.getAttribute('aria-label')).toBe('Unsubscribe from Beta');
    click(byTestId(root, TEST_IDS.feedUnsubscribe)[0]);
    await waitFor(() => feedsStatus(root) === 'Unsubscribed from Beta.');
    expect(d.unsubscribe).toHaveBeenCalledWith('https://feeds.b.test/rss');
  });

  it('imports OPML, subscribes on a click (asking for every feed), and refuses a bad file in one line', async () => {
    const d = deps();
    const root = mount(<FeedsSettings deps={d} />);
    const input = byTestId(root, TEST_IDS.opmlImport)[0] as HTMLInputElement;
    const choose = (content: string) => {
      Object.defineProperty(input, 'files', { value: [new File([content], 'feeds.opml')], configurable: true });
      act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
    };
    choose('<opml version="2.0"><body><outline text="A" xmlUrl="https://a.test/rss"/><outline text="B" xmlUrl="https://b.test/atom"/></body></opml>');
    await waitFor(() => byTestId(root, TEST_IDS.opmlSubscribe).length);
    click(byTestId(root, TEST_IDS.opmlSubscribe)[0]);
    expect(d.requestAccess).toHaveBeenCalledWith(['https://a.test/rss', 'https://b.test/atom']);
    await waitFor(() => text(root, TEST_IDS.feedRow).length === 2);
    choose('not xml at all');
    await waitFor(() => feedsStatus(root) !== 'New feeds subscribed: 2.');
    expect(feedsStatus(root).split('\n')).toHaveLength(1);
    expect(byTestId(root, TEST_IDS.opmlSubscribe)).toHaveLength(0);
  });

  it('Refresh now runs the refresh and shows the run as a labelled progress bar', async () => {
    const d = deps({ run: vi.fn(async () => ({ running: true, done: 1, total: 3, started: '2026-12-01T10:00:00.000Z' })) }, [{ feedUrl: 'https://feeds.b.test/rss' }]);
    const root = mount(<FeedsSettings deps={d} />);
    const bar = await waitFor(() => byTestId(root, TEST_IDS.feedsProgress)[0]);
    expect(bar.getAttribute('aria-label')).toBe('Feeds read');
    expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['1', '3']);
    expect((byTestId(root, TEST_IDS.feedsRefresh)[0] as HTMLButtonElement).disabled).toBe(true);
  });

  it('a run under way can be stopped: Stop sends the cancel, while the refresh action is still busy', async () => {
    let finish = () => {};
    let current: FeedRun | undefined = { running: true, done: 1, total: 3, started: '2026-12-01T10:00:00.000Z' };
    const d = deps({ run: vi.fn(async () => current), refreshNow: vi.fn(() => new Promise<void>((resolve) => (finish = resolve))) }, [{ feedUrl: 'https://feeds.b.test/rss' }]);
    const root = mount(<FeedsSettings deps={d} />);
    const stop = await waitFor(() => byTestId(root, TEST_IDS.feedsCancel)[0] as HTMLButtonElement);
    expect(stop.getAttribute('aria-label')).toBe('Stop reading feeds');
    expect(stop.disabled).toBe(false);
    click(stop);
    await waitFor(() => (d.cancelRefresh as ReturnType<typeof vi.fn>).mock.calls.length);
    // The background saves the run as stopped: the page says so, and offers no Stop any more.
    current = { running: false, done: 1, total: 3, started: '2026-12-01T10:00:00.000Z', finished: '2026-12-01T10:00:05.000Z', cancelled: true };
    act(() => d.changed());
    finish();
    await waitFor(() => text(root, TEST_IDS.feedsCancelled).length);
    expect(text(root, TEST_IDS.feedsCancelled)).toEqual(['Stopped: 1 of 3 feeds read. What was read is kept; the other feeds keep their last status.']);
    expect(byTestId(root, TEST_IDS.feedsCancel)).toHaveLength(0);
  });

  it.each([
    ['a run that read through', 'Feeds read: 1.', false],
    ['a run that was stopped', '', true],
  ])('after Refresh now, %s: the status line says %j', async (_name, expected, cancelled) => {
    const done: FeedRun = { running: false, done: 1, total: 1, started: '2026-12-01T10:00:00.000Z', ...(cancelled ? { cancelled: true } : {}) };
    const d = deps({ run: vi.fn(async () => done) }, [{ feedUrl: 'https://feeds.b.test/rss' }]);
    const root = mount(<FeedsSettings deps={d} />);
    await waitFor(() => !(byTestId(root, TEST_IDS.feedsRefresh)[0] as HTMLButtonElement).disabled);
    click(byTestId(root, TEST_IDS.feedsRefresh)[0]);
    await waitFor(() => (d.refreshNow as ReturnType<typeof vi.fn>).mock.calls.length && !(byTestId(root, TEST_IDS.feedsRefresh)[0] as HTMLButtonElement).disabled);
    expect(feedsStatus(root)).toBe(expected);
    // A stopped run is said once, from the saved run, not also in the status line.
    expect(text(root, TEST_IDS.feedsCancelled)).toHaveLength(cancelled ? 1 : 0);
  });

  it('exports the feeds as OPML', async () => {
    const d = deps({}, [{ feedUrl: 'https://feeds.b.test/rss' }]);
    const root = mount(<FeedsSettings deps={d} />);
    await waitFor(() => !(byTestId(root, TEST_IDS.opmlExport)[0] as HTMLButtonElement).disabled);
    click(byTestId(root, TEST_IDS.opmlExport)[0]);
    await waitFor(() => (d.download as ReturnType<typeof vi.fn>).mock.calls.length);
    expect(d.download).toHaveBeenCalledWith('outlet-diff-feeds.opml', 'text/x-opml', ['<opml/>']);
  });
});
