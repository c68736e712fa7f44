import { describe, expect, it } from 'vitest';
import { collectFeeds } from '../../../lib/feeds/collect-feeds';
import { createMemorySink } from '../../../lib/feeds/create-memory-sink';
import type { CollectDeps, CollectEvent } from '../../../lib/feeds/types';
import { routes } from './collect-fixtures';
import { createFakeClock, createFakeFetch, parseHtml } from './helpers';

const GRANTED = new Set(['https://feeds.a.example', 'https://www.a.example', 'https://feeds.b.example']);
const FEEDS = ['https://feeds.a.example/full.xml', 'https://feeds.b.example/blocked.xml', 'https://feeds.a.example/summary.xml', 'https://feeds.b.example/html.xml'];

function setup(over: Partial<CollectDeps> = {}) {
  const clock = createFakeClock(0);
  const fake = createFakeFetch(routes, clock);
  const sink = createMemorySink();
  const events: CollectEvent[] = [];
  const deps: CollectDeps = { fetch: fake.fetch, isGranted: (o) => GRANTED.has(o), parseHtml, sink, now: clock.now, sleep: clock.sleep, onProgress: (e) => events.push(e), ...over };
  return { clock, fake, sink, events, deps };
}

describe('collectFeeds', () => {
  it.each([1, 2, 4, 8])('statuses in subscription order, the same articles, at concurrency %i', async (concurrency) => {
    const { clock, sink, deps } = setup({ concurrency });
    const statuses = await clock.run(collectFeeds(FEEDS.map((feedUrl) => ({ feedUrl })), deps));
    expect(statuses.map((s) => [s.feedUrl, s.error ?? s.newItems])).toEqual([
      [FEEDS[0], 3],
      [FEEDS[1], 'http-status'],
      [FEEDS[2], 1],
      [FEEDS[3], 'not-a-feed'],
    ]);
    expect(sink.articles.map((a) => a.title).sort()).toEqual(['Budget passed', 'Floods one', 'Floods two', 'Old story']);
  });

  it('one politeness queue for the whole run: never two requests at once to one host', async () => {
    const { clock, fake, deps } = setup({ concurrency: 4 });
    await clock.run(collectFeeds(FEEDS.map((feedUrl) => ({ feedUrl })), deps));
    const byHost = new Map<string, Array<{ at: number; end?: number }>>();
    for (const call of fake.calls) byHost.set(new URL(call.url).host, [...(byHost.get(new URL(call.url).host) ?? []), call]);
    for (const calls of byHost.values()) {
      const sorted = [...calls].sort((a, b) => a.at - b.at);
      for (let i = 1; i < sorted.length; i++) expect((sorted[i]?.at ?? 0) - (sorted[i - 1]?.end ?? 0)).toBeGreaterThanOrEqual(1_000);
    }
  });

  it('reports each feed as it starts, with the total', async () => {
    const { clock, events, deps } = setup({ concurrency: 1 });
    await clock.run(collectFeeds(FEEDS.map((feedUrl) => ({ feedUrl })), deps));
    expect(events.filter((e) => e.type === 'feed-start')).toEqual(FEEDS.map((feedUrl, index) => ({ type: 'feed-start', feedUrl, index, total: 4 })));
  });

  it('a cancelled run: feeds not reached say cancelled', async () => {
    const controller = new AbortController();
    const { clock, deps } = setup({ concurrency: 1, signal: controller.signal });
    deps.onProgress = (e) => {
      if (e.type === 'feed-done') controller.abort();
    };
    const statuses = await clock.run(collectFeeds(FEEDS.map((feedUrl) => ({ feedUrl })), deps));
    expect(statuses.map((s) => s.error ?? 'ok')).toEqual(['ok', 'cancelled', 'cancelled', 'cancelled']);
  });

  it('no subscriptions, no work', async () => {
    const { clock, fake, deps } = setup();
    expect(await clock.run(collectFeeds([], deps))).toEqual([]);
    expect(fake.calls).toEqual([]);
  });
});
