/**
 * The side-by-side page, opened from the popup on a corpus article: two columns (this outlet, the other)
 * of aligned rows that scroll together.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUP_KINDS } from './dom-contract';
import { byTestId, ExtensionSession, waitForPopupState } from './harness';

const KINDS: readonly string[] = GROUP_KINDS;

const scrollTop = (page: Page, key: 'columnA' | 'columnB') => page.locator(byTestId(key)).first().evaluate((e) => e.scrollTop);

describe('side-by-side page', () => {
  let session: ExtensionSession;
  let view: Page;

  beforeAll(async () => {
    session = await ExtensionSession.launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens from the popup on a corpus article', async () => {
    const page = await session.open(session.page('corpus-article', '004').path);
    const popup = await session.openPopupFor(page);
    const state = await waitForPopupState(popup, ['this-article', 'ready']);
    if (state === 'this-article' && (await popup.locator(byTestId('group')).count()) === 0) {
      await popup.locator(`${byTestId('match')}[data-decision="same-story"]`).first().click();
    }
    const button = popup.locator(byTestId('openSideBySide')).first();
    await button.waitFor({ timeout: 15_000 });
    const opened = session.context.waitForEvent('page', { predicate: (p) => p.url().startsWith(session.extensionUrl('')), timeout: 15_000 });
    await button.click();
    view = await opened;
    await view.waitForLoadState('load');
    await view.locator(byTestId('sideBySide')).first().waitFor({ timeout: 15_000 });
    await view.setViewportSize({ width: 1280, height: 800 });
  });

  it('shows both articles in two columns of aligned rows', async () => {
    expect(view, 'the side-by-side page opened').toBeDefined();
    await expect(view.locator(byTestId('columnA')).count()).resolves.toBe(1);
    await expect(view.locator(byTestId('columnB')).count()).resolves.toBe(1);
    const kindsIn = (column: 'columnA' | 'columnB') =>
      view.locator(`${byTestId(column)} ${byTestId('row')}`).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kind') ?? ''));
    const rowKinds = await kindsIn('columnA');
    expect(rowKinds.length).toBeGreaterThan(3);
    for (const kind of rowKinds) expect(KINDS).toContain(kind);
    // Row i of one column sits beside row i of the other: same count, same kind pairwise.
    expect(await kindsIn('columnB')).toEqual(rowKinds);
    // Sentences only one outlet has (the claim, added or omitted) have rows of their own.
    expect(rowKinds.filter((k) => k === 'added' || k === 'omitted').length).toBeGreaterThan(0);
    // Column A carries this page's article, column B the other outlet's.
    const a = await view.locator(byTestId('columnA')).innerText();
    const b = await view.locator(byTestId('columnB')).innerText();
    expect(a).toContain('Russia and North Korea signed an agreement');
    expect(b.length).toBeGreaterThan(200);
    expect(b).not.toBe(a);
    await session.screenshot(view, 'side-by-side');
  });

  it('scrolls the two columns together, both ways', async () => {
    for (const [from, to] of [
      ['columnA', 'columnB'],
      ['columnB', 'columnA'],
    ] as const) {
      const source = view.locator(byTestId(from)).first();
      const { scrollHeight, clientHeight } = await source.evaluate((e) => ({ scrollHeight: e.scrollHeight, clientHeight: e.clientHeight }));
      expect(scrollHeight, `${from} is a scroll container with more text than fits`).toBeGreaterThan(clientHeight);
      const sourceBefore = await scrollTop(view, from);
      const targetBefore = await scrollTop(view, to);
      await source.hover();
      await view.mouse.wheel(0, from === 'columnA' ? 600 : -300);
      await expect.poll(() => scrollTop(view, from), { timeout: 5000, message: `${from} scrolled` }).not.toBe(sourceBefore);
      await expect.poll(() => scrollTop(view, to), { timeout: 5000, message: `${to} followed ${from}` }).not.toBe(targetBefore);
    }
  });

  it.each([
    ['exportMarkdown', /\.md$/],
    ['exportHtml', /\.html?$/],
  ] as const)('%s downloads a self-contained report of the two outlets', async (key, fileName) => {
    const download = view.waitForEvent('download', { timeout: 10_000 });
    await view.locator(byTestId(key)).first().click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(fileName);
    const text = readFileSync(await file.path(), 'utf8');
    session.artifact(`side-by-side-export${key === 'exportHtml' ? '.html' : '.md'}`, text);
    expect(text).toContain('Outlet E');
    expect(text).toContain('Russia and North Korea signed an agreement');
    if (key === 'exportHtml') {
      expect(text.trimStart().toLowerCase()).toMatch(/^<!doctype html>/);
      // Self-contained: nothing to load from anywhere, no script.
      expect(text).not.toMatch(/<script|\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    }
  });

  it('no request left 127.0.0.1 and the extension logged no error', () => {
    expect(session.offHostRequests()).toEqual([]);
    expect(session.extensionErrors()).toEqual([]);
  });
});
