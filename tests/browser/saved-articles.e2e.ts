/**
 * The reader's own articles: saved from the popup, listed on the options page, exported as a corpus
 * pack (a real download), imported from a pack (valid: added and used for matching; malformed: a
 * message and no change), deleted.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateCorpusPack } from '../../lib/index';
import { UNRELATED, UNRELATED_OTHER_OUTLET } from '../../scripts/make-test-pages';
import { byTestId, ExtensionSession, waitForPopupState } from './harness';
import { MALFORMED_PACKS } from './malformed-packs';

describe('saved articles, export and import', () => {
  let session: ExtensionSession;
  let options: Page;

  beforeAll(async () => {
    session = await ExtensionSession.launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  const optionsUrl = () => {
    const path = session.manifest.options_ui?.page ?? session.manifest.options_page;
    if (!path) throw new Error('the manifest declares no options page');
    return session.extensionUrl(path);
  };
  const savedTexts = () => options.locator(byTestId('savedArticle')).allInnerTexts();

  /**
   * Reloads the options page until it lists `count` saved articles. The page paints before the store
   * answers: each look counts once the store's summary is there and the list shows as many as it holds
   * (counted at first paint, a slow CI machine read 0 on every reload for 15 s).
   */
  async function expectSavedCount(count: number) {
    await expect
      .poll(
        async () => {
          await options.reload({ waitUntil: 'load' });
          const held = Number(await options.locator(byTestId('storeSummary')).first().getAttribute('data-count', { timeout: 10_000 }));
          await expect.poll(() => options.locator(byTestId('savedArticle')).count(), { timeout: 10_000 }).toBe(held);
          return held;
        },
        { timeout: 30_000, message: `options page lists ${count} saved article(s)` },
      )
      .toBe(count);
  }

  /** Gives the import control a file, whether it is the file input itself or opens a file chooser. */
  async function importFile(name: string, content: string) {
    const control = options.locator(byTestId('importPack')).first();
    const isFileInput = await control.evaluate((e) => e instanceof HTMLInputElement && e.type === 'file');
    const file = { name, mimeType: 'application/json', buffer: Buffer.from(content) };
    if (isFileInput) {
      await control.setInputFiles(file);
    } else {
      const chooser = options.waitForEvent('filechooser', { timeout: 10_000 });
      await control.click();
      await (await chooser).setFiles(file);
    }
  }

  const importStatus = () => options.locator(byTestId('importStatus')).first().innerText();

  it('the options page lists the bundled articles and no saved ones at first', async () => {
    options = await session.open(optionsUrl());
    await options.locator(byTestId('options')).first().waitFor({ timeout: 10_000 });
    await expect(options.locator(byTestId('bundledArticle')).count()).resolves.toBe(5);
    await expect(options.locator(byTestId('savedArticle')).count()).resolves.toBe(0);
  });

  it('saves the article from the popup (no-coverage) and the options page lists it', async () => {
    const page = await session.open(session.page('unrelated-article').path);
    const popup = await session.openPopupFor(page);
    await waitForPopupState(popup, ['no-coverage']);
    await popup.locator(byTestId('saveArticle')).first().click();
    await expectSavedCount(1);
    const [saved] = await savedTexts();
    expect(saved).toContain(UNRELATED.title);
    await popup.close().catch(() => undefined);
    await page.close();
  });

  it('exports the saved articles as a corpus pack (a real download)', async () => {
    const download = options.waitForEvent('download', { timeout: 10_000 });
    await options.locator(byTestId('exportPack')).first().click();
    const file = await (await download).path();
    const pack = validateCorpusPack(JSON.parse(readFileSync(file, 'utf8')));
    if (!pack.ok) throw new Error(`exported pack is invalid: ${pack.error}`);
    // The pack is the reader's corpus: the saved article is in it, whole, alongside any bundled ones.
    const saved = pack.articles.filter((a) => a.title === UNRELATED.title);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.text).toContain('River Lenna burst its banks');
    expect(saved[0]!.outlet).toBe(UNRELATED.site.name);
    session.artifact('exported-pack.json', readFileSync(file));
  });

  it('imports a valid pack: its article is listed', async () => {
    await importFile('valdera-gazette.json', JSON.stringify({ format: 'outlet-diff-corpus', version: 1, articles: [UNRELATED_OTHER_OUTLET] }));
    await expect.poll(() => options.locator(byTestId('savedArticle')).count(), { timeout: 10_000 }).toBe(2);
    const texts = await savedTexts();
    expect(texts.some((t) => t.includes(UNRELATED_OTHER_OUTLET.title))).toBe(true);
    await expectSavedCount(2);
  });

  it('matches against imported articles: the unrelated story now has a same-story match', async () => {
    const page = await session.open(session.page('unrelated-article').path);
    const popup = await session.openPopupFor(page);
    await waitForPopupState(popup, ['this-article', 'ready']);
    const sameStory = await popup.locator(`${byTestId('match')}[data-decision="same-story"]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-article-id')));
    expect(sameStory).toContain(UNRELATED_OTHER_OUTLET.id);
    await popup.close().catch(() => undefined);
    await page.close();
  });

  it.each(MALFORMED_PACKS)('a malformed file (%s) shows its one-line reason and changes nothing', async (_what, name, content, reason) => {
    await options.reload({ waitUntil: 'load' });
    // The page paints before the store answers: wait until the list shows as many articles as the store holds.
    const held = Number(await options.locator(byTestId('storeSummary')).first().getAttribute('data-count', { timeout: 10_000 }));
    await expect.poll(() => options.locator(byTestId('savedArticle')).count(), { timeout: 10_000 }).toBe(held);
    const before = await savedTexts();
    await importFile(name, content);
    await expect.poll(() => importStatus().catch(() => ''), { timeout: 10_000 }).toMatch(reason);
    expect(await savedTexts()).toEqual(before);
    await expectSavedCount(before.length);
  });

  it('deletes a saved article', async () => {
    // Counted once the list shows what the store holds: read while the page was still listing (after the
    // imports before it), the count was one too many, once in a CI run.
    await options.reload({ waitUntil: 'load' });
    const before = Number(await options.locator(byTestId('storeSummary')).first().getAttribute('data-count', { timeout: 10_000 }));
    await expect.poll(() => options.locator(byTestId('savedArticle')).count(), { timeout: 10_000 }).toBe(before);
    options.on('dialog', (dialog) => void dialog.accept()); // a confirmation, if the page asks
    await options.locator(byTestId('deleteSaved')).first().click();
    await expect.poll(() => options.locator(byTestId('savedArticle')).count(), { timeout: 10_000 }).toBe(before - 1);
    await expectSavedCount(before - 1);
  });

  it('saves a huge page whole, not only the part the popup compares', async () => {
    const info = session.page('huge-article');
    const before = await options.locator(byTestId('savedArticle')).count();
    const page = await session.open(info.path);
    const popup = await session.openPopupFor(page);
    await waitForPopupState(popup, ['no-coverage']);
    await expect(popup.locator(byTestId('capNotice')).count()).resolves.toBe(1);
    await popup.locator(byTestId('saveArticle')).first().click();
    await expectSavedCount(before + 1);
    const download = options.waitForEvent('download', { timeout: 10_000 });
    await options.locator(byTestId('exportPack')).first().click();
    const pack = validateCorpusPack(JSON.parse(readFileSync(await (await download).path(), 'utf8')));
    if (!pack.ok) throw new Error(pack.error);
    const saved = pack.articles.find((a) => a.title === info.title);
    expect(saved, 'the huge article is in the export').toBeDefined();
    expect(saved!.text.split(/\s+/).length).toBeGreaterThan(20_000);
    await popup.close().catch(() => undefined);
    await page.close();
  });

  it('no request left 127.0.0.1 and the extension logged no error', () => {
    expect(session.offHostRequests()).toEqual([]);
    expect(session.extensionErrors()).toEqual([]);
  });
});
