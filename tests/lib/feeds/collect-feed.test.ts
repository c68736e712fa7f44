import { describe, expect, it } from 'vitest';
import { collectFeed } from '../../../lib/feeds/collect-feed';
import { createMemorySink } from '../../../lib/feeds/create-memory-sink';
import type { CollectDeps, CollectEvent, FeedArticle } from '../../../lib/feeds/types';
import { routes, rss, xml } from './collect-fixtures';
import { createFakeClock, createFakeFetch, parseHtml } from './helpers';

const GRANTED = new Set(['https://feeds.a.example', 'https://www.a.example', 'https://feeds.b.example']);

function setup(initial: FeedArticle[] = [], over: Partial<CollectDeps> = {}) {
  const clock = createFakeClock(Date.UTC(2026, 11, 1, 12));
  const fake = createFakeFetch(routes, clock);
  const sink = createMemorySink(initial);
  const events: CollectEvent[] = [];
  const deps: CollectDeps = { fetch: fake.fetch, isGranted: (o) => GRANTED.has(o), parseHtml, sink, now: clock.now, sleep: clock.sleep, onProgress: (e) => events.push(e), ...over };
  return { clock, fake, sink, events, deps };
}

describe('collectFeed: a full-text feed', () => {
  it('keeps each item as a feed article without fetching any page', async () => {
    const { clock, fake, sink, deps } = setup();
    const status = await clock.run(collectFeed({ feedUrl: 'https://feeds.a.example/full.xml', outlet: 'Alpha' }, deps));
    expect(fake.calls.map((c) => c.url)).toEqual(['https://feeds.a.example/full.xml']);
    expect(status).toMatchObject({ outlet: 'Alpha', items: 3, newItems: 3, seen: 0, message: '3 new articles', lastFetched: '2026-12-01T12:00:00.000Z' });
    expect(sink.articles[1]).toMatchObject({
      source: 'feed',
      outlet: 'Alpha',
      title: 'Floods two',
      url: 'https://www.a.example/floods-2',
      guid: 'a-2',
      feedUrl: 'https://feeds.a.example/full.xml',
      published: '2026-12-01T08:00:00.000Z',
      collected: '2026-12-01T12:00:00.000Z',
      textFrom: 'feed',
    });
    expect(sink.articles[1]?.id).toMatch(/^u-/);
    expect(sink.articles[1]?.text).toContain('Floods two, part 8');
  });

  const FULL = 'https://feeds.a.example/full.xml';
  it.each([
    ['by guid, from this feed', { feedUrl: FULL, guid: 'a-1' }, 1],
    ['by canonical URL, from another feed', { feedUrl: 'f', url: 'https://www.a.example/floods-1' }, 1],
    ['not by the same guid from another feed (feeds number their items)', { feedUrl: 'f', guid: 'a-1' }, 0],
  ])('an item already kept (%s): skipped %s times', async (_name, keys, seen) => {
    const kept: FeedArticle = { id: 'u-x', outlet: 'Alpha', title: 'x', text: 'x', source: 'feed', collected: 'c', textFrom: 'feed', ...keys };
    const { clock, sink, deps } = setup([kept]);
    const status = await clock.run(collectFeed({ feedUrl: FULL }, deps));
    expect(status).toMatchObject({ newItems: 3 - seen, seen });
    expect(sink.articles.map((a) => a.title)).toEqual(['x', ...(seen ? [] : ['Floods one']), 'Floods two', 'Old story']);
  });

  it('a second run adds nothing (dedupe on guid and URL, never on date)', async () => {
    const { clock, sink, deps } = setup();
    await clock.run(collectFeed({ feedUrl: 'https://feeds.a.example/full.xml' }, deps));
    const again = await clock.run(collectFeed({ feedUrl: 'https://feeds.a.example/full.xml' }, deps));
    expect(again).toMatchObject({ newItems: 0, seen: 3, message: '0 new articles; 3 already kept' });
    expect(sink.articles.length).toBe(3);
  });

  it('items published before `since` are left alone', async () => {
    const { clock, sink, deps } = setup([], { since: Date.UTC(2026, 10, 29) });
    const status = await clock.run(collectFeed({ feedUrl: 'https://feeds.a.example/full.xml' }, deps));
    expect(status).toMatchObject({ newItems: 2, old: 1 });
    expect(sink.articles.map((a) => a.title)).not.toContain('Old story');
  });

  it('without an outlet name, the feed names itself', async () => {
    const { clock, deps } = setup();
    expect(await clock.run(collectFeed({ feedUrl: 'https://feeds.a.example/full.xml' }, deps))).toMatchObject({ outlet: 'Alpha Full' });
  });
});

describe('collectFeed: a summary-only feed', () => {
  it('fetches each page, extracts it, and says why the others gave nothing', async () => {
    const { clock, fake, sink, deps } = setup();
    const status = await clock.run(collectFeed({ feedUrl: 'https://feeds.a.example/summary.xml', outlet: 'Alpha' }, deps));
    expect(sink.articles.map((a) => [a.title, a.url, a.textFrom])).toEqual([['Budget passed', 'https://www.a.example/budget', 'page']]);
    expect(status).toMatchObject({
      items: 6,
      newItems: 1,
      // The tracking copy is skipped before any request; the alias is found a duplicate once its page names its canonical URL.
      seen: 2,
      itemProblems: { paywall: 1, 'http-status': 1, 'not-granted': 1 },
      // The site the not-allowed item lives on, for the options page to offer.
      notAllowed: ['https://other.example'],
    });
    expect(status.message).toBe('1 new article; 2 already kept; 1 a paywall; 1 HTTP error; 1 not allowed (no permission for this site)');
    expect(fake.calls.map((c) => c.url)).not.toContain('https://other.example/story');
    expect(fake.calls.filter((c) => c.url === 'https://www.a.example/budget').length).toBe(1);
  });

  it.each([
    ['the same site twice: named once', ['https://x.example/1', 'https://x.example/2'], ['https://x.example']],
    ['seven sites: the first five named', [1, 2, 3, 4, 5, 6, 7].map((n) => `https://s${n}.example/story`), [1, 2, 3, 4, 5].map((n) => `https://s${n}.example`)],
  ])('names the sites of items not allowed: %s', async (_case, links, named) => {
    const feed = xml(rss('Elsewhere', links.map((link, k) => ({ title: `Story ${k}`, link, description: 'Teaser.' }))));
    const { clock, deps } = setup();
    deps.fetch = createFakeFetch({ ...routes, 'https://feeds.a.example/elsewhere.xml': feed }, clock).fetch;
    const status = await clock.run(collectFeed({ feedUrl: 'https://feeds.a.example/elsewhere.xml' }, deps));
    expect(status.itemProblems).toEqual({ 'not-granted': links.length });
    expect(status.notAllowed).toEqual(named);
  });

  it('page requests to one host are 1 s apart (end to start)', async () => {
    const { clock, fake, deps } = setup();
    await clock.run(collectFeed({ feedUrl: 'https://feeds.a.example/summary.xml' }, deps));
    const pages = fake.calls.filter((c) => c.url.startsWith('https://www.a.example/'));
    for (let i = 1; i < pages.length; i++) expect((pages[i]?.at ?? 0) - (pages[i - 1]?.end ?? 0)).toBeGreaterThanOrEqual(1_000);
  });

  it('reports progress: the feed read with its links, each item, the end', async () => {
    const { clock, events, deps } = setup();
    await clock.run(collectFeed({ feedUrl: 'https://feeds.a.example/summary.xml' }, deps));
    expect(events[0]).toMatchObject({ type: 'feed-parsed', links: expect.arrayContaining(['https://www.a.example/budget', 'https://other.example/story']) });
    expect(events.filter((e) => e.type === 'item').map((e) => e.type === 'item' && e.outcome)).toEqual(['added', 'seen', 'paywall', 'http-status', 'not-granted', 'duplicate']);
    expect(events.at(-1)).toMatchObject({ type: 'feed-done', status: { newItems: 1 } });
  });
});

describe('collectFeed: feeds that fail', () => {
  it.each([
    ['blocked (403)', 'https://feeds.b.example/blocked.xml', { error: 'http-status', httpStatus: 403, message: 'blocked (403)' }],
    ['an HTML page', 'https://feeds.b.example/html.xml', { error: 'not-a-feed', message: 'not a feed' }],
    ['broken XML', 'https://feeds.b.example/broken.xml', { error: 'not-a-feed', message: 'not a feed' }],
    ['an ungranted origin', 'https://feeds.c.example/rss', { error: 'not-granted' }],
    ['nothing there', 'https://feeds.a.example/missing.xml', { error: 'network', message: 'network error' }],
  ])('%s', async (_name, feedUrl, expected) => {
    const { clock, sink, deps } = setup();
    expect(await clock.run(collectFeed({ feedUrl }, deps))).toMatchObject({ items: 0, newItems: 0, ...expected });
    expect(sink.articles).toEqual([]);
  });

  it('cancelled part-way: stops between items and says so', async () => {
    const controller = new AbortController();
    const { clock, sink, deps } = setup([], { signal: controller.signal });
    deps.onProgress = (e) => {
      if (e.type === 'item') controller.abort();
    };
    const status = await clock.run(collectFeed({ feedUrl: 'https://feeds.a.example/full.xml' }, deps));
    expect(status).toMatchObject({ error: 'cancelled', newItems: 1, message: 'cancelled' });
    expect(sink.articles.length).toBe(1);
  });
});

describe('collectFeed: a feed behind a redirect the browser hides', () => {
  it.each([
    ['the extension saw where it went: followed (to a granted site), items kept', 'https://feeds.a.example/full.xml', 3],
    ['nobody saw where it went: not followed, said so', undefined, 0],
  ])('%s', async (_name, seen, kept) => {
    const moved = { ...routes, 'https://feeds.b.example/moved.xml': { status: 0, type: 'opaqueredirect' } };
    const clock = createFakeClock(Date.UTC(2026, 11, 1, 12));
    const fake = createFakeFetch(moved, clock);
    const sink = createMemorySink();
    const deps: CollectDeps = { fetch: fake.fetch, hiddenRedirect: async () => seen, isGranted: (o) => GRANTED.has(o), parseHtml, sink, now: clock.now, sleep: clock.sleep };
    const status = await clock.run(collectFeed({ feedUrl: 'https://feeds.b.example/moved.xml', outlet: 'Alpha' }, deps));
    expect(sink.articles.length).toBe(kept);
    expect(status.message).toMatch(kept ? /^3 new articles/ : /^redirected \(the browser does not say where\)/);
  });
});
