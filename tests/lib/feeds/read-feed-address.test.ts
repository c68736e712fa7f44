import { describe, expect, it } from 'vitest';
import { createHostQueue } from '../../../lib/feeds/create-host-queue';
import { readFeedAddress } from '../../../lib/feeds/read-feed-address';
import { rss } from './collect-fixtures';
import { createFakeClock, createFakeFetch, parseHtml, type Route } from './helpers';

const html = (body: string): Route => ({ headers: { 'content-type': 'text/html' }, body });
const routes: Record<string, Route> = {
  'https://news.test/rss.xml': { headers: { 'content-type': 'application/rss+xml' }, body: rss('Test News', [{ title: 'A', link: 'https://www.news.test/a' }, { title: 'B', link: 'https://cdn.news.test/b' }, { title: 'C', link: 'https://www.news.test/c' }]) },
  'https://news.test/': html('<!doctype html><html><head><link rel="alternate" type="application/rss+xml" title="Top" href="/rss.xml"><link rel="alternate" type="application/atom+xml" href="https://news.test/atom"></head><body>Home</body></html>'),
  'https://news.test/about': html('<!doctype html><html><head><title>About</title></head><body>No feeds here</body></html>'),
  'https://news.test/gone': { status: 403 },
  'https://news.test/file.pdf': { headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.7' },
};

async function read(url: string, granted = (origin: string) => origin.endsWith('news.test')) {
  const clock = createFakeClock();
  const fake = createFakeFetch(routes, clock);
  const queue = createHostQueue({ sleep: clock.sleep, now: clock.now, delayMs: 1000 });
  return clock.run(readFeedAddress(url, { fetch: fake.fetch, isGranted: granted, queue, sleep: clock.sleep, parseHtml }));
}

describe('readFeedAddress', () => {
  it('reads a feed: a subscription named by the feed, and the origins of its articles', async () => {
    expect(await read('https://news.test/rss.xml')).toEqual({
      kind: 'feed',
      subscription: { feedUrl: 'https://news.test/rss.xml', title: 'Test News', outlet: 'Test News', siteUrl: 'https://www.a.example/' },
      articleOrigins: ['https://www.news.test', 'https://cdn.news.test'],
    });
  });

  it('finds the feeds a site page links', async () => {
    expect(await read('https://news.test/')).toEqual({ kind: 'site', feeds: [{ url: 'https://news.test/rss.xml', title: 'Top', format: 'rss' }, { url: 'https://news.test/atom', format: 'atom' }], pageUrl: 'https://news.test/' });
  });

  it.each([
    ['a page with no feed', 'https://news.test/about', 'https://news.test/about: not a feed, and the page links no feed'],
    ['a 403', 'https://news.test/gone', 'https://news.test/gone: blocked (403)'],
    ['neither feed nor page', 'https://news.test/file.pdf', 'https://news.test/file.pdf: not a feed'],
  ])('%s: one line', async (_name, url, message) => {
    expect(await read(url)).toEqual({ kind: 'problem', message });
  });

  it('contacts nothing the reader did not grant', async () => {
    expect(await read('https://news.test/rss.xml', () => false)).toEqual({ kind: 'problem', message: 'https://news.test/rss.xml: not allowed (no permission for this site)' });
  });
});
