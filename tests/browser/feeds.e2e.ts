/**
 * Feeds in Chromium, end to end: the local feed server (127.0.0.1, tests/feeds/feed-server.ts) and a host
 * that answers 403. The build is a copy granting access to 127.0.0.1, `alarms` and `webRequest` at install
 * (grantedBuild: a headless browser cannot answer a permission prompt; permissions.request then resolves
 * at once). Subscribing on the options page (an address, and an OPML file), Refresh now in the service
 * worker, the statuses in words, then the popup on another outlet's article finding the feeds' reports.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportOpml } from '../../lib/feeds/export-opml';
import { startFeedServer, type FeedServer } from '../feeds/feed-server';
import { OSTRIN_PATH, ostrinPage, startForbiddenFeed, type ForbiddenFeed } from './feed-story';
import { grantedBuild } from './granted-build';
import type { ExtensionSession as Session } from './harness';

const copy = grantedBuild(join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3'), { hosts: ['http://127.0.0.1/*'], permissions: ['alarms', 'webRequest'] });
process.env.OD_EXTENSION_DIR = copy.dir;
// Imported after OD_EXTENSION_DIR is set: the harness reads it when it loads.
const { ExtensionSession, byTestId, waitForPopupState } = await import('./harness');

describe('feeds (access to 127.0.0.1 granted)', () => {
  let session: Session;
  let feeds: FeedServer;
  let forbidden: ForbiddenFeed;
  let forbiddenUrl = '';
  let options: Page;

  beforeAll(async () => {
    feeds = await startFeedServer();
    forbidden = await startForbiddenFeed();
    forbiddenUrl = forbidden.url;
    session = await ExtensionSession.launch({ routes: { [OSTRIN_PATH]: { type: 'text/html; charset=utf-8', body: () => ostrinPage(session.server.origin) } } });
    options = await session.open(session.extensionUrl('options.html'));
  });
  afterAll(async () => {
    await session?.close();
    await feeds?.close();
    forbidden?.close();
    copy.remove();
  });

  const rows = () => options.locator(byTestId('feedRow'));
  const statusOf = (url: string) => options.locator(`${byTestId('feedRow')}[data-feed-url="${url}"] ${byTestId('feedStatus')}`).first();

  it('subscribes to a feed by its address on the options page', async () => {
    await options.locator(byTestId('feedAddress')).fill(feeds.feeds['valdera-rss-full']);
    await options.locator(byTestId('feedAdd')).click();
    await expect.poll(() => rows().count(), { timeout: 20_000 }).toBe(1);
    await expect(options.locator(byTestId('feedsStatus')).innerText()).resolves.toBe('New feeds subscribed: 1.');
  });

  it('subscribes to the feeds of an OPML file', async () => {
    const opml = exportOpml([
      { feedUrl: feeds.feeds['meridian-rss-summary'], title: 'Meridian Post' },
      { feedUrl: feeds.feeds.broken, title: 'Broken' },
      { feedUrl: forbiddenUrl, title: 'Forbidden' },
      { feedUrl: feeds.feeds.redirect, title: 'Meridian Post' },
      { feedUrl: feeds.redirectAway, title: 'Moved away' },
    ]);
    await options.locator(byTestId('opmlImport')).setInputFiles({ name: 'feeds.opml', mimeType: 'text/x-opml', buffer: Buffer.from(opml) });
    await options.locator(byTestId('opmlSubscribe')).click();
    await expect.poll(() => rows().count(), { timeout: 20_000 }).toBe(6);
  });

  it('Refresh now reads every feed in the background and says how each went, in words', async () => {
    await options.locator(byTestId('feedsRefresh')).click();
    await expect.poll(() => statusOf(forbiddenUrl).innerText(), { timeout: 90_000 }).toMatch(/^blocked \(403\), read /);
    await expect.poll(() => statusOf(feeds.feeds.broken).innerText(), { timeout: 90_000 }).toMatch(/^not a feed, read /);
    await expect.poll(() => statusOf(feeds.feeds['valdera-rss-full']).innerText(), { timeout: 90_000 }).toMatch(/^\d+ new articles?/);
    await expect.poll(() => statusOf(feeds.feeds['meridian-rss-summary']).innerText(), { timeout: 90_000 }).toMatch(/new article/);
    expect(await statusOf(feeds.feeds['valdera-rss-full']).innerText()).not.toMatch(/^0 new/);
    // Redirects: the browser hides their target from fetch; webRequest shows it, and it is checked first.
    // To a granted site (127.0.0.1, another port): followed. To one never granted (localhost): not requested.
    await expect.poll(() => statusOf(feeds.feeds.redirect).innerText(), { timeout: 90_000 }).toMatch(/^\d+ new articles?/);
    await expect.poll(() => statusOf(feeds.redirectAway).innerText(), { timeout: 90_000 }).toMatch(/^redirected to a site not allowed/);
    expect(feeds.requests.filter((r) => r.path === '/moved/feed.xml').map((r) => r.origin)).toEqual([feeds.otherOrigin]);
    // Only GETs, without cookies or a Referer.
    expect(feeds.requests.every((r) => r.method === 'GET' && !r.headers.cookie && !r.headers.referer)).toBe(true);
    await session.screenshot(options, 'options-feeds');
  }, 180_000);

  it("the popup on another outlet's article lists the feeds' report of the story, says it came from a feed, and compares", async () => {
    const page = await session.open(OSTRIN_PATH);
    const popup = await session.openPopupFor(page);
    await waitForPopupState(popup, ['ready']);
    const match = popup.locator(byTestId('match')).filter({ hasText: /Valdera Courier|Meridian Post/ }).first();
    await expect(match.getAttribute('data-decision')).resolves.toBe('same-story');
    await expect.poll(() => match.locator(byTestId('matchOrigin')).getAttribute('data-source'), { timeout: 10_000 }).toBe('feed');
    await session.screenshot(popup, 'popup-feed-match');
    await popup.close();
    await page.close();
  });

  it('Stop ends a refresh under way: the run says it was stopped, and the feeds not read keep their last status', async () => {
    // The slow feed (3 s before it answers) keeps the run going long enough to stop it.
    await options.locator(byTestId('feedAddress')).fill(feeds.feeds.slow);
    await options.locator(byTestId('feedAdd')).click();
    await expect.poll(() => rows().count(), { timeout: 30_000 }).toBe(7);
    const before = await statusOf(forbiddenUrl).innerText();
    await options.locator(byTestId('feedsRefresh')).click();
    await options.locator(byTestId('feedsCancel')).click({ timeout: 20_000 });
    await expect.poll(() => options.locator(byTestId('feedsCancelled')).innerText(), { timeout: 30_000 }).toMatch(/^Stopped: \d of 7 feeds read\. What was read is kept/);
    await expect(options.locator(byTestId('feedsCancel')).count()).resolves.toBe(0);
    expect((await statusOf(forbiddenUrl).innerText()).startsWith('blocked (403), read ')).toBe(true);
    expect(before.startsWith('blocked (403), read ')).toBe(true);
  }, 90_000);

  it('no request left 127.0.0.1', () => {
    expect(session.offHostRequests()).toEqual([]);
  });
});
