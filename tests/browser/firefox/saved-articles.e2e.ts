/**
 * The reader's own articles in Firefox: saved from the popup, listed on the options page, exported as a
 * corpus pack (a real download), imported from a pack (valid: added and used for matching; malformed: a
 * one-line reason and no change), the refresh snapshot of the index written and read in Firefox too, deleted.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateCorpusPack } from '../../../lib/index';
import { UNRELATED, UNRELATED_OTHER_OUTLET } from '../../../scripts/make-test-pages';
import { manifestPage } from '../built-extension';
import { byTestId } from '../dom-contract';
import { FIREFOX_EXTENSION_DIR, FirefoxSession, waitFor, waitForPopupState } from '../firefox-harness';
import { MALFORMED_PACKS } from '../malformed-packs';
import { NORM_REFRESH_LOCK } from '../../../components/services/web-lock';
import { SNAPSHOT_FILES } from '../../../components/services/shard-snapshot-file';
import { askSnapshotWorker, holdLock, holdSnapshotFile, releaseLock, snapshotGenerations, snapshotIsCurrent, snapshotWorkerUrl, waitForCurrentSnapshot, type WorkerReply } from '../snapshot-in-page';

describe('saved articles, export and import in Firefox', () => {
  let session: FirefoxSession;
  let options: Page;
  /** Where the files to import are written (made with the session, so listing the tests leaves nothing). */
  let files: string;

  beforeAll(async () => {
    files = mkdtempSync(join(tmpdir(), 'outlet-diff-firefox-packs-'));
    session = await FirefoxSession.launch();
  });
  afterAll(async () => {
    await session?.close();
    if (files) rmSync(files, { recursive: true, force: true });
  });

  const optionsUrl = () => session.extensionUrl(manifestPage(session.manifest, 'options'));
  const savedTexts = () => options.$$eval(byTestId('savedArticle'), (els) => els.map((e) => (e as HTMLElement).innerText));
  const savedCount = () => options.$$eval(byTestId('savedArticle'), (els) => els.length);
  const importStatus = () => options.$eval(byTestId('importStatus'), (e) => (e as HTMLElement).innerText).catch(() => '');

  /** Loads the options page afresh (what storage holds now) and waits for its list. */
  async function reloadOptions() {
    // The reader's view: the options tab in front (a background tab's timers are throttled).
    await options.bringToFront();
    await session.navigate(options, optionsUrl());
    await options.waitForSelector(byTestId('options'), { timeout: 10_000 });
  }

  /**
   * Reloads the options page until it lists `count` saved articles (what storage holds, not what the
   * page last rendered). The list arrives from storage after the page has loaded, so each load gets a
   * few seconds to show it.
   */
  async function expectSavedCount(count: number) {
    const deadline = Date.now() + 20_000;
    for (;;) {
      await reloadOptions();
      const shown = await waitFor(options, (s: string, n: number) => document.querySelectorAll(s).length === n, { timeout: 3000 }, byTestId('savedArticle'), count)
        .then(() => true, () => false);
      if (shown) return;
      if (Date.now() > deadline) throw new Error(`options page lists ${await savedCount()} saved article(s), expected ${count}`);
    }
  }

  /** Picks a file for the import control (BiDi input.setFiles), as the file chooser would. */
  async function importFile(name: string, content: string) {
    const file = join(files, name);
    writeFileSync(file, content);
    const input = (await options.$(byTestId('importPack'))) as ElementHandle<HTMLInputElement> | null;
    if (!input) throw new Error('the options page has no import control');
    await input.uploadFile(file);
  }

  /** Imports a pack of one article and waits for the outcome line. */
  async function importOne(name: string, article: { id: string; outlet: string; title: string; text: string }) {
    await importFile(name, JSON.stringify({ format: 'outlet-diff-corpus', version: 1, articles: [article] }));
    await expect.poll(importStatus, { timeout: 15_000 }).toMatch(/^Imported/);
  }

  async function exportedPack() {
    session.clearDownloads();
    await options.click(byTestId('exportPack'));
    const pack = validateCorpusPack(JSON.parse(readFileSync(await session.waitForDownload(/\.json$/), 'utf8')));
    if (!pack.ok) throw new Error(`exported pack is invalid: ${pack.error}`);
    return pack.articles;
  }

  it('the options page lists the bundled articles and no saved ones at first', async () => {
    options = await session.open(optionsUrl());
    await options.waitForSelector(byTestId('options'), { timeout: 10_000 });
    expect(await options.$$eval(byTestId('bundledArticle'), (els) => els.length)).toBe(5);
    expect(await savedCount()).toBe(0);
  });

  it('saves the article from the popup (no-coverage) and the options page lists it', async () => {
    const page = await session.open(session.page('unrelated-article').path);
    const popup = await session.openPopupFor(page);
    await waitForPopupState(popup, ['no-coverage']);
    await popup.click(byTestId('saveArticle'));
    await popup.waitFor(() => document.body.innerText.includes('Saved to your corpus.'), 10_000);
    await expectSavedCount(1);
    expect((await savedTexts())[0]).toContain(UNRELATED.title);
    await popup.close();
    await page.close();
  });

  it('exports the saved articles as a corpus pack (a real download)', async () => {
    const saved = (await exportedPack()).filter((a) => a.title === UNRELATED.title);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.text).toContain('River Lenna burst its banks');
    expect(saved[0]!.outlet).toBe(UNRELATED.site.name);
  });

  it('imports a valid pack: its article is listed', async () => {
    await importFile('valdera-gazette.json', JSON.stringify({ format: 'outlet-diff-corpus', version: 1, articles: [UNRELATED_OTHER_OUTLET] }));
    await waitFor(options, (s: string) => document.querySelectorAll(s).length === 2, { timeout: 10_000 }, byTestId('savedArticle'));
    expect((await savedTexts()).some((t) => t.includes(UNRELATED_OTHER_OUTLET.title))).toBe(true);
    await expectSavedCount(2);
  });

  it('upkeep after the import writes the snapshot of the index, and the search worker answers from it', async () => {
    // The refresh after the import writes the file (OPFS); its header carries the refreshed generation.
    await waitForCurrentSnapshot((f) => options.evaluate(f), 50_000);
    // The worker the popup uses, run here on a copy of the imported article: it reads the shards from the file.
    const worker = snapshotWorkerUrl(FIREFOX_EXTENSION_DIR);
    expect(worker, 'the build has the snapshot worker').toBeDefined();
    // Asked again while an upkeep pass still holds the file (the worker then reads the database: the same answer).
    let reply: WorkerReply = {};
    await expect.poll(async () => (reply = await options.evaluate(askSnapshotWorker, [worker!, { ...UNRELATED_OTHER_OUTLET, id: 'page-copy', url: undefined }] as const)).fromSnapshot ?? 0, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(reply.coverage?.matches[0]).toMatchObject({ article: { id: UNRELATED_OTHER_OUTLET.id }, decision: 'this-article' });
    expect(reply.fromSnapshot).toBeGreaterThan(0);
  });

  it('matches against imported articles: the unrelated story now has a same-story match', async () => {
    const page = await session.open(session.page('unrelated-article').path);
    const popup = await session.openPopupFor(page);
    await waitForPopupState(popup, ['this-article', 'ready']);
    const sameStory = await popup.evaluate((s: string) => [...document.querySelectorAll(s)].map((e) => e.getAttribute('data-article-id')), `${byTestId('match')}[data-decision="same-story"]`);
    expect(sameStory).toContain(UNRELATED_OTHER_OUTLET.id);
    await popup.close();
    await page.close();
  });

  it.each(MALFORMED_PACKS)('a malformed file (%s) shows its one-line reason and changes nothing', async (_what, name, content, reason) => {
    // The page as the last check left it: reloaded, listing what storage holds.
    const before = await savedTexts();
    await importFile(name, content);
    const deadline = Date.now() + 15_000;
    while (!reason.test(await importStatus()) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
    expect(await importStatus()).toMatch(reason);
    expect(await savedTexts()).toEqual(before);
    await expectSavedCount(before.length);
  });

  it('deletes a saved article', async () => {
    const before = await savedCount();
    // A confirmation, if the page asks for one.
    options.on('dialog', (dialog) => void dialog.accept());
    await options.click(byTestId('deleteSaved'));
    await waitFor(options, (s: string, n: number) => document.querySelectorAll(s).length === n, { timeout: 10_000 }, byTestId('savedArticle'), before - 1);
    await expectSavedCount(before - 1);
    expect((await exportedPack()).filter((a) => a.title === UNRELATED.title || a.title === UNRELATED_OTHER_OUTLET.title)).toHaveLength(before - 1);
  });

  it('a page closed while it writes the snapshot (a popup closed after a save) leaves no file the next upkeep cannot write', async () => {
    await waitForCurrentSnapshot((f) => options.evaluate(f), 50_000);
    const [files, before] = await options.evaluate(snapshotGenerations);
    // The file the next refresh writes (queries read the other), opened for writing as a refresh does, and the
    // page closed with the stream still open.
    const writer = await session.open(optionsUrl());
    await writer.evaluate(holdSnapshotFile, SNAPSHOT_FILES[files[0] >= files[1] ? 1 : 0]!);
    await writer.close();
    await options.bringToFront();
    const tide = { id: 'tide-check', outlet: 'Harbour Post', title: 'Spring tide warning', text: 'The harbour office warned of a spring tide on Saturday. Boats on the outer moorings should be checked by noon. The slipway will close for two hours.' };
    await importOne('tide-check.json', tide);
    await waitForCurrentSnapshot((f) => options.evaluate(f), 50_000, before);
  });

  it('the norm refresh is one pass at a time across pages: while another page holds its lock, an import\'s upkeep waits, then refreshes', async () => {
    await waitForCurrentSnapshot((f) => options.evaluate(f), 50_000);
    const other = await session.open(optionsUrl());
    await other.evaluate(holdLock, NORM_REFRESH_LOCK);
    // Read once the lock is held: a pass that held it before (a later change's) has ended by then.
    const [, before] = await options.evaluate(snapshotGenerations);
    await options.bringToFront();
    const ferry = { id: 'lock-check', outlet: 'Harbour Post', title: 'Winter ferry timetable', text: 'The harbour ferry will run every forty minutes from December. The operator said the change follows lower winter demand. Evening crossings end at nine.' };
    await importOne('lock-check.json', ferry);
    // The import's upkeep waits for the lock: no refresh of the new generation while it is held.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect((await options.evaluate(snapshotGenerations))[1]).toBe(before);
    await other.evaluate(releaseLock);
    await expect.poll(async () => {
      const [files, refresh] = await options.evaluate(snapshotGenerations);
      return refresh > before && snapshotIsCurrent([files, refresh]);
    }, { timeout: 60_000 }).toBe(true);
    await other.close();
  });

  it('an upkeep pass cut short by reloading its page (as closing a popup after a save ends its pass) is finished by the page as it opens again', async () => {
    await waitForCurrentSnapshot((f) => options.evaluate(f), 50_000);
    const other = await session.open(optionsUrl());
    await other.evaluate(holdLock, NORM_REFRESH_LOCK);
    const [, before] = await options.evaluate(snapshotGenerations);
    await options.bringToFront();
    const pier = { id: 'cut-check', outlet: 'Harbour Post', title: 'Pier repairs begin', text: 'Repairs to the north pier begin on Monday. The council expects the work to last six weeks. Anglers are asked to use the south pier meanwhile.' };
    await importOne('cut-check.json', pier);
    // The import's pass waits for the lock, and the reload ends it there: nothing else would refresh this change.
    await reloadOptions();
    await other.evaluate(releaseLock);
    await waitForCurrentSnapshot((f) => options.evaluate(f), 40_000, before);
    await other.close();
  });

  it('a popup closed after a save hands its upkeep to the background, which finishes it with no other page open', async () => {
    await waitForCurrentSnapshot((f) => options.evaluate(f), 50_000);
    // The options page would finish it too as it opens: it is closed, and the lock is held in another page.
    const side = await session.open(session.extensionUrl('/sidebyside.html'));
    await options.close();
    await side.evaluate(holdLock, NORM_REFRESH_LOCK);
    const [, before] = await side.evaluate(snapshotGenerations);
    const page = await session.open(session.page('huge-article').path);
    const popup = await session.openPopupFor(page);
    await waitForPopupState(popup, ['no-coverage', 'ready']);
    await popup.click(byTestId('saveArticle'));
    await popup.waitFor(() => document.body.innerText.includes('Saved to your corpus.'), 30_000);
    // The popup's pass waits for the lock, and closing the popup ends it there.
    await popup.close();
    await page.close();
    await side.evaluate(releaseLock);
    await waitForCurrentSnapshot((f) => side.evaluate(f), 40_000, before);
    await side.close();
  });

  it('no request left 127.0.0.1 and the extension logged no error', () => {
    expect(session.requests.some((r) => r.url.startsWith(session.server.origin))).toBe(true);
    expect(session.offHostRequests()).toEqual([]);
    expect(session.extensionErrors()).toEqual([]);
  });
});
