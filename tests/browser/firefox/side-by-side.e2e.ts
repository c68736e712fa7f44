/**
 * The side-by-side page in Firefox, opened from the popup on a corpus article: two columns (this outlet,
 * the other) of aligned rows that scroll together, and its exports saved as real downloads.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byTestId, GROUP_KINDS } from '../dom-contract';
import { FirefoxSession, waitFor, waitForPopupState } from '../firefox-harness';

const KINDS: readonly string[] = GROUP_KINDS;

const rowKinds = (view: Page, column: 'columnA' | 'columnB') => view.$$eval(`${byTestId(column)} ${byTestId('row')}`, (rows) => rows.map((r) => r.getAttribute('data-kind') ?? ''));
const scrollTop = (view: Page, column: 'columnA' | 'columnB') => view.$eval(byTestId(column), (e) => e.scrollTop);
const textOf = (view: Page, key: 'columnA' | 'columnB') => view.$eval(byTestId(key), (e) => (e as HTMLElement).innerText);

describe('side-by-side page in Firefox', () => {
  let session: FirefoxSession;
  let view: Page;

  beforeAll(async () => {
    session = await FirefoxSession.launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens from the popup on a corpus article (the popup closes itself)', async () => {
    const page = await session.open(session.page('corpus-article', '004').path);
    const popup = await session.openPopupFor(page);
    await waitForPopupState(popup, ['this-article', 'ready']);
    if ((await popup.evaluate((s: string) => document.querySelectorAll(s).length, byTestId('group'))) === 0) {
      await popup.click(`${byTestId('match')}[data-decision="same-story"]`);
    }
    await popup.waitFor((s: string) => document.querySelector(s) !== null, 15_000, byTestId('openSideBySide'));
    await popup.click(byTestId('openSideBySide'));
    view = await session.waitForTab(session.extensionUrl('sidebyside.html'));
    await view.waitForSelector(byTestId('sideBySide'), { timeout: 15_000 });
    await session.setViewport(view, 1280, 800);
    expect(await popup.isOpen()).toBe(false);
  });

  it('shows both articles in two columns of aligned rows', async () => {
    expect(view, 'the side-by-side page opened').toBeDefined();
    const kinds = await rowKinds(view, 'columnA');
    expect(kinds.length).toBeGreaterThan(3);
    for (const kind of kinds) expect(KINDS).toContain(kind);
    // Row i of one column sits beside row i of the other: same count, same kind pairwise.
    expect(await rowKinds(view, 'columnB')).toEqual(kinds);
    // Sentences only one outlet has (the claim, added or omitted) have rows of their own.
    expect(kinds.filter((k) => k === 'added' || k === 'omitted').length).toBeGreaterThan(0);
    const a = await textOf(view, 'columnA');
    const b = await textOf(view, 'columnB');
    expect(a).toContain('Russia and North Korea signed an agreement');
    expect(b.length).toBeGreaterThan(200);
    expect(b).not.toBe(a);
    await session.screenshot(view, 'firefox-side-by-side');
  });

  it('scrolls the two columns together, both ways (mouse wheel over BiDi)', async () => {
    for (const [from, to, delta] of [
      ['columnA', 'columnB', 600],
      ['columnB', 'columnA', -300],
    ] as const) {
      const box = await (await view.$(byTestId(from)))!.boundingBox();
      expect(box, `${from} is on screen`).not.toBeNull();
      const { scrollHeight, clientHeight } = await view.$eval(byTestId(from), (e) => ({ scrollHeight: e.scrollHeight, clientHeight: e.clientHeight }));
      expect(scrollHeight, `${from} is a scroll container with more text than fits`).toBeGreaterThan(clientHeight);
      const sourceBefore = await scrollTop(view, from);
      const targetBefore = await scrollTop(view, to);
      await view.mouse.move(box!.x + box!.width / 2, box!.y + Math.min(box!.height / 2, 300));
      await view.mouse.wheel({ deltaY: delta });
      await waitFor(view, (s: string, before: number) => document.querySelector(s)!.scrollTop !== before, { timeout: 5000 }, byTestId(from), sourceBefore);
      await waitFor(view, (s: string, before: number) => document.querySelector(s)!.scrollTop !== before, { timeout: 5000 }, byTestId(to), targetBefore);
    }
  });

  it.each([
    ['exportMarkdown', /\.md$/],
    ['exportHtml', /\.html?$/],
  ] as const)('%s saves a self-contained report of the two outlets (a real download)', async (key, fileName) => {
    session.clearDownloads();
    await view.click(byTestId(key));
    const file = await session.waitForDownload(fileName);
    const text = readFileSync(file, 'utf8');
    session.artifact(`firefox-side-by-side-export${key === 'exportHtml' ? '.html' : '.md'}`, text);
    expect(text).toContain('Outlet E');
    expect(text).toContain('Russia and North Korea signed an agreement');
    if (key === 'exportHtml') {
      expect(text.trimStart().toLowerCase()).toMatch(/^<!doctype html>/);
      // Self-contained: nothing to load from anywhere, no script.
      expect(text).not.toMatch(/<script|\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    }
  });

  it('no request left 127.0.0.1 and the extension logged no error', () => {
    expect(session.requests.some((r) => r.url.startsWith(session.server.origin))).toBe(true);
    expect(session.offHostRequests()).toEqual([]);
    expect(session.extensionErrors()).toEqual([]);
  });
});
