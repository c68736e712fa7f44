/**
 * The reader's corpus in IndexedDB, in the real browser: the first-run move of the articles an older
 * version kept in extension storage, imports of JSON Lines with the progress bar and Cancel, several
 * writers at once, an import cut off by closing its page or by killing the browser (the store stays
 * consistent: the index check that rebuilds it from the articles finds no difference), a database a
 * newer version wrote (a clear message and an export of what can be read, nothing wiped), the sketch
 * values database version 3 kept bare (still looked up, then rewritten by upkeep), and opening an entry
 * side by side.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlesToJsonLines } from '../../lib/corpus/json-lines';
import type { Article } from '../../lib/types';
import { generateArticles } from '../../scripts/bench/generate-articles';
import { realSource } from '../../scripts/bench/real-source';
import { UNRELATED_OTHER_OUTLET } from '../../scripts/make-test-pages';
import { byTestId, EXTENSION_DIR, ExtensionSession, waitForPopupState } from './harness';
import { askSnapshotWorker, askStartedWorker, holdLock, holdSnapshotFile, releaseLock, releaseSnapshotFile, snapshotGenerations, snapshotIsCurrent, snapshotWorkerUrl, waitForCurrentSnapshot, startSnapshotWorker, type WorkerReply } from './snapshot-in-page';
import { SNAPSHOT_FILES } from '../../components/services/shard-snapshot-file';
import { NORM_REFRESH_LOCK } from '../../components/services/web-lock';

/** The extension API as a page of the extension sees it (these functions run in the browser). */
declare const chrome: { storage: { local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } } };

const source = realSource();
const articles = (n: number, seed: number): Article[] => generateArticles(source, n, seed);

async function openOptions(session: ExtensionSession): Promise<Page> {
  const path = session.manifest.options_ui?.page ?? session.manifest.options_page;
  if (!path) throw new Error('the manifest declares no options page');
  const page = await session.open(session.extensionUrl(path));
  await page.locator(byTestId('storeSummary')).or(page.locator(byTestId('storeProblem'))).first().waitFor({ timeout: 15_000 });
  return page;
}

const count = async (options: Page) => Number(await options.locator(byTestId('storeSummary')).first().getAttribute('data-count'));
const status = (options: Page) => options.locator(byTestId('importStatus')).first().innerText();

function chooseFile(options: Page, name: string, content: string) {
  return options.locator(byTestId('importPack')).first().setInputFiles({ name, mimeType: 'application/x-ndjson', buffer: Buffer.from(content) });
}

/** Imports a JSON Lines file and waits for the outcome line. */
async function importLines(options: Page, list: Article[], name = 'corpus.jsonl') {
  await chooseFile(options, name, articlesToJsonLines(list));
  await expect.poll(() => status(options), { timeout: 60_000 }).toMatch(/^(Imported|Import cancelled|Nothing)/);
  return status(options);
}

/** Reloads the options page until the summary shows `n` articles. */
async function expectCount(options: Page, n: number) {
  await expect
    .poll(
      async () => {
        await options.reload({ waitUntil: 'load' });
        await options.locator(byTestId('storeSummary')).first().waitFor({ timeout: 10_000 });
        return count(options);
      },
      { timeout: 30_000 },
    )
    .toBe(n);
}

async function checkIndex(options: Page) {
  await options.locator(byTestId('checkIndex')).first().click();
  await expect.poll(() => status(options), { timeout: 60_000 }).toMatch(/^The index/);
  return status(options);
}

/**
 * Runs in the page: how many stored articles keep a bare sketch value, as database version 3 kept them;
 * with `makeBare`, every record is made so first and the rewrite's progress removed (what version 3 left).
 */
function bareSketches(makeBare: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('outlet-diff-corpus');
    request.onsuccess = () => {
      const tx = request.result.transaction(['articles', 'meta'], makeBare ? 'readwrite' : 'readonly');
      const all = tx.objectStore('articles').getAll();
      let bare = 0;
      all.onsuccess = () => {
        for (const record of all.result as Array<{ sketch: string[] }>) {
          if (makeBare) tx.objectStore('articles').put({ ...record, sketch: record.sketch.map((key) => key.slice(0, 8)) });
          if (makeBare || record.sketch.some((key) => key.length === 8)) bare++;
        }
        if (makeBare) tx.objectStore('meta').delete('sketchUpgrade');
      };
      tx.oncomplete = () => {
        request.result.close();
        resolve(bare);
      };
      tx.onerror = () => reject(tx.error);
    };
    request.onerror = () => reject(request.error);
  });
}

describe('the corpus store in the browser', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await ExtensionSession.launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('moves the articles an older version kept in extension storage into the store on first run', async () => {
    // The side-by-side page does not open the store: it writes what an older version left behind.
    const side = await session.open(session.extensionUrl('/sidebyside.html'));
    const old = articles(3, 1);
    await side.evaluate((pack) => chrome.storage.local.set({ savedCorpus: pack }), { format: 'outlet-diff-corpus', version: 1, articles: old });
    const options = await openOptions(session);
    await expectCount(options, 3);
    await expect(options.locator(byTestId('storeSummary')).first().innerText()).resolves.toContain('saved by you: 3');
    expect(await side.evaluate(() => chrome.storage.local.get('savedCorpus'))).toEqual({});
    expect(await checkIndex(options)).toBe('The index matches your 3 articles.');
    await side.close();
    await options.close();
  });

  it('imports JSON Lines with an accessible progress bar, and Cancel stops it between batches', async () => {
    const options = await openOptions(session);
    const before = await count(options);
    await chooseFile(options, 'big.jsonl', articlesToJsonLines(articles(1_050, 2)));
    const bar = options.locator(byTestId('importProgress')).first();
    await bar.waitFor({ timeout: 30_000 });
    expect(await bar.getAttribute('role')).toBe('progressbar');
    expect(await bar.getAttribute('aria-valuemax')).toBe('1050');
    expect(Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(0);
    await options.locator(byTestId('importCancel')).first().click();
    await expect.poll(() => status(options), { timeout: 60_000 }).toMatch(/^(Import cancelled|Imported|Nothing)/);
    expect(await status(options)).toMatch(/^Import cancelled: [\d,]+ articles were added before it stopped/);
    const added = (await count(options)) - before;
    // Whole batches only (1,000 articles each), never a part of one.
    expect([0, 1000]).toContain(added);
    expect(await checkIndex(options)).toMatch(/^The index matches/);
    await options.close();
  });

  it('upkeep after an import writes the snapshot of the index, and the search worker answers from it', async () => {
    const options = await openOptions(session);
    const stored = articles(120, 11);
    expect(await importLines(options, stored, 'snapshot.jsonl')).toMatch(/^Imported/);
    // The refresh after the import writes the file; its header carries the refreshed generation.
    await waitForCurrentSnapshot((f) => options.evaluate(f), 50_000);
    // The worker the popup uses, run here on a copy of a stored article: it reads the shards from the file.
    const worker = snapshotWorkerUrl(EXTENSION_DIR);
    expect(worker, 'the build has the snapshot worker').toBeDefined();
    // Asked again while an upkeep pass still holds the file (the worker then reads the database: the same answer).
    let reply: WorkerReply = {};
    await expect.poll(async () => (reply = await options.evaluate(askSnapshotWorker, [worker!, { ...stored[7]!, id: 'page-copy', url: undefined }] as const)).fromSnapshot ?? 0, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(reply.coverage?.matches[0]).toMatchObject({ article: { id: stored[7]!.id }, decision: 'this-article' });
    expect(reply.fromSnapshot).toBeGreaterThan(0);
    // The next refresh writes the other of the two files: while one is being written (here held open, as
    // the refresh holds it), the worker still reads the newest. Asked until the files hold still: an
    // earlier page's upkeep may still be settling them.
    let meanwhile: WorkerReply = {};
    const askWhileHeld = async () => {
      const [files] = await options.evaluate(snapshotGenerations);
      await options.evaluate(holdSnapshotFile, SNAPSHOT_FILES[files[0] >= files[1] ? 1 : 0]!);
      meanwhile = await options.evaluate(askSnapshotWorker, [worker!, { ...stored[7]!, id: 'page-copy', url: undefined }] as const);
      await options.evaluate(releaseSnapshotFile);
      return meanwhile.fromSnapshot ?? 0;
    };
    await expect.poll(askWhileHeld, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(meanwhile.coverage?.matches[0]).toMatchObject({ article: { id: stored[7]!.id }, decision: 'this-article' });
    // An import's upkeep writes a file of the new generation, and the older file is removed once it is kept.
    // A worker started before (it named the file to read then, as the popup's does while it reads the
    // page) and asked after still answers, from the database: its file is gone.
    const [atStart, before] = await options.evaluate(snapshotGenerations);
    // The file it names: the newest whole one.
    const named = atStart[0] >= atStart[1] ? 0 : 1;
    await options.evaluate(startSnapshotWorker, worker!);
    expect(await importLines(options, articles(20, 13), 'snapshot-2.jsonl')).toMatch(/^Imported/);
    await expect
      .poll(
        async () => {
          const [files, refresh] = await options.evaluate(snapshotGenerations);
          return refresh > before && snapshotIsCurrent([files, refresh]) && files.includes(-1);
        },
        { timeout: 60_000 },
      )
      .toBe(true);
    const late = await options.evaluate(askStartedWorker, { ...stored[7]!, id: 'page-copy', url: undefined });
    expect(late.coverage?.matches[0]).toMatchObject({ article: { id: stored[7]!.id }, decision: 'this-article' });
    // Its file gone (as it is unless a second pass has written that name again since): nothing from a file.
    if ((await options.evaluate(snapshotGenerations))[0][named] === -1) expect(late.fromSnapshot).toBe(0);
    // A worker started now reads the new file.
    await options.evaluate(startSnapshotWorker, worker!);
    const fresh = await options.evaluate(askStartedWorker, { ...stored[7]!, id: 'page-copy', url: undefined });
    expect(fresh.coverage?.matches[0]).toMatchObject({ article: { id: stored[7]!.id }, decision: 'this-article' });
    expect(fresh.fromSnapshot).toBeGreaterThan(0);
    await options.close();
  });

  it('the norm refresh is one pass at a time across pages: while another page holds its lock, an import\'s upkeep waits, then refreshes', async () => {
    const options = await openOptions(session);
    const other = await session.open(session.extensionUrl('/sidebyside.html'));
    const batch = articles(15, 14);
    expect(await importLines(options, batch.slice(0, 5), 'unlocked.jsonl')).toMatch(/^Imported/);
    await waitForCurrentSnapshot((f) => options.evaluate(f), 50_000);
    await other.evaluate(holdLock, NORM_REFRESH_LOCK);
    // Read once the lock is held: a pass that held it before (a later change's) has ended by then.
    const [, before] = await options.evaluate(snapshotGenerations);
    expect(await importLines(options, batch.slice(5), 'locked.jsonl')).toMatch(/^Imported: 10\./);
    // The import's upkeep waits for the lock: no refresh of the new generation while it is held.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect((await options.evaluate(snapshotGenerations))[1]).toBe(before);
    await other.evaluate(releaseLock);
    await expect
      .poll(
        async () => {
          const [files, refresh] = await options.evaluate(snapshotGenerations);
          return refresh > before && snapshotIsCurrent([files, refresh]);
        },
        { timeout: 60_000 },
      )
      .toBe(true);
    await other.close();
    await options.close();
  });

  it('an upkeep pass cut short by reloading its page (as closing a popup after a save ends its pass) is finished by the page as it opens again', async () => {
    const options = await openOptions(session);
    const other = await session.open(session.extensionUrl('/sidebyside.html'));
    await waitForCurrentSnapshot((f) => options.evaluate(f), 50_000);
    await other.evaluate(holdLock, NORM_REFRESH_LOCK);
    const [, before] = await options.evaluate(snapshotGenerations);
    expect(await importLines(options, articles(3, 17), 'cut.jsonl')).toMatch(/^Imported: 3\./);
    // The import's pass waits for the lock, and the reload ends it there: nothing else would refresh this change.
    await options.reload({ waitUntil: 'load' });
    await options.locator(byTestId('storeSummary')).first().waitFor({ timeout: 10_000 });
    await other.evaluate(releaseLock);
    await waitForCurrentSnapshot((f) => options.evaluate(f), 40_000, before);
    await other.close();
    await options.close();
  });

  it('a popup closed after a save hands its upkeep to the background, which finishes it with no other page open', async () => {
    const side = await session.open(session.extensionUrl('/sidebyside.html'));
    await waitForCurrentSnapshot((f) => side.evaluate(f), 50_000);
    await side.evaluate(holdLock, NORM_REFRESH_LOCK);
    const [, before] = await side.evaluate(snapshotGenerations);
    // A page no other test here saves (the several writers' popup saves the unrelated article).
    const page = await session.open(session.page('huge-article').path);
    const popup = await session.openPopupFor(page);
    await waitForPopupState(popup, ['no-coverage', 'ready']);
    await popup.locator(byTestId('saveArticle')).first().click();
    await expect.poll(() => popup.locator('body').innerText(), { timeout: 30_000 }).toMatch(/Saved to your corpus/);
    // The popup's pass waits for the lock, and closing the popup ends it there.
    await popup.close();
    await page.close();
    await side.evaluate(releaseLock);
    await waitForCurrentSnapshot((f) => side.evaluate(f), 40_000, before);
    await side.close();
  });

  it('a store whose sketches an older version kept bare: a near-identical copy is still skipped, and upkeep rewrites them', async () => {
    const options = await openOptions(session);
    const stored = articles(40, 12);
    expect(await importLines(options, stored, 'bare.jsonl')).toMatch(/^Imported: 40\./);
    // What database version 3 kept: the same records with bare sketch values, and no rewrite begun.
    const side = await session.open(session.extensionUrl('/sidebyside.html'));
    expect(await side.evaluate(bareSketches, true)).toBeGreaterThanOrEqual(40);
    // A near-identical copy (another URL, a line added): found through the bare values, skipped.
    const copy = { ...stored[3]!, id: 'copy-elsewhere', url: 'https://mirror.test/copy', text: `${stored[3]!.text}\n\nUpdated with a correction.`, published: '2020-01-01' };
    expect(await importLines(options, [copy], 'copy.jsonl')).toMatch(/^Imported: 0\. Duplicates skipped: 1\./);
    // That import's upkeep rewrites every record with sized keys.
    await expect.poll(() => side.evaluate(bareSketches, false), { timeout: 60_000 }).toBe(0);
    expect(await importLines(options, [{ ...copy, id: 'copy-again', url: 'https://mirror.test/again' }], 'again.jsonl')).toMatch(/^Imported: 0\. Duplicates skipped: 1\./);
    expect(await checkIndex(options)).toMatch(/^The index matches/);
    await side.close();
    await options.close();
  });

  it('several writers at once (a popup saving, two pages importing) lose nothing', async () => {
    const options = await openOptions(session);
    const other = await openOptions(session);
    const before = await count(options);
    const page = await session.open(session.page('unrelated-article').path);
    const popup = await session.openPopupFor(page);
    await waitForPopupState(popup, ['no-coverage', 'ready']);
    const [a, b] = await Promise.all([importLines(options, articles(40, 3), 'a.jsonl'), importLines(other, articles(40, 4), 'b.jsonl'), popup.locator(byTestId('saveArticle')).first().click()]);
    await expect.poll(() => popup.locator('body').innerText(), { timeout: 30_000 }).toMatch(/Saved to your corpus|already in your corpus/);
    // Every article each writer says it added is there (the generated sets may share a near-identical copy: skipped as duplicates).
    // Net: added minus the kept articles a newer version replaced.
    const added = (line: string) => Number(/^Imported: (\d+)\./.exec(line)?.[1] ?? NaN) - Number(/Newer versions replaced: (\d+)/.exec(line)?.[1] ?? 0);
    const saved = (await popup.locator('body').innerText()).includes('Saved to your corpus') ? 1 : 0;
    expect(added(a) + added(b)).toBeGreaterThan(70);
    await expectCount(options, before + added(a) + added(b) + saved);
    expect(await checkIndex(options)).toMatch(/^The index matches/);
    for (const p of [options, other, popup, page]) await p.close().catch(() => undefined);
  });

  it('an import whose page is closed halfway leaves the store consistent', async () => {
    const options = await openOptions(session);
    const before = await count(options);
    await chooseFile(options, 'closed.jsonl', articlesToJsonLines(articles(1_050, 5)));
    await options.locator(byTestId('importProgress')).first().waitFor({ timeout: 30_000 });
    await options.close();
    const again = await openOptions(session);
    expect([before, before + 1000, before + 1050]).toContain(await count(again));
    expect(await checkIndex(again)).toMatch(/^The index matches/);
    await again.close();
  });

  it('opens an entry of the list side by side with its nearest other report', async () => {
    const options = await openOptions(session);
    await importLines(options, [UNRELATED_OTHER_OUTLET], 'one.jsonl');
    await options.locator(byTestId('searchBox')).first().fill(UNRELATED_OTHER_OUTLET.title.split(' ').slice(0, 3).join(' '));
    const row = options.locator(`${byTestId('savedArticle')}[data-article-id="${UNRELATED_OTHER_OUTLET.id}"]`).first();
    await row.waitFor({ timeout: 10_000 });
    const opened = session.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidebyside.html'), timeout: 30_000 });
    await row.locator(byTestId('openArticle')).click();
    const side = await opened;
    await side.locator(byTestId('columnA')).first().waitFor({ timeout: 15_000 });
    await expect(side.locator(byTestId('columnA')).first().innerText()).resolves.toContain(UNRELATED_OTHER_OUTLET.text.split('.')[0]!.slice(0, 30));
    await side.close();
    await options.close();
  });

  it('no request left 127.0.0.1 and the extension logged no error', () => {
    expect(session.offHostRequests()).toEqual([]);
    expect(session.extensionErrors()).toEqual([]);
  });
});

describe('the corpus store across a browser crash and a downgrade', () => {
  const profile = mkdtempSync(join(tmpdir(), 'outlet-diff-crash-'));
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it('a browser killed in the middle of an import leaves a consistent store, found so after restart', async () => {
    const first = await ExtensionSession.launch({ profile });
    let before: number;
    try {
      const options = await openOptions(first);
      await importLines(options, articles(30, 6), 'first.jsonl');
      before = await count(options);
      // The outcome line shows only once the summary counts what was imported.
      expect(before).toBe(30);
      await chooseFile(options, 'killed.jsonl', articlesToJsonLines(articles(1_050, 7)));
      await options.locator(byTestId('importProgress')).first().waitFor({ timeout: 30_000 });
    } catch (error) {
      await first.close();
      throw error;
    }
    await first.killBrowser();
    const second = await ExtensionSession.launch({ profile });
    try {
      const options = await openOptions(second);
      expect([before, before + 1000, before + 1050]).toContain(await count(options));
      expect(await checkIndex(options)).toMatch(/^The index matches your [\d,]+ articles\.$/);
      expect(second.extensionErrors()).toEqual([]);
    } finally {
      await second.close();
    }
  });

  it('a database a newer version wrote: a clear message, an export of what can be read, nothing wiped', async () => {
    const session = await ExtensionSession.launch({ profile });
    try {
      // What a newer version would leave: the same database at a higher version.
      const side = await session.open(session.extensionUrl('/sidebyside.html'));
      const version = await side.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const request = indexedDB.open('outlet-diff-corpus', 99);
            request.onupgradeneeded = () => request.result.createObjectStore('futureStore');
            request.onsuccess = () => {
              const v = request.result.version;
              request.result.close();
              resolve(v);
            };
            request.onerror = () => reject(request.error);
          }),
      );
      expect(version).toBe(99);
      const options = await openOptions(session);
      const alert = options.locator(byTestId('storeProblem')).first();
      await expect(alert.getAttribute('data-kind')).resolves.toBe('newer');
      await expect(alert.innerText()).resolves.toMatch(/newer version of Outlet Diff.*Nothing was changed/s);
      const download = options.waitForEvent('download', { timeout: 30_000 });
      await options.locator(byTestId('exportReadable')).first().click();
      const lines = readFileSync(await (await download).path(), 'utf8').trim().split('\n');
      expect(lines.length).toBeGreaterThan(0);
      expect(JSON.parse(lines[0]!)).toHaveProperty('text');
      // Nothing was wiped: the articles are still there, at version 99.
      const kept = await side.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const request = indexedDB.open('outlet-diff-corpus');
            request.onsuccess = () => {
              const tx = request.result.transaction('articles');
              const counted = tx.objectStore('articles').count();
              counted.onsuccess = () => resolve(counted.result);
            };
          }),
      );
      expect(kept).toBe(lines.length);
      expect(session.offHostRequests()).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
