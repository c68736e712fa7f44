/**
 * Feeds in Chromium, end to end: the local feed server (127.0.0.1, tests/feeds/feed-server.ts) and a host
 * that answers 403. The build is a copy granting access to 127.0.0.1, `alarms` and `webRequest` at install
 * (grantedBuild: a headless browser cannot answer a permission prompt; permissions.request then resolves
 * at once). Subscribing on the options page (addresses, and an OPML file), Refresh now in the service
 * worker, the statuses in words for every kind of feed the feed server has (RSS full text and summaries,
 * Atom, RDF, broken, huge, not XML, an entity bomb, slow, redirected, forbidden), then the popup on
 * another outlet's article finding the feeds' reports.
 *
 * The copy's 20 s timeout is cut to TIMEOUT_MS (setBuiltNetworkRules rewrites the bundled rules literal:
 * the shipped code has no knob for it, and gets none for a test), so the slow feed times out in seconds.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportOpml } from '../../lib/feeds/export-opml';
import { startFeedServer, type FeedServer } from '../feeds/feed-server';
import { OSTRIN_PATH, ostrinPage, startForbiddenFeed, type ForbiddenFeed } from './feed-story';
import { setBuiltNetworkRules } from './built-network-rules';
import { grantedBuild } from './granted-build';
import type { ExtensionSession as Session } from './harness';

const copy = grantedBuild(join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3'), { hosts: ['http://127.0.0.1/*'], permissions: ['alarms', 'webRequest'] });
// Long enough for any local answer on a busy machine (the huge feed's 5 MB included), far shorter than the slow feed's wait.
const TIMEOUT_MS = 3_000;
const SLOW_MS = 10_000;
/** Rows after the addresses (4 feeds kept, 2 refused) and the OPML list (8). */
const SUBSCRIBED = 12;
setBuiltNetworkRules(copy.dir, { timeoutMs: TIMEOUT_MS });
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
    feeds = await startFeedServer({ slowMs: SLOW_MS });
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
  const rowOf = (url: string) => options.locator(`${byTestId('feedRow')}[data-feed-url="${url}"]`).first();
  const statusOf = (url: string) => rowOf(url).locator(byTestId('feedStatus'));
  /** New plus already kept, from a status such as "1 new article; 2 already kept, read …"; NaN for anything else. */
  const itemsRead = (status: string) => {
    const [, fresh, kept] = /^(\d+) new articles?(?:; (\d+) already kept)?, read /.exec(status) ?? [];
    return fresh === undefined ? NaN : Number(fresh) + Number(kept ?? 0);
  };

  // Each address is read before it is kept: a feed is subscribed under its own title; what is not a
  // feed is refused with the reason in words. The bomb's title stays the unexpanded entity, shown as text.
  it.each([
    ['valdera-rss-full', 'RSS 2.0, full text', 'Valdera Courier', /^New feeds subscribed: 1\.$/],
    ['northgate-atom', 'Atom', 'Northgate Herald', /^New feeds subscribed: 1\.$/],
    ['harbour-rdf', 'RSS 1.0 (RDF)', 'Harbour Times', /^New feeds subscribed: 1\.$/],
    ['entity-bomb', 'a billion-laughs feed', '&lol9;', /^New feeds subscribed: 1\.$/],
    ['huge', 'over the 5 MB cap', undefined, /: too large$/],
    ['not-xml', 'an HTML page', undefined, /: not a feed, and the page links no feed$/],
  ] as const)('subscribing by its address to %s (%s)', async (name, _what, title, said) => {
    const before = await rows().count();
    const url = feeds.feeds[name];
    await options.locator(byTestId('feedAddress')).fill(url);
    await options.locator(byTestId('feedAdd')).click();
    await expect.poll(() => options.locator(byTestId('feedsStatus')).innerText(), { timeout: 20_000 }).toMatch(said);
    if (title === undefined) {
      expect(await rows().count()).toBe(before);
      expect((await options.locator(byTestId('feedsStatus')).innerText()).startsWith(`${url}: `)).toBe(true);
    } else {
      expect(await rows().count()).toBe(before + 1);
      expect(await rowOf(url).locator('span').first().innerText()).toBe(title);
    }
  });

  // An OPML list is kept without reading each feed (the refresh says how each went): so the feeds an
  // address would refuse reach the background this way.
  it('subscribes to the feeds of an OPML file', async () => {
    const opml = exportOpml([
      { feedUrl: feeds.feeds['meridian-rss-summary'], title: 'Meridian Post' },
      { feedUrl: feeds.feeds.broken, title: 'Broken' },
      { feedUrl: forbiddenUrl, title: 'Forbidden' },
      { feedUrl: feeds.feeds.redirect, title: 'Meridian Post' },
      { feedUrl: feeds.redirectAway, title: 'Moved away' },
      { feedUrl: feeds.feeds.huge, title: 'Huge' },
      { feedUrl: feeds.feeds['not-xml'], title: 'Not XML' },
      { feedUrl: feeds.feeds.slow, title: 'Slow' },
    ]);
    await options.locator(byTestId('opmlImport')).setInputFiles({ name: 'feeds.opml', mimeType: 'text/x-opml', buffer: Buffer.from(opml) });
    await options.locator(byTestId('opmlSubscribe')).click();
    await expect.poll(() => rows().count(), { timeout: 20_000 }).toBe(SUBSCRIBED);
  });

  it('Refresh now reads every feed in the background', async () => {
    await options.locator(byTestId('feedsRefresh')).click();
    // Every feed has a status once the run has read it; until then a row says it was never read.
    await expect.poll(async () => (await rows().locator(byTestId('feedStatus')).allInnerTexts()).filter((text) => text.includes(', read ')).length, { timeout: 120_000 }).toBe(SUBSCRIBED);
  }, 150_000);

  // What each feed's status says after the run (the words of lib/feeds/problem-words.ts and
  // feed-status-message.ts), and the error the row carries. The outlets' feeds: each of their 3 items is
  // new or already kept (the store keeps one of two near-identical texts, and the local outlets' pages
  // differ only by the outlet's name: which feed's copy comes first depends on the run's order).
  it.each([
    ['valdera-rss-full', 'RSS 2.0, full text', 3, ''],
    ['meridian-rss-summary', 'RSS 2.0, summaries: pages fetched and extracted', 3, ''],
    ['northgate-atom', 'Atom, summaries', 3, ''],
    ['harbour-rdf', 'RSS 1.0 (RDF), summaries', 3, ''],
    ['broken', 'broken XML', /^not a feed, read /, 'not-a-feed'],
    ['not-xml', 'an HTML page', /^not a feed, read /, 'not-a-feed'],
    ['huge', 'over the 5 MB cap, streamed without a length', /^too large, read /, 'too-large'],
    // Parsed with its entities left unexpanded: one item, whose page (/nowhere.html) answers 404.
    ['entity-bomb', 'a billion-laughs feed', /^0 new articles; 1 HTTP error, read /, ''],
    ['slow', `answering after ${SLOW_MS / 1000} s, the timeout cut to ${TIMEOUT_MS / 1000} s`, /^timed out, read /, 'timeout'],
  ] as const)('%s (%s): the status says so in words', async (name, _what, said, error) => {
    const status = statusOf(feeds.feeds[name]);
    const text = await status.innerText();
    if (typeof said === 'number') expect(itemsRead(text), text).toBe(said);
    else expect(text).toMatch(said);
    expect(await status.getAttribute('data-error')).toBe(error);
  });

  it('the Atom and RDF feeds brought new articles into the store', async () => {
    const texts = await Promise.all([statusOf(feeds.feeds['northgate-atom']).innerText(), statusOf(feeds.feeds['harbour-rdf']).innerText()]);
    expect(texts.map((text) => Number(/^(\d+) new/.exec(text)?.[1] ?? 0)).reduce((a, b) => a + b), texts.join(' | ')).toBeGreaterThanOrEqual(3);
  });

  it('says how the forbidden and the redirected feeds went; requested only GETs, without cookies or Referer', async () => {
    await expect(statusOf(forbiddenUrl).innerText()).resolves.toMatch(/^blocked \(403\), read /);
    // Redirects: the browser hides their target from fetch; webRequest shows it, and it is checked first.
    // To a granted site (127.0.0.1, another port): followed. To one never granted (localhost): not requested.
    expect(itemsRead(await statusOf(feeds.feeds.redirect).innerText())).toBe(3);
    await expect(statusOf(feeds.redirectAway).innerText()).resolves.toMatch(/^redirected to a site not allowed, read /);
    expect(feeds.requests.filter((r) => r.path === '/moved/feed.xml').map((r) => r.origin)).toEqual([feeds.otherOrigin]);
    // Only GETs, without cookies or a Referer.
    expect(feeds.requests.every((r) => r.method === 'GET' && !r.headers.cookie && !r.headers.referer)).toBe(true);
    await session.screenshot(options, 'options-feeds');
  });

  it("the popup on another outlet's article lists a feed's report of the story, names the feed and its date, and compares", async () => {
    const page = await session.open(OSTRIN_PATH);
    const popup = await session.openPopupFor(page);
    await waitForPopupState(popup, ['ready']);
    const fromFeed = popup.locator(`${byTestId('matchOrigin')}[data-source="feed"]`);
    const match = popup.locator(`${byTestId('match')}[data-decision="same-story"]`).filter({ has: fromFeed }).first();
    await expect.poll(() => match.count(), { timeout: 10_000 }).toBe(1);
    // The feeds are named by their titles (the outlets'); the items were published in December 2026.
    const origin = await match.locator(byTestId('matchOrigin')).innerText();
    const [, feed] = /^From the feed (Valdera Courier|Meridian Post|Northgate Herald|Harbour Times), published .*2026/.exec(origin) ?? [];
    expect(feed, origin).toBeDefined();
    expect(await match.innerText()).toContain(feed);
    // Compare with it: its comparison's groups render.
    await match.click();
    await expect.poll(() => match.getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('true');
    await expect.poll(() => popup.locator(byTestId('group')).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await session.screenshot(popup, 'popup-feed-match');
    await popup.close();
    await page.close();
  });

  it('Stop ends a refresh under way: the run says it was stopped, and the feeds not read keep their last status', async () => {
    // Twelve feeds, eleven of them on the feed server's main host with a 1 s pause between two requests (and
    // the slow one's timeout): the run lasts long enough to stop it.
    const before = await statusOf(forbiddenUrl).innerText();
    await options.locator(byTestId('feedsRefresh')).click();
    await options.locator(byTestId('feedsCancel')).click({ timeout: 20_000 });
    await expect.poll(() => options.locator(byTestId('feedsCancelled')).innerText(), { timeout: 30_000 }).toMatch(new RegExp(`^Stopped: \\d+ of ${SUBSCRIBED} feeds read\\. What was read is kept`));
    await expect(options.locator(byTestId('feedsCancel')).count()).resolves.toBe(0);
    expect((await statusOf(forbiddenUrl).innerText()).startsWith('blocked (403), read ')).toBe(true);
    expect(before.startsWith('blocked (403), read ')).toBe(true);
  }, 90_000);

  it('no request left 127.0.0.1 and the extension logged no error', () => {
    expect(session.offHostRequests()).toEqual([]);
    expect(session.extensionErrors()).toEqual([]);
  });
});
