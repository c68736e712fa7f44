/**
 * "Compare with another open tab" on the side-by-side page in Firefox, with the build as shipped: the
 * extension holds no host access until the reader clicks. The click is a real BiDi click (a user
 * gesture), the extension's permissions.request runs and is granted (the profile answers the prompt
 * with yes: extensions.webextOptionalPermissionPrompts=false), then the open tabs are listed, the chosen
 * one is read and becomes the second column. (Chromium's test needs a copy of the build that holds the
 * permission at install: a headless Chromium prompt cannot be answered.)
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byTestId } from '../dom-contract';
import { FirefoxSession, waitFor, waitForPopupState } from '../firefox-harness';

/** Whether the extension holds access to every site (asked in an extension page). */
const holdsAllUrls = (view: Page) => view.evaluate(() => (globalThis as unknown as { browser: { permissions: { contains(p: object): Promise<boolean> } } }).browser.permissions.contains({ origins: ['<all_urls>'] }));

describe('compare with another open tab in Firefox (host access asked at the click)', () => {
  let session: FirefoxSession;

  beforeAll(async () => {
    session = await FirefoxSession.launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('asks for tab access at the click, then reads the chosen tab and compares this outlet with it', async () => {
    const other = session.page('unrelated-article');
    await session.open(other.path);
    const page = await session.open(session.page('corpus-article', '004').path);
    const popup = await session.openPopupFor(page);
    await waitForPopupState(popup, ['this-article', 'ready']);
    await popup.waitFor((s: string) => document.querySelector(s) !== null, 15_000, byTestId('openSideBySide'));
    await popup.click(byTestId('openSideBySide'));
    const view = await session.waitForTab(session.extensionUrl('sidebyside.html'));
    await view.waitForSelector(byTestId('sideBySide'), { timeout: 15_000 });
    expect(await holdsAllUrls(view), 'no host access before the click').toBe(false);

    await view.click(byTestId('compareTab'));
    await view.waitForSelector(byTestId('tabChoice'), { timeout: 10_000 });
    expect(await holdsAllUrls(view), 'host access granted by the click').toBe(true);
    const titles = await view.$$eval(byTestId('tabChoice'), (els) => els.map((e) => (e as HTMLElement).innerText));
    // Every open web page is offered; extension pages and browser pages are not.
    expect(titles.some((t) => t.includes(other.title))).toBe(true);
    expect(titles.every((t) => !/^(about|moz-extension):|Outlet Diff/.test(t))).toBe(true);

    const index = titles.findIndex((t) => t.includes(other.title));
    await (await view.$$(byTestId('tabChoice')))[index]!.click();
    await waitFor(view, (s: string, title: string) => (document.querySelector(s) as HTMLElement | null)?.innerText.includes(title), { timeout: 15_000 }, byTestId('columnB'), other.title);
    // Column A is still this outlet's article; rows stay paired across the columns.
    expect(await view.$eval(byTestId('columnA'), (e) => (e as HTMLElement).innerText)).toContain('Russia and North Korea signed an agreement');
    const rows = (column: 'columnA' | 'columnB') => view.$$eval(`${byTestId(column)} ${byTestId('row')}`, (els) => els.length);
    expect(await rows('columnB')).toBe(await rows('columnA'));
  });

  it('no request left 127.0.0.1 and the extension logged no error', () => {
    expect(session.requests.some((r) => r.url.startsWith(session.server.origin))).toBe(true);
    expect(session.offHostRequests()).toEqual([]);
    expect(session.extensionErrors()).toEqual([]);
  });
});
