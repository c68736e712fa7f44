/**
 * "Compare with another open tab" on the side-by-side page, in Chromium: the other tab's article is
 * read and becomes the second column. A permission prompt cannot be answered in headless Chromium, so
 * this runs a copy of the build whose manifest grants the optional host access at install; the click
 * then asks for a permission already held (permissions.request resolves at once) and every later step
 * — listing the open tabs, injecting the extraction script into the chosen tab, comparing — is real.
 * The prompt itself is the browser's; that the request comes from the click is covered by the
 * component tests.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantedBuild } from './granted-build';
import type { ExtensionSession as Session } from './harness';

const granted = grantedBuild(join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3'), { hosts: ['<all_urls>'] });
process.env.OD_EXTENSION_DIR = granted.dir;
// Imported after OD_EXTENSION_DIR is set: the harness reads it when it loads.
const { ExtensionSession, byTestId, waitForPopupState } = await import('./harness');

describe('compare with another open tab (host access granted)', () => {
  let session: Session;
  let view: Page;

  beforeAll(async () => {
    session = await ExtensionSession.launch();
  });
  afterAll(async () => {
    await session?.close();
    granted.remove();
  });

  it('reads the chosen tab and compares this outlet with it', async () => {
    const other = session.page('unrelated-article');
    await session.open(other.path);
    const page = await session.open(session.page('corpus-article', '004').path);
    const popup = await session.openPopupFor(page);
    await waitForPopupState(popup, ['this-article', 'ready']);
    const button = popup.locator(byTestId('openSideBySide')).first();
    await button.waitFor({ timeout: 15_000 });
    const opened = session.context.waitForEvent('page', { predicate: (p) => p.url().startsWith(session.extensionUrl('')), timeout: 15_000 });
    await button.click();
    view = await opened;
    await view.locator(byTestId('sideBySide')).first().waitFor({ timeout: 15_000 });

    await view.locator(byTestId('compareTab')).first().click();
    const choices = view.locator(byTestId('tabChoice'));
    await choices.first().waitFor({ timeout: 10_000 });
    const titles = await choices.allInnerTexts();
    // Every open web page is offered; extension pages and browser pages are not.
    expect(titles.some((t) => t.includes(other.title))).toBe(true);
    expect(titles.every((t) => !t.startsWith('chrome'))).toBe(true);

    await choices.filter({ hasText: other.title }).first().click();
    await expect
      .poll(async () => view.locator(byTestId('columnB')).innerText(), { timeout: 15_000 })
      .toContain(other.title);
    // Column A is still this outlet's article; rows stay paired across the columns.
    await expect(view.locator(byTestId('columnA')).innerText()).resolves.toContain('Russia and North Korea signed an agreement');
    const rows = (column: 'columnA' | 'columnB') => view.locator(`${byTestId(column)} ${byTestId('row')}`).count();
    expect(await rows('columnB')).toBe(await rows('columnA'));
  });

  it('no request left 127.0.0.1 and the extension logged no error', () => {
    expect(session.requests.some((r) => r.url.startsWith(session.server.origin))).toBe(true);
    expect(session.offHostRequests()).toEqual([]);
    expect(session.extensionErrors()).toEqual([]);
  });
});
