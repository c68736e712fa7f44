import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCorpusStore } from '../../../components/services/corpus-store';
import { feedSubscriptions } from '../../../components/services/feed-subscriptions';
import { cancelFeedRefresh, refreshFeeds } from '../../../components/services/refresh-feeds';
import { routes } from '../../lib/feeds/collect-fixtures';

const GRANTED = ['https://feeds.a.example', 'https://www.a.example', 'https://feeds.b.example'];
const requests: Array<{ url: string; init: RequestInit }> = [];

beforeEach(() => {
  fakeBrowser.reset();
  requests.length = 0;
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) => origins.every((o) => GRANTED.some((g) => o.startsWith(g))));
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    requests.push({ url, init });
    const route = routes[url];
    return new Response((route?.body as string | undefined) ?? 'not found', { status: route?.status ?? (route ? 200 : 404), headers: route?.headers ?? {} });
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('refreshFeeds', () => {
  it('collects the subscribed feeds into the store, saves each status in words and the run, and asks nothing of other origins', async () => {
    await feedSubscriptions.add([
      { feedUrl: 'https://feeds.a.example/full.xml', outlet: 'Alpha', title: 'Alpha: full text' },
      { feedUrl: 'https://feeds.b.example/blocked.xml', outlet: 'Beta' },
      { feedUrl: 'https://feeds.b.example/html.xml', outlet: 'Beta' },
    ]);
    const statuses = await refreshFeeds();
    expect(statuses.map((s) => s.message)).toEqual(['3 new articles', 'blocked (403)', 'not a feed']);
    const saved = await feedSubscriptions.statuses();
    expect(Object.values(saved).map((s) => s.message).sort()).toEqual(['3 new articles', 'blocked (403)', 'not a feed']);
    expect(await feedSubscriptions.run()).toMatchObject({ running: false, done: 3, total: 3 });
    const store = await openCorpusStore();
    expect((await store.summary()).bySource).toEqual({ feed: 3 });
    expect(requests.every(({ init }) => init.method === 'GET' && init.credentials === 'omit' && init.referrerPolicy === 'no-referrer')).toBe(true);

    // A second run fetches the feeds again but no article: every item is on file.
    requests.length = 0;
    expect((await refreshFeeds())[0]?.message).toBe('0 new articles; 3 already kept');
    expect(requests.map((r) => r.url).sort()).toEqual(['https://feeds.a.example/full.xml', 'https://feeds.b.example/blocked.xml', 'https://feeds.b.example/html.xml']);
  });

  it('joins a run under way instead of starting a second', async () => {
    await feedSubscriptions.add([{ feedUrl: 'https://feeds.b.example/blocked.xml' }]);
    const [a, b] = [refreshFeeds(), refreshFeeds()];
    expect(a).toBe(b);
    await a;
  });

  it('does not fetch a feed whose origin the reader did not grant', async () => {
    await feedSubscriptions.add([{ feedUrl: 'https://feeds.c.example/rss.xml' }]);
    expect((await refreshFeeds())[0]?.message).toBe('not allowed (no permission for this site)');
    expect(requests).toEqual([]);
  });

  it('Stop: the request in flight is aborted, the run is saved as stopped, and unread feeds keep their last status', async () => {
    vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
      requests.push({ url, init });
      // Hangs until the run is stopped (the refresh's abort reaches the request).
      return new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted')), { once: true }));
    });
    await feedSubscriptions.add([{ feedUrl: 'https://feeds.a.example/full.xml', outlet: 'Alpha' }]);
    const before = { feedUrl: 'https://feeds.a.example/full.xml', outlet: 'Alpha', lastFetched: '2026-11-30T10:00:00.000Z', items: 3, newItems: 3, seen: 0, old: 0, itemProblems: {}, message: '3 new articles' };
    await feedSubscriptions.saveStatus(before);
    expect(cancelFeedRefresh()).toBe(false);
    const run = refreshFeeds();
    await vi.waitFor(() => expect(requests.length).toBe(1));
    expect(cancelFeedRefresh()).toBe(true);
    const statuses = await run;
    expect(statuses.map((s) => s.error)).toEqual(['cancelled']);
    expect(await feedSubscriptions.run()).toMatchObject({ running: false, done: 0, total: 1, cancelled: true });
    expect(Object.values(await feedSubscriptions.statuses())).toEqual([before]);
    // The next run starts afresh (not stopped).
    vi.stubGlobal('fetch', async () => new Response('not found', { status: 404 }));
    await refreshFeeds();
    expect(await feedSubscriptions.run()).not.toHaveProperty('cancelled');
  });
});
