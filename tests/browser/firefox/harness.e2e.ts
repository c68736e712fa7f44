/**
 * The Firefox harness itself: the Firefox build is there and installs with its fixed UUID, a toolbar
 * click opens the real popup (in its panel, not a tab), the fixture server answers on 127.0.0.1, both
 * request nets and the console net catch what they are there for, and what Firefox cannot do that
 * Chromium can is named.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestPage, readBuiltManifest } from '../built-extension';
import { byTestId } from '../dom-contract';
import { EXTENSION_UUID, FIREFOX_EXTENSION_DIR, FirefoxSession, geckoIdOf, isUnloadNotice, waitForPopupState } from '../firefox-harness';
import { manifestReading } from '../firefox-internals';

describe('Firefox harness', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await FirefoxSession.launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('finds the Firefox build, its gecko id and its popup', () => {
    const manifest = readBuiltManifest(FIREFOX_EXTENSION_DIR);
    expect(geckoIdOf(manifest)).toBe('outlet-diff@outlet-diff.org');
    expect(manifestPage(manifest, 'popup')).toMatch(/\.html$/);
    expect(() => geckoIdOf({ name: 'x', version: '1' })).toThrow(/gecko\.id/);
    expect(() => readBuiltManifest('/nonexistent/outlet-diff/firefox-mv3')).toThrow(/run npm run build first/);
  });

  it('installs the extension as a temporary add-on with the fixed UUID: its options page loads', async () => {
    expect(session.extensionOrigin).toBe(`moz-extension://${EXTENSION_UUID}`);
    const options = await session.open(session.extensionUrl(manifestPage(session.manifest, 'options')));
    await options.waitForSelector(byTestId('options'), { timeout: 10_000 });
    expect(await options.evaluate(() => location.href)).toBe(session.extensionUrl(manifestPage(session.manifest, 'options')));
    await options.close();
  });

  it('Firefox reads the manifest without a warning and holds what it asks for at install, alarms included', async () => {
    // Firefox (ESR 153) takes alarms, menus and contextMenus only at install: declared optional, each is
    // dropped with a manifest warning (and permissions.request throws), so a build that declared one would
    // fail here.
    const reading = await manifestReading(session.chrome, session.geckoId);
    expect(reading.warnings).toEqual([]);
    // Firefox's own grants (ESR 140: internal:svgContextPropertiesAllowed) are not the manifest's asks.
    expect(reading.permissions.filter((p) => !p.startsWith('internal:'))).toEqual(['activeTab', 'alarms', 'scripting', 'storage']);
    expect(reading.optional).toEqual([]);
  });

  it('serves the fixture pages on 127.0.0.1 and 404s what is not there', async () => {
    const article = session.page('corpus-article');
    const page = await session.open(article.path);
    expect(page.url().startsWith('http://127.0.0.1:')).toBe(true);
    expect(await page.$eval('h1', (e) => (e as HTMLElement).innerText)).toBe(article.title);
    expect(await page.evaluate((url: string) => fetch(url).then((r) => r.status), `${session.server.origin}/no-such-page.html`)).toBe(404);
    await page.close();
  });

  it('opens the real popup in its panel with a toolbar click, and closes it', async () => {
    const page = await session.open(session.page('corpus-article').path);
    const popup = await session.openPopupFor(page);
    expect(popup.url).toBe(session.extensionUrl(manifestPage(session.manifest, 'popup')));
    await waitForPopupState(popup, ['this-article', 'ready']);
    expect(await popup.evaluate(() => document.body.innerText)).toContain('Outlet Diff');
    // The panel, not a tab: no tab shows the popup page.
    const tabs = await session.tabUrls();
    expect(tabs).toContain(page.url());
    expect(tabs.filter((url) => url.includes('popup.html'))).toEqual([]);
    const png = await popup.screenshot();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    await popup.close();
    expect(await popup.isOpen()).toBe(false);
    await page.close();
  });

  it('catches a request to another host from a tab (BiDi events and the proxy)', async () => {
    const page = await session.open(session.page('not-article').path);
    const before = session.requests.length;
    await page.evaluate(() => fetch('http://outlet-diff-e2e.invalid/probe').catch(() => undefined));
    const seen = (via: string) => session.requests.slice(before).some((r) => r.via === via && r.url.includes('outlet-diff-e2e.invalid'));
    await expect.poll(() => seen('page') && seen('proxy'), { timeout: 5000 }).toBe(true);
    expect(session.offHostRequests().length).toBeGreaterThan(0);
    // Forget the deliberate probe, then check nothing else left 127.0.0.1.
    session.requests.splice(before);
    await page.close();
  });

  it('catches a request from the popup (no BiDi context: the proxy sees it)', async () => {
    const page = await session.open(session.page('not-article').path);
    const popup = await session.openPopupFor(page);
    const before = session.requests.length;
    await popup.evaluate(() => fetch('http://outlet-diff-e2e-popup.invalid/probe').then(() => 'answered', () => 'refused'));
    await expect.poll(() => session.requests.slice(before).some((r) => r.via === 'proxy' && r.url.includes('outlet-diff-e2e-popup.invalid')), { timeout: 5000 }).toBe(true);
    session.requests.splice(before);
    await popup.close();
    await page.close();
  });

  it('catches console errors and uncaught exceptions of the popup and of extension pages', async () => {
    const page = await session.open(session.page('not-article').path);
    const popup = await session.openPopupFor(page);
    const before = session.consoleErrors.length;
    await popup.evaluate(() => {
      // The popup window's console (a bare `console` here would be the test sandbox's own).
      window.console.error('outlet-diff-e2e console probe');
      return true;
    });
    const options = await session.open(session.extensionUrl(manifestPage(session.manifest, 'options')));
    await options.evaluate(() => {
      setTimeout(() => {
        throw new Error('outlet-diff-e2e uncaught probe');
      });
    });
    const seen = () => session.consoleErrors.slice(before).map((e) => `${e.url} ${e.text}`);
    await expect.poll(seen, { timeout: 5000 }).toEqual(
      expect.arrayContaining([`${popup.url} outlet-diff-e2e console probe`, expect.stringMatching(/options\.html uncaught: Error: outlet-diff-e2e uncaught probe$/)]),
    );
    expect(session.extensionErrors().length).toBeGreaterThanOrEqual(2);
    session.consoleErrors.splice(before);
    // Only Firefox's notice of a result after the page closed is listed apart; a rejection stays an error.
    const chunk = session.extensionUrl('chunks/popup.js');
    expect(isUnloadNotice({ url: chunk, text: 'uncaught: Promise resolved after context unloaded\n' })).toBe(true);
    expect(isUnloadNotice({ url: chunk, text: 'uncaught: Promise rejected after context unloaded: x' })).toBe(false);
    expect(isUnloadNotice({ url: 'http://127.0.0.1/a.html', text: 'uncaught: Promise resolved after context unloaded' })).toBe(false);
    await options.close();
    await popup.close();
    await page.close();
  });

  // What Chromium's tests do that Firefox cannot, by name: the assertion holds as long as the limitation does.
  it('cannot click inside the popup with trusted mouse input as Chromium does: Firefox 153 has no way to send it into the panel\'s remote browser, so popup clicks are DOM clicks (handlers run, isTrusted is false)', async () => {
    const page = await session.open(session.page('not-article').path);
    const popup = await session.openPopupFor(page);
    await waitForPopupState(popup, ['not-article']);
    await popup.evaluate(() => {
      document.addEventListener('click', (event) => document.documentElement.setAttribute('data-probe-trusted', String(event.isTrusted)), { once: true });
      return true;
    });
    await popup.click(byTestId('status'));
    expect(await popup.evaluate(() => document.documentElement.getAttribute('data-probe-trusted'))).toBe('false');
    await popup.close();
    await page.close();
  });

  it('saw no request leave 127.0.0.1 and no extension error', () => {
    expect(session.requests.some((r) => r.url.startsWith(session.server.origin))).toBe(true);
    expect(session.offHostRequests()).toEqual([]);
    expect(session.extensionErrors()).toEqual([]);
  });
});
