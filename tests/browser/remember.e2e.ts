/**
 * "Remember the articles I read" in Chromium: turned on in the options page, the visit script (registered
 * at runtime) adds an article page the reader opens to the corpus as "visited", and not one on an excluded
 * site. The build is a copy holding access to all sites at install (grantedBuild: a headless browser cannot
 * answer the permission prompt); registering the script, reading the pages and keeping them are real.
 *
 * Not driven here: a private window. Playwright's persistent context (the only way to load an extension)
 * opens no incognito window; the refusal is covered by the tests of the visit script (it stops in a private
 * context) and of keepVisited (the background refuses a private tab).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePage, bodyHtml, UNRELATED_OTHER_OUTLET } from '../../scripts/make-test-pages';
import { grantedBuild } from './granted-build';
import type { ExtensionSession as Session } from './harness';

const copy = grantedBuild(join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3'), { hosts: ['<all_urls>'] });
process.env.OD_EXTENSION_DIR = copy.dir;
// Imported after OD_EXTENSION_DIR is set: the harness reads it when it loads.
const { ExtensionSession, byTestId, waitForPopupState } = await import('./harness');

const OTHER_PATH = '/remember/costamara-gazette/floods.html';

describe('remember the articles I read (access to all sites granted)', () => {
  let session: Session;
  let options: Page;
  let origin = '';

  beforeAll(async () => {
    const page = () => articlePage({ site: { name: UNRELATED_OTHER_OUTLET.outlet, section: 'Regional', accent: '#2a6041' }, title: UNRELATED_OTHER_OUTLET.title, body: bodyHtml(UNRELATED_OTHER_OUTLET.text), url: `${origin}${OTHER_PATH}`, published: UNRELATED_OTHER_OUTLET.published });
    session = await ExtensionSession.launch({ routes: { [OTHER_PATH]: { type: 'text/html; charset=utf-8', body: page } } });
    origin = session.server.origin;
    options = await session.open(session.extensionUrl('options.html'));
    await options.locator(byTestId('storeSummary')).first().waitFor({ timeout: 15_000 });
  });
  afterAll(async () => {
    await session?.close();
    copy.remove();
  });

  const sourcesStatus = () => options.locator(byTestId('sourcesStatus')).first().innerText();
  const summary = async () => {
    await options.reload({ waitUntil: 'load' });
    return options.locator(byTestId('storeSummary')).first().innerText({ timeout: 10_000 });
  };
  async function saveExcluded(text: string) {
    await options.locator(byTestId('excludedSites')).first().fill(text);
    await options.locator(byTestId('excludedSave')).first().click();
    await expect.poll(sourcesStatus, { timeout: 10_000 }).toMatch(/^Saved: \d+ sites? excluded\.$/);
  }

  it('is off at first; turning it on registers the visit script', async () => {
    const toggle = options.locator(byTestId('rememberToggle')).first();
    await expect(toggle.isChecked()).resolves.toBe(false);
    await toggle.click();
    await expect.poll(sourcesStatus, { timeout: 10_000 }).toBe('Remembering the articles you read, from now on.');
    await expect(toggle.isChecked()).resolves.toBe(true);
    await expect(options.locator('#sources').innerText()).resolves.toMatch(/stays in this browser’s extension storage on this device and is never sent anywhere/);
  });

  it('an article on an excluded site is not kept; once the site is no longer excluded, the next article is', async () => {
    await saveExcluded('127.0.0.1');
    const excluded = await session.open(session.page('unrelated-article').path);
    await saveExcluded('');
    const kept = await session.open(OTHER_PATH);
    await expect.poll(summary, { timeout: 30_000 }).toMatch(/pages you read: 1\b/);
    // Exactly one, and it is the second page: the first one's visit was never kept.
    await options.locator(byTestId('sourceFilter')).first().selectOption('visited');
    await expect.poll(() => options.locator(byTestId('savedArticle')).allInnerTexts(), { timeout: 10_000 }).toEqual([expect.stringContaining(UNRELATED_OTHER_OUTLET.title)]);
    await excluded.close();
    await kept.close();
  });

  it('the kept article is then found by the popup for the story, saying the reader read it', async () => {
    const page = await session.open(session.page('unrelated-article').path);
    const popup = await session.openPopupFor(page);
    // This page is remembered too as it loads: the popup may find it in the corpus already.
    await waitForPopupState(popup, ['ready', 'this-article']);
    const match = popup.locator(byTestId('match')).filter({ hasText: UNRELATED_OTHER_OUTLET.outlet }).first();
    await expect.poll(() => match.locator(byTestId('matchOrigin')).innerText(), { timeout: 10_000 }).toBe('From a page you read');
    await popup.close();
    await page.close();
  });

  it('no request left 127.0.0.1 and the extension logged no error', () => {
    expect(session.offHostRequests()).toEqual([]);
    expect(session.extensionErrors()).toEqual([]);
  });
});
