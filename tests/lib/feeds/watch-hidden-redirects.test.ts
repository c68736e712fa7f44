import { describe, expect, it } from 'vitest';
import { createHostQueue } from '../../../lib/feeds/create-host-queue';
import { fetchText } from '../../../lib/feeds/fetch-text';
import type { FetchInit, FetchLike, FetchResponse } from '../../../lib/feeds/types';
import { watchHiddenRedirects, type OnRedirect } from '../../../lib/feeds/watch-hidden-redirects';
import { createFakeClock } from './helpers';

const INIT = {} as FetchInit;
const opaque: FetchResponse = { status: 0, type: 'opaqueredirect', headers: { get: () => null }, body: null };
const ok: FetchResponse = { status: 200, type: 'basic', headers: { get: (n) => (n === 'content-type' ? 'application/rss+xml' : null) }, body: new Response('<rss version="2.0"><channel><title>x</title></channel></rss>').body };

/** A browser whose webRequest reports redirects to whoever listens; `report` says when (before or after the fetch answers). */
function setup(options: { report?: 'before' | 'after' | 'never' | 'other-url'; permission?: boolean } = {}) {
  const { report = 'before', permission = true } = options;
  const clock = createFakeClock(0);
  const listeners = new Set<OnRedirect>();
  const log: string[] = [];
  const fire = (url: string, location: string) => listeners.forEach((l) => l(url, location));
  const fetch: FetchLike = async (url) => {
    log.push(`fetch ${url}`);
    if (!url.includes('/old')) return ok;
    const requested = url.replace(/#.*$/, '');
    if (report === 'before') fire(requested, 'https://new.example/rss');
    if (report === 'other-url') fire('https://elsewhere.example/old', 'https://new.example/rss');
    if (report === 'after') void clock.sleep(300).then(() => fire(requested, 'https://new.example/rss'));
    return opaque;
  };
  const listen = (onRedirect: OnRedirect) => {
    if (!permission) return undefined;
    log.push('listen');
    listeners.add(onRedirect);
    return () => {
      log.push('unlisten');
      listeners.delete(onRedirect);
    };
  };
  const watch = watchHiddenRedirects({ fetch, listen, sleep: clock.sleep, waitMs: 1_000 });
  return { clock, watch, log, listeners };
}

describe('watchHiddenRedirects', () => {
  it.each<[string, Parameters<typeof setup>[0], string | undefined, number]>([
    ['the browser reports before the fetch answers', { report: 'before' }, 'https://new.example/rss', 0],
    ['the browser reports after the fetch answers (they race)', { report: 'after' }, 'https://new.example/rss', 300],
    ['the browser never reports: gives up after the wait', { report: 'never' }, undefined, 1_000],
    ['a report for a URL we are not fetching is ignored', { report: 'other-url' }, undefined, 1_000],
    ['no webRequest permission: unknown at once, no wait', { permission: false }, undefined, 0],
  ])('%s', async (_name, options, expected, waited) => {
    const { clock, watch, listeners } = setup(options);
    const response = await clock.run(watch.fetch('https://a.example/old', INIT));
    expect(response.type).toBe('opaqueredirect');
    expect(await clock.run(watch.hiddenRedirect!('https://a.example/old'))).toBe(expected);
    expect(clock.now()).toBe(waited);
    // Nothing stays subscribed once the request is done.
    expect(listeners.size).toBe(0);
  });

  it('listens only while one of our requests is in flight', async () => {
    const { clock, watch, log } = setup();
    await clock.run(watch.fetch('https://a.example/story', INIT));
    await clock.run(watch.fetch('https://a.example/old', INIT));
    await clock.run(watch.hiddenRedirect!('https://a.example/old'));
    expect(log).toEqual(['listen', 'fetch https://a.example/story', 'unlisten', 'listen', 'fetch https://a.example/old', 'unlisten']);
  });

  it('a fragment does not hide the report (requests go out without it)', async () => {
    const { clock, watch } = setup();
    await clock.run(watch.fetch('https://a.example/old#top', INIT));
    expect(await clock.run(watch.hiddenRedirect!('https://a.example/old#top'))).toBe('https://new.example/rss');
  });

  it('a URL that was never fetched has no hidden redirect', async () => {
    const { clock, watch } = setup();
    expect(await clock.run(watch.hiddenRedirect!('https://a.example/old'))).toBeUndefined();
    expect(clock.now()).toBe(0);
  });

  it('with fetchText: the seen target is checked against the granted origins and followed', async () => {
    const { clock, watch, log } = setup();
    const deps = { ...watch, isGranted: (o: string) => o === 'https://a.example' || o === 'https://new.example', queue: createHostQueue({ sleep: clock.sleep, now: clock.now, delayMs: 0 }), sleep: clock.sleep };
    expect(await clock.run(fetchText('https://a.example/old', deps))).toMatchObject({ kind: 'ok', finalUrl: 'https://new.example/rss' });
    expect(log.filter((l) => l.startsWith('fetch'))).toEqual(['fetch https://a.example/old', 'fetch https://new.example/rss']);
  });
});
