/**
 * Compare with a link and "Remember the articles I read" in Firefox, with the build as shipped: no host
 * access until the reader allows it. Real BiDi clicks are user gestures, and the profile answers
 * permission prompts with yes (extensions.webextOptionalPermissionPrompts=false), so the real requests
 * run. The popup is driven by DOM events (its panel is no BiDi context): a permission request from there
 * is not a user gesture and is refused, so the side-by-side page offers "Allow access to <site>", and the
 * test clicks that, as a reader whose popup request failed would.
 *
 * Not driven: the link menu (BiDi cannot open a native context menu) and private windows (the launcher
 * opens none); the unit tests of the link menu's handler, the visit script and keepVisited cover them.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePage, bodyHtml, UNRELATED_OTHER_OUTLET } from '../../../scripts/make-test-pages';
import { byTestId } from '../dom-contract';
import { NORM_REFRESH_LOCK } from '../../../components/services/web-lock';
import { FirefoxSession, waitForPopupState, type ToolbarPopup } from '../firefox-harness';
import { holdLock, releaseLock, snapshotGenerations, waitForCurrentSnapshot } from '../snapshot-in-page';

const OTHER_PATH = '/links/costamara-gazette/floods.html';
/** A report of another story, kept from a link while a refresh lock is held elsewhere. */
const BRIDGE_PATH = '/links/harbour-post/bridge.html';
const BRIDGE_TEXT = [
  'The old swing bridge over the Marrow canal reopened to cars and cyclists on Friday, two years after engineers closed it when they found cracks in its turning gear.',
  'The repairs cost the county 14 million pounds, three million more than planned, because the original iron castings had to be remade by a foundry in the north.',
  'Shopkeepers on both banks said the closure had cut their trade by a third, and several asked the council for help with their rents while the works went on.',
  'The bridge will swing open for boats twice an hour in summer, the canal trust said, and a new footpath on its east side will open in the spring.',
].join('\n\n');

/** One more report of another story, kept while the lock is held past Firefox's idle stop of the background. */
const FERRY_PATH = '/links/harbour-post/ferry.html';
const FERRY_TEXT = [
  'The night ferry between Portlow and the Tarne islands will stop running in October, the operator said on Monday, after its only vessel failed a hull inspection.',
  'About 300 islanders use the crossing each week, many of them to reach the hospital on the mainland, and the council said it would ask the coastguard for a stand-in boat.',
  'The operator said a replacement ship had been ordered from a yard in Norway but would not arrive before the spring, and that tickets already sold would be refunded.',
].join('\n\n');
/** Firefox stops an idle background after this long (extensions.background.idle.timeout, its default). */
const FIREFOX_IDLE_MS = 30_000;

const textOf = (page: Page, selector: string) => page.$eval(selector, (e) => (e as HTMLElement).innerText);

describe('compare with a link and remember the articles I read, in Firefox', () => {
  let session: FirefoxSession;
  let origin = '';

  beforeAll(async () => {
    const page = (path: string) => () =>
      articlePage({ site: { name: UNRELATED_OTHER_OUTLET.outlet, section: 'Regional', accent: '#2a6041' }, title: UNRELATED_OTHER_OUTLET.title, body: bodyHtml(UNRELATED_OTHER_OUTLET.text), url: `${origin}${path}`, published: UNRELATED_OTHER_OUTLET.published });
    const bridge = () =>
      articlePage({ site: { name: 'Harbour Post', section: 'Local', accent: '#5a3d7a' }, title: 'Old swing bridge reopens to traffic after two years of repairs', body: bodyHtml(BRIDGE_TEXT), url: `${origin}${BRIDGE_PATH}`, published: '2024-05-10' });
    const ferry = () =>
      articlePage({ site: { name: 'Harbour Post', section: 'Local', accent: '#5a3d7a' }, title: 'Night ferry to the Tarne islands to stop in October', body: bodyHtml(FERRY_TEXT), url: `${origin}${FERRY_PATH}`, published: '2024-05-13' });
    session = await FirefoxSession.launch({
      routes: { [OTHER_PATH]: { type: 'text/html; charset=utf-8', body: page(OTHER_PATH) }, [BRIDGE_PATH]: { type: 'text/html; charset=utf-8', body: bridge }, [FERRY_PATH]: { type: 'text/html; charset=utf-8', body: ferry } },
    });
    origin = session.server.origin;
  });
  afterAll(async () => {
    await session?.close();
  });

  /** Pastes `url` in the popup and returns the side-by-side page it opens once the link is read (its site allowed when asked). */
  async function pasteLink(popup: ToolbarPopup, url: string): Promise<Page> {
    await popup.evaluate(
      (s: string, link: string) => {
        const input = document.querySelector<HTMLInputElement>(s)!;
        input.value = link;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return true;
      },
      byTestId('linkInput'),
      url,
    );
    await popup.click(byTestId('linkCompare'));
    // The page the popup opens carries its handoff after '#' (a side-by-side page opened by hand has none).
    const view = await session.waitForTab(`${session.extensionUrl('sidebyside.html')}#`);
    await view.waitForSelector(`${byTestId('linkPanel')}[data-state="ask"], ${byTestId('linkPanel')}[data-state="done"]`, { timeout: 20_000 });
    if ((await view.$(`${byTestId('linkPanel')}[data-state="ask"]`)) !== null) {
      expect(await textOf(view, byTestId('linkAllow'))).toMatch(/^Allow access to 127\.0\.0\.1:\d+$/);
      await view.click(byTestId('linkAllow'));
    }
    await view.waitForSelector(`${byTestId('linkPanel')}[data-state="done"]`, { timeout: 30_000 });
    return view;
  }

  it('no coverage: the popup offers the sources; a pasted link is read once its site is allowed, kept and compared', async () => {
    const page = await session.open(session.page('unrelated-article').path);
    const popup = await session.openPopupFor(page);
    await waitForPopupState(popup, ['no-coverage']);
    expect(await popup.evaluate((s: string) => [...document.querySelectorAll(s)].map((b) => b.getAttribute('data-offer')), byTestId('sourceOffer'))).toEqual(['feeds', 'link', 'tab']);
    const view = await pasteLink(popup, `${origin}${OTHER_PATH}`);
    expect(await textOf(view, byTestId('linkStatus'))).toBe(`Added ${UNRELATED_OTHER_OUTLET.outlet} from the link; it is kept in your corpus.`);
    expect(await textOf(view, byTestId('columnB'))).toContain(UNRELATED_OTHER_OUTLET.title);
    const rows = (column: 'columnA' | 'columnB') => view.$$eval(`${byTestId(column)} ${byTestId('row')}`, (els) => els.length);
    expect(await rows('columnA')).toBeGreaterThan(3);
    expect(await rows('columnB')).toBe(await rows('columnA'));
    expect(session.server.requests.filter((r) => r.path === OTHER_PATH)).toEqual([{ method: 'GET', path: OTHER_PATH, status: 200 }]);

    const again = await session.openPopupFor(page);
    await waitForPopupState(again, ['ready']);
    expect(await again.waitFor((s: string) => document.querySelector(s)?.textContent, 10_000, byTestId('matchOrigin'))).toBe('From a link you compared');
    await again.close();
    await view.close();
  });

  /**
   * Keeps the link at `path` from the popup's side-by-side page, closed at once, while a page of its own
   * holds the refresh lock: the kept link's pass then waits in the background, its pages gone. Waits
   * `heldMs` more, lets the lock go, and waits for the background to write the snapshot.
   */
  async function keepLinkWithLockHeld(path: string, heldMs: number): Promise<void> {
    const side = await session.open(session.extensionUrl('/sidebyside.html'));
    await waitForCurrentSnapshot((f) => side.evaluate(f), 50_000);
    await side.evaluate(holdLock, NORM_REFRESH_LOCK);
    const [, before] = await side.evaluate(snapshotGenerations);
    const page = await session.open(session.page('unrelated-article').path);
    const popup = await session.openPopupFor(page);
    await waitForPopupState(popup, ['ready']);
    const view = await pasteLink(popup, `${origin}${path}`);
    expect(await textOf(view, byTestId('linkStatus'))).toBe('Added Harbour Post from the link; it is kept in your corpus.');
    await view.close();
    await page.close();
    await new Promise((resolve) => setTimeout(resolve, heldMs));
    await side.evaluate(releaseLock);
    await waitForCurrentSnapshot((f) => side.evaluate(f), 40_000, before);
    await side.close();
  }

  it('a link kept from the side-by-side page closed at once: the background finishes its upkeep, with no other page open', async () => {
    // Closing the side-by-side page ends its own pass where it waits for the lock.
    await keepLinkWithLockHeld(BRIDGE_PATH, 0);
  });

  it("the background's pass outlives Firefox's idle stop while it waits for the lock: its keep-alive calls (without them Firefox stopped it at 30 s and the pass was lost)", async () => {
    // The pass waits past the idle stop with no event for the background meanwhile.
    await keepLinkWithLockHeld(FERRY_PATH, FIREFOX_IDLE_MS + 10_000);
  }, 150_000);

  it('remember: turned on in the options page (access to all sites asked in the click), it keeps the next article page opened', async () => {
    const options = await session.open(session.extensionUrl('options.html'));
    await options.waitForSelector(byTestId('storeSummary'), { timeout: 15_000 });
    await options.click(byTestId('rememberToggle'));
    await expect.poll(() => textOf(options, byTestId('sourcesStatus')), { timeout: 15_000 }).toBe('Remembering the articles you read, from now on.');
    // An article page not yet in the corpus (the linked one above is, as a link).
    await session.open(session.page('quotes-article').path);
    await expect
      .poll(
        async () => {
          // puppeteer's reload never sees an extension page finish loading in Firefox: BiDi's navigate does.
          await session.navigate(options, session.extensionUrl('options.html'));
          await options.waitForSelector(byTestId('storeSummary'), { timeout: 10_000 });
          return textOf(options, byTestId('storeSummary'));
        },
        { timeout: 30_000 },
      )
      .toMatch(/pages you read: 1\b/);
  });

  it('no request left 127.0.0.1 and the extension logged no error', () => {
    expect(session.offHostRequests()).toEqual([]);
    expect(session.extensionErrors()).toEqual([]);
  });
});
