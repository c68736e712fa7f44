/**
 * Feeds in Firefox, end to end, with the build as shipped: the local feed server (127.0.0.1,
 * tests/feeds/feed-server.ts) and a host that answers 403. Subscribing on the options page (an address,
 * and an OPML file) asks for the feeds' sites in the click: real BiDi clicks are user gestures, and the
 * profile answers permission prompts with yes (extensions.webextOptionalPermissionPrompts=false), so the
 * real permissions.request runs, where Chromium's test needs a copy of the build holding 127.0.0.1 at
 * install. Then Refresh now in the background page (its DOMParser reads the article pages: the Firefox
 * build has no linkedom), the statuses in words, and the popup on another outlet's article finding a
 * feed's report of the story, naming the feed and its date, and comparing.
 *
 * Where Firefox differs: a redirect's target stays hidden (no webRequest report of our own requests), so a
 * redirected feed is said to be redirected, not followed; it holds `alarms` from install (it takes it only so; README, "Permissions"), so
 * the first subscription sets the 30-minute alarm without asking for it; and clicks inside the popup are
 * DOM clicks (its panel is no BiDi context). Not driven: the alarm firing (30 minutes; Refresh now runs the
 * same refreshFeeds, and the unit tests of feed-schedule cover the alarm's wiring).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportOpml } from '../../../lib/feeds/export-opml';
import { startFeedServer, type FeedServer } from '../../feeds/feed-server';
import { manifestPage } from '../built-extension';
import { byTestId } from '../dom-contract';
import { OSTRIN_PATH, ostrinPage, startForbiddenFeed, type ForbiddenFeed } from '../feed-story';
import { FirefoxSession, waitForPopupState } from '../firefox-harness';

declare const browser: { alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined> } };

const textOf = (page: Page, selector: string) => page.$eval(selector, (e) => (e as HTMLElement).innerText).catch(() => '');

describe('feeds in Firefox (the build as shipped: the sites asked for in the click)', () => {
  let session: FirefoxSession;
  let feeds: FeedServer;
  let forbidden: ForbiddenFeed;
  let options: Page;
  /** Where the OPML file to import is written. */
  let files: string;

  beforeAll(async () => {
    files = mkdtempSync(join(tmpdir(), 'outlet-diff-firefox-opml-'));
    feeds = await startFeedServer();
    forbidden = await startForbiddenFeed();
    session = await FirefoxSession.launch({ routes: { [OSTRIN_PATH]: { type: 'text/html; charset=utf-8', body: () => ostrinPage(session.server.origin) } } });
    options = await session.open(session.extensionUrl(manifestPage(session.manifest, 'options')));
    await options.waitForSelector(byTestId('feedAddress'), { timeout: 15_000 });
  });
  afterAll(async () => {
    await session?.close();
    await feeds?.close();
    forbidden?.close();
    if (files) rmSync(files, { recursive: true, force: true });
  });

  const rowCount = () => options.$$eval(byTestId('feedRow'), (els) => els.length);
  const statusOf = (url: string) => textOf(options, `${byTestId('feedRow')}[data-feed-url="${url}"] ${byTestId('feedStatus')}`);

  it('subscribes to a feed by its address on the options page (its site asked for in the click), and sets the refresh alarm', async () => {
    await options.type(byTestId('feedAddress'), feeds.feeds['valdera-rss-full']);
    await options.click(byTestId('feedAdd'));
    await expect.poll(rowCount, { timeout: 20_000 }).toBe(1);
    await expect.poll(() => textOf(options, byTestId('feedsStatus')), { timeout: 10_000 }).toBe('New feeds subscribed: 1.');
    // alarms is held from install in Firefox: the background sets the alarm as the subscriptions change.
    await expect.poll(() => options.evaluate(() => browser.alarms.get('refresh-feeds').then((a) => a?.periodInMinutes ?? null)), { timeout: 10_000 }).toBe(30);
  });

  it('subscribes to the feeds of an OPML file (every feed site asked for in the click)', async () => {
    const opml = join(files, 'feeds.opml');
    writeFileSync(
      opml,
      exportOpml([
        { feedUrl: feeds.feeds['meridian-rss-summary'], title: 'Meridian Post' },
        { feedUrl: feeds.feeds.broken, title: 'Broken' },
        { feedUrl: forbidden.url, title: 'Forbidden' },
        { feedUrl: feeds.feeds.redirect, title: 'Moved' },
      ]),
    );
    const input = (await options.$(byTestId('opmlImport'))) as ElementHandle<HTMLInputElement> | null;
    if (!input) throw new Error('the options page has no OPML import control');
    // BiDi input.setFiles, as the file chooser would.
    await input.uploadFile(opml);
    await options.waitForSelector(byTestId('opmlSubscribe'), { timeout: 10_000 });
    await options.click(byTestId('opmlSubscribe'));
    await expect.poll(rowCount, { timeout: 20_000 }).toBe(5);
  });

  it('Refresh now reads every feed in the background page and says how each went, in words', async () => {
    await options.click(byTestId('feedsRefresh'));
    await expect.poll(() => statusOf(forbidden.url), { timeout: 90_000 }).toMatch(/^blocked \(403\), read /);
    await expect.poll(() => statusOf(feeds.feeds.broken), { timeout: 90_000 }).toMatch(/^not a feed, read /);
    await expect.poll(() => statusOf(feeds.feeds['valdera-rss-full']), { timeout: 90_000 }).toMatch(/^[1-9]\d* new articles?/);
    // The summary-only feed's articles are pages the background fetched and parsed with its DOMParser.
    await expect.poll(() => statusOf(feeds.feeds['meridian-rss-summary']), { timeout: 90_000 }).toMatch(/^[1-9]\d* new articles?/);
    expect(feeds.requests.filter((r) => r.path.startsWith('/meridian-post/')).length).toBeGreaterThan(0);
    // Where Firefox differs: it hides a redirect's target from fetch and does not report an extension's own
    // requests to webRequest (Chromium's test follows this redirect), so the redirect is said, not followed.
    await expect.poll(() => statusOf(feeds.feeds.redirect), { timeout: 90_000 }).toMatch(/^redirected \(the browser does not say where\), read /);
    expect(feeds.requests.filter((r) => r.path === '/moved/feed.xml')).toEqual([]);
    // Only GETs, without cookies or a Referer.
    expect(feeds.requests.every((r) => r.method === 'GET' && !r.headers.cookie && !r.headers.referer)).toBe(true);
    await session.screenshot(options, 'firefox-options-feeds');
  });

  it("the popup on another outlet's article lists a feed's report of the story, names the feed and its date, and compares", async () => {
    const page = await session.open(OSTRIN_PATH);
    const popup = await session.openPopupFor(page);
    await waitForPopupState(popup, ['ready']);
    const feedMatch = `${byTestId('match')}[data-decision="same-story"]`;
    // The first same-story match that came from a feed: its id, and what its origin line says.
    const found = (await popup.waitFor(
      (s: string, o: string) => {
        const match = [...document.querySelectorAll(s)].find((m) => m.querySelector(o)?.getAttribute('data-source') === 'feed');
        return match ? { id: match.getAttribute('data-article-id') ?? '', text: (match as HTMLElement).innerText, origin: (match.querySelector(o) as HTMLElement).innerText } : null;
      },
      10_000,
      feedMatch,
      byTestId('matchOrigin'),
    ))!;
    expect(found.text).toMatch(/Valdera Courier|Meridian Post/);
    expect(found.origin).toMatch(/^From the feed (Valdera Courier|Meridian Post), published .*2026/);
    // Compare with it (a DOM click: Firefox cannot send trusted input into the popup panel).
    await popup.click(`${byTestId('match')}[data-article-id="${found.id}"]`);
    await popup.waitFor((s: string, id: string) => document.querySelector(`${s}[data-article-id="${id}"]`)?.getAttribute('aria-pressed') === 'true', 10_000, byTestId('match'), found.id);
    const groups = await popup.waitFor((s: string) => document.querySelectorAll(s).length, 15_000, byTestId('group'));
    expect(groups).toBeGreaterThan(0);
    await session.screenshot(popup, 'firefox-popup-feed-match');
    await popup.close();
    await page.close();
  });

  it('no request left 127.0.0.1 and the extension logged no error', () => {
    expect(session.offHostRequests()).toEqual([]);
    expect(session.extensionErrors()).toEqual([]);
  });
});
