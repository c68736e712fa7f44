import { describe, expect, it } from 'vitest';
import { fetchText } from '../../../lib/feeds/fetch-text';
import { createHostQueue } from '../../../lib/feeds/create-host-queue';
import { readLink } from '../../../lib/sources/read-link';
import { articlePage, createFakeClock, createFakeFetch, parseHtml, type Route } from '../feeds/helpers';

const html = (body: string, extra: Route = {}): Route => ({ headers: { 'content-type': 'text/html; charset=utf-8' }, body, ...extra });

/** One invented outlet's pages, each a case a pasted or right-clicked link can meet. */
const ROUTES: Record<string, Route> = {
  'https://news.b.example/floods': html(articlePage('Floods cut the rail line')),
  'https://news.b.example/old-address': { status: 301, headers: { location: '/floods' } },
  'https://news.b.example/moved-away': { status: 302, headers: { location: 'https://elsewhere.example/floods' } },
  'https://news.b.example/opaque': { status: 0, type: 'opaqueredirect' },
  'https://news.b.example/forbidden': { status: 403, body: 'Forbidden' },
  'https://news.b.example/gone': { status: 404, body: 'Not found' },
  'https://news.b.example/broken': { status: 503, body: 'Busy' },
  'https://news.b.example/slow': { ...html(articlePage('Slow')), delayMs: 60_000 },
  'https://news.b.example/huge': { headers: { 'content-type': 'text/html' }, endlessChunkBytes: 1 << 20 },
  'https://news.b.example/report.json': { headers: { 'content-type': 'application/json' }, body: '{"a":1}' },
  'https://news.b.example/': html('<!doctype html><html><body><nav><a href="/a">A</a> <a href="/b">B</a></nav></body></html>'),
  'https://news.b.example/subscribers': html('<!doctype html><html><head><title>P</title></head><body><article><h1>P</h1><p>Only a teaser of the story is here for the readers who did not pay, and it says that the council met.</p><p>Subscribe to continue reading.</p></article></body></html>'),
  'https://news.b.example/consent': html('<!doctype html><html><head><title>C</title></head><body><div id="onetrust-banner-sdk"><p>We and our partners use cookies to store and access personal data.</p><button>Accept all</button></div></body></html>'),
};

function setup(granted = ['https://news.b.example']) {
  const clock = createFakeClock();
  const fake = createFakeFetch(ROUTES, clock);
  const queue = createHostQueue({ sleep: clock.sleep, now: clock.now, delayMs: 1000 });
  const read = (url: string) => clock.run(readLink(url, { fetchPage: (u) => fetchText(u, { fetch: fake.fetch, isGranted: (o) => granted.includes(o), queue, sleep: clock.sleep }, 'page'), parseHtml }));
  return { fake, read };
}

describe('readLink', () => {
  it('reads an article page the reader allowed, with the same extraction as an open page', async () => {
    const { fake, read } = setup();
    const result = await read('https://news.b.example/floods');
    expect(result).toMatchObject({ ok: true, article: { title: 'Floods cut the rail line', url: 'https://news.b.example/floods' } });
    if (result.ok) expect(result.article.text).toContain('paragraph 6 tells what happened');
    // One GET, no cookies, no Referer.
    expect(fake.calls).toHaveLength(1);
    expect(fake.calls[0]?.init).toMatchObject({ method: 'GET', credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'manual' });
  });

  it('follows a redirect within the allowed site and keeps the final address', async () => {
    const { fake, read } = setup();
    const result = await read('https://news.b.example/old-address');
    expect(result).toMatchObject({ ok: true, article: { url: 'https://news.b.example/floods' } });
    expect(fake.calls.map((c) => c.url)).toEqual(['https://news.b.example/old-address', 'https://news.b.example/floods']);
  });

  it.each<[string, string, string[], Record<string, unknown>]>([
    ['a site not allowed: nothing is requested', 'https://news.b.example/floods', [], { kind: 'not-granted', origin: 'https://news.b.example' }],
    ['a redirect to a site not allowed: not followed', 'https://news.b.example/moved-away', ['https://news.b.example'], { kind: 'redirected-elsewhere', origin: 'https://elsewhere.example' }],
    ['a redirect the browser hides', 'https://news.b.example/opaque', ['https://news.b.example'], { kind: 'opaque-redirect' }],
    ['blocked (403)', 'https://news.b.example/forbidden', ['https://news.b.example'], { kind: 'http-status', status: 403, problem: 'blocked' }],
    ['not found (404)', 'https://news.b.example/gone', ['https://news.b.example'], { kind: 'http-status', status: 404, problem: 'not-found' }],
    ['a server error (503)', 'https://news.b.example/broken', ['https://news.b.example'], { kind: 'http-status', status: 503, problem: 'server-error' }],
    ['too slow (20 s)', 'https://news.b.example/slow', ['https://news.b.example'], { kind: 'timeout', ms: 20_000 }],
    ['too large (over 5 MB while streaming)', 'https://news.b.example/huge', ['https://news.b.example'], { kind: 'too-large', maxBytes: 5 * 1024 * 1024 }],
    ['not a web page', 'https://news.b.example/report.json', ['https://news.b.example'], { kind: 'not-a-page' }],
    ['a home page of links: not an article', 'https://news.b.example/', ['https://news.b.example'], { kind: 'not-an-article' }],
    ['a paywalled teaser', 'https://news.b.example/subscribers', ['https://news.b.example'], { kind: 'paywall' }],
    ['a consent wall', 'https://news.b.example/consent', ['https://news.b.example'], { kind: 'consent-wall' }],
    ['an unreachable site', 'https://down.b.example/a', ['https://down.b.example'], { kind: 'network' }],
  ])('%s', async (_case, url, granted, problem) => {
    const { fake, read } = setup(granted);
    const result = await read(url);
    expect(result).toMatchObject({ ok: false, problem });
    if (!granted.length) expect(fake.calls).toEqual([]);
    // Never a request to a site the reader did not allow.
    expect(fake.calls.every((c) => granted.includes(new URL(c.url).origin))).toBe(true);
  });
});
