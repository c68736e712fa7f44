import { describe, expect, it } from 'vitest';
import { createHostQueue } from '../../../lib/feeds/create-host-queue';
import { fetchText } from '../../../lib/feeds/fetch-text';
import type { FetchDeps, FetchResult } from '../../../lib/feeds/types';
import { createFakeClock, createFakeFetch, type Route } from './helpers';

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>';
const HTML = '<!doctype html><html><body><p>page</p></body></html>';
const GRANTED = new Set(['https://feeds.a.example', 'https://www.a.example', 'http://old.a.example']);

function setup(routes: Record<string, Route>, overrides: Partial<FetchDeps> = {}) {
  const clock = createFakeClock(0);
  const fake = createFakeFetch(routes, clock);
  const deps: FetchDeps = {
    fetch: fake.fetch,
    isGranted: (origin) => GRANTED.has(origin),
    queue: createHostQueue({ sleep: clock.sleep, now: clock.now, delayMs: 1_000 }),
    sleep: clock.sleep,
    ...overrides,
  };
  return { clock, fake, deps };
}

const rss = (extra: Partial<Route> = {}): Route => ({ headers: { 'content-type': 'application/rss+xml' }, body: RSS, ...extra });

describe('fetchText: the request itself', () => {
  it('GET, no credentials, no Referer, manual redirects, no cache, an Accept for feeds', async () => {
    const { clock, fake, deps } = setup({ 'https://feeds.a.example/rss': rss() });
    const result = await clock.run(fetchText('https://feeds.a.example/rss', deps));
    expect(result).toMatchObject({ kind: 'ok', text: RSS, finalUrl: 'https://feeds.a.example/rss' });
    const init = fake.calls[0]?.init;
    expect(init).toMatchObject({ method: 'GET', credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'manual', cache: 'no-store' });
    expect(init?.headers.Accept).toMatch(/^application\/rss\+xml/);
    expect(Object.keys(init?.headers ?? {})).toEqual(['Accept']);
  });

  it('asks for HTML when fetching a page', async () => {
    const { clock, fake, deps } = setup({ 'https://www.a.example/story': { headers: { 'content-type': 'text/html' }, body: HTML } });
    await clock.run(fetchText('https://www.a.example/story', deps, 'page'));
    expect(fake.calls[0]?.init.headers.Accept).toMatch(/^text\/html/);
  });
});

describe('fetchText: every outcome is a typed result', () => {
  it.each<[string, Record<string, Route>, string, 'feed' | 'page', Partial<FetchResult>, number]>([
    ['ok', { 'https://feeds.a.example/rss': rss() }, 'https://feeds.a.example/rss', 'feed', { kind: 'ok' }, 1],
    ['an ungranted origin: nothing requested', { 'https://evil.example/rss': rss() }, 'https://evil.example/rss', 'feed', { kind: 'not-granted', origin: 'https://evil.example' }, 0],
    ['http and https are different origins', { 'http://feeds.a.example/rss': rss() }, 'http://feeds.a.example/rss', 'feed', { kind: 'not-granted' }, 0],
    ['a redirect to a granted origin is followed',
      { 'https://feeds.a.example/old': { status: 301, headers: { location: 'https://www.a.example/new' } }, 'https://www.a.example/new': rss() },
      'https://feeds.a.example/old', 'feed', { kind: 'ok', url: 'https://feeds.a.example/old', finalUrl: 'https://www.a.example/new' }, 2],
    ['a relative Location', { 'https://feeds.a.example/old': { status: 302, headers: { location: '/new' } }, 'https://feeds.a.example/new': rss() },
      'https://feeds.a.example/old', 'feed', { kind: 'ok', finalUrl: 'https://feeds.a.example/new' }, 2],
    ['a redirect to an ungranted origin is not requested', { 'https://feeds.a.example/rss': { status: 301, headers: { location: 'https://tracker.example/rss' } }, 'https://tracker.example/rss': rss() },
      'https://feeds.a.example/rss', 'feed', { kind: 'redirected-elsewhere', location: 'https://tracker.example/rss', origin: 'https://tracker.example' }, 1],
    ['a redirect from https down to http of an ungranted origin', { 'https://feeds.a.example/rss': { status: 301, headers: { location: 'http://feeds.a.example/rss' } } },
      'https://feeds.a.example/rss', 'feed', { kind: 'redirected-elsewhere', origin: 'http://feeds.a.example' }, 1],
    ['a redirect to a javascript: URL', { 'https://feeds.a.example/rss': { status: 302, headers: { location: 'javascript:alert(1)' } } }, 'https://feeds.a.example/rss', 'feed', { kind: 'http-status', status: 302, problem: 'other' }, 1],
    ['a redirect loop', { 'https://feeds.a.example/a': { status: 302, headers: { location: '/b' } }, 'https://feeds.a.example/b': { status: 302, headers: { location: '/a' } } },
      'https://feeds.a.example/a', 'feed', { kind: 'too-many-redirects' }, 6],
    ['an opaque redirect (a browser under redirect: manual)', { 'https://feeds.a.example/rss': { status: 0, type: 'opaqueredirect' } }, 'https://feeds.a.example/rss', 'feed', { kind: 'opaque-redirect' }, 1],
    ['a 3xx without Location', { 'https://feeds.a.example/rss': { status: 301 } }, 'https://feeds.a.example/rss', 'feed', { kind: 'http-status', status: 301, problem: 'other' }, 1],
    ['403 is blocked', { 'https://feeds.a.example/rss': { status: 403, body: 'Forbidden' } }, 'https://feeds.a.example/rss', 'feed', { kind: 'http-status', status: 403, problem: 'blocked' }, 1],
    ['401 is blocked', { 'https://feeds.a.example/rss': { status: 401 } }, 'https://feeds.a.example/rss', 'feed', { kind: 'http-status', problem: 'blocked' }, 1],
    ['404 is not found', { 'https://feeds.a.example/rss': { status: 404 } }, 'https://feeds.a.example/rss', 'feed', { kind: 'http-status', status: 404, problem: 'not-found' }, 1],
    ['410 is not found', { 'https://feeds.a.example/rss': { status: 410 } }, 'https://feeds.a.example/rss', 'feed', { kind: 'http-status', problem: 'not-found' }, 1],
    ['429 is rate-limited', { 'https://feeds.a.example/rss': { status: 429 } }, 'https://feeds.a.example/rss', 'feed', { kind: 'http-status', problem: 'rate-limited' }, 1],
    ['503 is a server error', { 'https://feeds.a.example/rss': { status: 503 } }, 'https://feeds.a.example/rss', 'feed', { kind: 'http-status', status: 503, problem: 'server-error' }, 1],
    ['418 is another HTTP error', { 'https://feeds.a.example/rss': { status: 418 } }, 'https://feeds.a.example/rss', 'feed', { kind: 'http-status', problem: 'other' }, 1],
    ['an HTML page where a feed was expected', { 'https://feeds.a.example/rss': { headers: { 'content-type': 'text/html' }, body: HTML } }, 'https://feeds.a.example/rss', 'feed', { kind: 'not-a-feed', contentType: 'text/html' }, 1],
    ['plain text where a feed was expected', { 'https://feeds.a.example/rss': { headers: { 'content-type': 'text/plain' }, body: 'not xml at all' } }, 'https://feeds.a.example/rss', 'feed', { kind: 'not-a-feed' }, 1],
    ['a PDF where a page was expected', { 'https://www.a.example/doc': { headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.7' } }, 'https://www.a.example/doc', 'page', { kind: 'not-a-page' }, 1],
    ['a declared length over the cap: the body is not read', { 'https://feeds.a.example/rss': { headers: { 'content-length': String(50 * 1024 * 1024) }, body: RSS } }, 'https://feeds.a.example/rss', 'feed', { kind: 'too-large' }, 1],
    ['a connection refused', {}, 'https://feeds.a.example/rss', 'feed', { kind: 'network' }, 1],
    ['not a web address', {}, 'ftp://feeds.a.example/rss', 'feed', { kind: 'bad-url' }, 0],
    ['not a URL at all', {}, 'feeds.a.example/rss', 'feed', { kind: 'bad-url' }, 0],
    ['credentials in the URL', {}, 'https://user:pw@feeds.a.example/rss', 'feed', { kind: 'bad-url' }, 0],
  ])('%s', async (_name, routes, url, expect_, expected, requests) => {
    const { clock, fake, deps } = setup(routes);
    const result = await clock.run(fetchText(url, deps, expect_));
    expect(result).toMatchObject({ url, ...expected });
    expect(fake.calls.length).toBe(requests);
  });
});

describe('fetchText: a redirect the browser hides (opaque), with the target the extension saw', () => {
  const OPAQUE: Route = { status: 0, type: 'opaqueredirect' };
  it.each<[string, Record<string, Route>, string | undefined, Partial<FetchResult>, string[]]>([
    ['seen, to a granted origin: followed', { 'http://old.a.example/rss': OPAQUE, 'https://feeds.a.example/rss': rss() }, 'https://feeds.a.example/rss',
      { kind: 'ok', finalUrl: 'https://feeds.a.example/rss' }, ['http://old.a.example/rss', 'https://feeds.a.example/rss']],
    ['seen, relative: resolved against the request', { 'https://feeds.a.example/old': OPAQUE, 'https://feeds.a.example/new': rss() }, '/new',
      { kind: 'ok', finalUrl: 'https://feeds.a.example/new' }, ['https://feeds.a.example/old', 'https://feeds.a.example/new']],
    ['seen, to an ungranted origin: not requested', { 'https://feeds.a.example/rss': OPAQUE, 'https://tracker.example/rss': rss() }, 'https://tracker.example/rss',
      { kind: 'redirected-elsewhere', location: 'https://tracker.example/rss', origin: 'https://tracker.example' }, ['https://feeds.a.example/rss']],
    ['seen, to a javascript: URL: not followed', { 'https://feeds.a.example/rss': OPAQUE }, 'javascript:alert(1)', { kind: 'opaque-redirect' }, ['https://feeds.a.example/rss']],
    ['not seen (no webRequest access): not followed', { 'https://feeds.a.example/rss': OPAQUE }, undefined, { kind: 'opaque-redirect' }, ['https://feeds.a.example/rss']],
  ])('%s', async (_name, routes, seen, expected, requested) => {
    const asked: string[] = [];
    const { clock, fake, deps } = setup(routes, { hiddenRedirect: async (url) => (asked.push(url), seen) });
    const start = Object.keys(routes)[0] as string;
    expect(await clock.run(fetchText(start, deps))).toMatchObject({ url: start, ...expected });
    expect(fake.calls.map((c) => c.url)).toEqual(requested);
    expect(asked).toEqual([start]);
  });
});

describe('fetchText: time and size limits', () => {
  it('times out after 20 s of virtual time', async () => {
    const { clock, deps } = setup({ 'https://feeds.a.example/rss': rss({ delayMs: 60_000 }) });
    const result = await clock.run(fetchText('https://feeds.a.example/rss', deps));
    expect(result).toEqual({ kind: 'timeout', url: 'https://feeds.a.example/rss', ms: 20_000 });
    expect(clock.now()).toBe(20_000);
  });

  it('a response just under the timeout is fine', async () => {
    const { clock, deps } = setup({ 'https://feeds.a.example/rss': rss({ delayMs: 19_999 }) });
    expect(await clock.run(fetchText('https://feeds.a.example/rss', deps))).toMatchObject({ kind: 'ok' });
  });

  it('the timeout is a rule the caller may change', async () => {
    const { clock, deps } = setup({ 'https://feeds.a.example/rss': rss({ delayMs: 3_000 }) }, { rules: { timeoutMs: 2_000 } });
    expect(await clock.run(fetchText('https://feeds.a.example/rss', deps))).toMatchObject({ kind: 'timeout', ms: 2_000 });
  });

  it('an endless body stops at the 5 MB cap while streaming', async () => {
    const { clock, fake, deps } = setup({ 'https://feeds.a.example/rss': { headers: { 'content-type': 'application/rss+xml' }, endlessChunkBytes: 64 * 1024 } });
    const result = await clock.run(fetchText('https://feeds.a.example/rss', deps));
    expect(result).toMatchObject({ kind: 'too-large', maxBytes: 5 * 1024 * 1024 });
    expect(fake.pulled.bytes).toBeLessThanOrEqual(5 * 1024 * 1024 + 2 * 64 * 1024);
  });

  it('a body just at the cap is read', async () => {
    const body = `<rss version="2.0"><channel><title>${'x'.repeat(1000)}</title></channel></rss>`;
    const { clock, deps } = setup({ 'https://feeds.a.example/rss': { body } }, { rules: { maxBytes: body.length } });
    expect(await clock.run(fetchText('https://feeds.a.example/rss', deps))).toMatchObject({ kind: 'ok' });
  });
});

describe('fetchText: cancelling and permissions', () => {
  it('a cancelled run requests nothing', async () => {
    const { clock, fake, deps } = setup({ 'https://feeds.a.example/rss': rss() }, { signal: AbortSignal.abort() });
    expect(await clock.run(fetchText('https://feeds.a.example/rss', deps))).toMatchObject({ kind: 'cancelled' });
    expect(fake.calls.length).toBe(0);
  });

  it('cancelling during a slow response gives cancelled, not a timeout', async () => {
    const controller = new AbortController();
    const { clock, deps } = setup({ 'https://feeds.a.example/rss': rss({ delayMs: 10_000 }) }, { signal: controller.signal });
    const slowFetch = deps.fetch;
    // The reader cancels once the request is under way.
    deps.fetch = (url, init) => {
      const response = slowFetch(url, init);
      controller.abort();
      return response;
    };
    expect(await clock.run(fetchText('https://feeds.a.example/rss', deps))).toMatchObject({ kind: 'cancelled' });
    expect(clock.now()).toBe(0);
  });

  it('a permission check that throws counts as not granted', async () => {
    const { clock, fake, deps } = setup({ 'https://feeds.a.example/rss': rss() }, { isGranted: () => Promise.reject(new Error('no permissions API')) });
    expect(await clock.run(fetchText('https://feeds.a.example/rss', deps))).toMatchObject({ kind: 'not-granted' });
    expect(fake.calls.length).toBe(0);
  });

  it('two requests to one host: the second starts 1 s after the first ends', async () => {
    const { clock, fake, deps } = setup({ 'https://feeds.a.example/1': rss({ delayMs: 500 }), 'https://feeds.a.example/2': rss({ delayMs: 500 }) });
    await clock.run(Promise.all([fetchText('https://feeds.a.example/1', deps), fetchText('https://feeds.a.example/2', deps)]));
    expect(fake.calls.map((c) => [c.at, c.end])).toEqual([
      [0, 500],
      [1_500, 2_000],
    ]);
  });
});
