/**
 * `npm run bench:store-chromium` (after `npm run build`): the store bench in Chromium, through the
 * browser tests' harness, run by hand for the README (too long for CI: the 100,000 fill alone takes
 * minutes). For each size (OD_BENCH_STORE_SIZES, default 10000,100000), in a fresh profile: the built
 * extension's own page runs store-workload.ts on the extension's own database (store-chromium-page.ts,
 * bundled here with esbuild), then the browser is restarted for each timed popup open (a cold start:
 * no database open, nothing cached by the extension), on two pages: the ~1,000-word page of the popup
 * bench (corpus story; coverage from the bundled corpus among the stored articles) and a stored
 * article's own page (coverage from the store). The same popup timings on an empty store come first,
 * as the baseline. Skipped, in one line, without the build or Chromium.
 *
 * OD_BENCH_STORE_PROFILE=<dir> keeps the filled store instead (one size): the first run fills the
 * profile in <dir>, every later run only measures it (store-workload.ts's measureStore, which leaves the
 * store as it found it), the popup's worker (refreshed, right after a save, during the refresh, and
 * while a save folds a full index log) and the cold popups. A change to the query or the writes is then
 * measured at 100,000 articles in minutes, not after an hour's fill (OD_BENCH_STORE_ONLY=worker: only
 * the worker on the refreshed store and the cold popups; OD_BENCH_STORE_ONLY=add: only single saves,
 * then taken back; OD_BENCH_STORE_ONLY=floor: what the design can reach, the least an exact query and an
 * add can take on that store, no popups; OD_BENCH_COLD_RUNS: cold popups per page, 3 by default). The extension must load
 * from the same folder each time (EXTENSION_DIR: its id, and so its database, follow the folder).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { DynamicRoute } from '../../tests/browser/server';
import { EXTENSION_DIR, ExtensionSession, ROOT, waitForPopupState } from '../../tests/browser/harness';
import { snapshotWorkerUrl } from '../../tests/browser/snapshot-in-page';
import type { Article } from '../../lib/types';
import { articlePage, bodyHtml } from '../make-test-pages';
import { benchSizes } from './bench-sizes';
import { generateArticles, type GeneratedSource } from './generate-articles';
import { BENCH_PAGE_PATH, benchPage } from './popup-page';
import { realSource } from './real-source';
import type { FloorReply } from './store-floor-worker';
import type { AddFloorFigures, AddsFigures, ChromiumStoreFigures, FoldFigures, ImportFigures, Settled } from './store-chromium-page';
import { IMPORT_BATCH } from '../../lib/store/import-articles';
import { INDEX_LAYOUT } from '../../lib/store/index-layout';
import { addLines, fillLines, measureLines, perAdd, storeBenchData, storeBenchLines, timing, type FillFigures, type MeasureFigures, type Sample, type Timing } from './store-workload';

/** Cold popup opens per page and size, each after a browser restart (OD_BENCH_COLD_RUNS for more). */
const COLD_RUNS = (() => {
  const runs = Number(process.env.OD_BENCH_COLD_RUNS ?? 3);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`OD_BENCH_COLD_RUNS must be a whole number of runs, 1 or more: ${process.env.OD_BENCH_COLD_RUNS}`);
  return runs;
})();
const STORED_PAGE_PATH = '/bench/stored-article.html';
/** The seed of the articles saved until the log folds: not the stored ones' (7), so none is a copy. */
const FOLD_SEED = 99;
/** The articles imported while popups open: two batches of the options page's import. */
const IMPORTED = 2 * IMPORT_BATCH;
const IMPORT_SEED = 98;
/** The ids of the bench's own saves and imports: how a killed run's leftovers are found again. */
const foldId = (i: number) => `fold-${i}`;
const importId = (i: number) => `import-${i}`;
/** Pages the popup's worker is asked for right after the import (each a fresh worker, as a popup). */
const AFTER_IMPORT_PAGES = 30;

/** The page entry bundled for the browser: one script that defines odStoreBench on the page. */
async function pageScript(): Promise<string> {
  const result = await build({ entryPoints: [join(ROOT, 'scripts', 'bench', 'store-chromium-page.ts')], bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', write: false, logLevel: 'silent' });
  return (result.outputFiles[0] as { text: string }).text;
}

/** The first stored article of every size (store-workload.ts stores generateArticles(source, n, 7) first), as a news page. */
function storedArticleRoute(source: GeneratedSource): DynamicRoute {
  const [article] = generateArticles(source, 1, 7);
  if (!article) throw new Error('no generated article');
  const html = articlePage({ site: { name: article.outlet, section: 'World', accent: '#335577' }, title: article.title, body: bodyHtml(article.text), url: `http://127.0.0.1${STORED_PAGE_PATH}`, published: article.published });
  return { type: 'text/html; charset=utf-8', body: () => html };
}

/** Runs one of the page's functions (store-chromium-page.ts) in the extension's own page on `profile`. */
async function inPage<T>(profile: string, script: string, name: 'odStoreAddFloor' | 'odStoreAddsTimed' | 'odStoreSettle' | 'odStoreBench' | 'odStoreFill' | 'odStoreMeasure' | 'odStoreSaveOne' | 'odStoreUndoSaves' | 'odStoreFoldTimed' | 'odStoreImportTimed', args: readonly unknown[]): Promise<T> {
  const session = await ExtensionSession.launch({ profile });
  try {
    // The side-by-side page does not open the store itself: the bench has the database to itself.
    const page = await session.open(session.extensionUrl('/sidebyside.html'));
    // Through the DevTools protocol, as any test's page.evaluate: the page's CSP does not apply to it.
    await page.evaluate(script);
    return (await page.evaluate(([f, given]) => (globalThis as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[f]!(...given), [name, args] as const)) as T;
  } finally {
    await session.close();
  }
}

/** The kept-profile run (OD_BENCH_STORE_PROFILE): fill once, then measure each time. */
async function keptProfile(dir: string, script: string, source: GeneratedSource, n: number, out: (line: string) => void): Promise<void> {
  const marker = join(dir, 'od-bench-store-size');
  if (existsSync(marker) && Number(readFileSync(marker, 'utf8')) !== n) throw new Error(`${dir} holds ${readFileSync(marker, 'utf8')} articles, not ${n}: give another folder`);
  // The profile keeps the background script it registered first, whatever the extension folder holds
  // now: without its registration, Chromium registers the build's own (the store is kept elsewhere).
  rmSync(join(dir, 'Default', 'Service Worker'), { recursive: true, force: true });
  if (!existsSync(marker)) {
    mkdirSync(dir, { recursive: true });
    fillLines(await inPage<FillFigures>(dir, script, 'odStoreFill', [source, n])).forEach(out);
    writeFileSync(marker, String(n));
  } else out(`${n.toLocaleString('en')} articles, kept in ${dir}:`);
  // The sample is made here: the page then never generates the 100,000 articles it would be picked from.
  const { sample } = storeBenchData(source, n);
  // A run killed before its undo leaves articles stored and the norms unrefreshed: put the store back first.
  const benchIds = [...sample.singles, ...sample.toFold].map((a) => a.id).concat(Array.from({ length: INDEX_LAYOUT.logEntries }, (_, i) => foldId(i)), Array.from({ length: IMPORTED }, (_, i) => importId(i)));
  const settled = await inPage<Settled>(dir, script, 'odStoreSettle', [benchIds]);
  if (settled.removed || settled.refreshMs !== undefined) out(`  (a killed run's leftovers put right first: ${settled.removed} bench articles deleted${settled.refreshMs === undefined ? '' : `, the norms refreshed in ${(settled.refreshMs / 1000).toFixed(1)} s`})`);
  const workerUrl = snapshotWorkerUrl(EXTENSION_DIR);
  if (!workerUrl) throw new Error(`no snapshot worker in the build at ${EXTENSION_DIR}`);
  // OD_BENCH_STORE_ONLY=worker: the popup's worker on the refreshed store alone, then the cold popups (a
  // change to the query, timed in minutes). OD_BENCH_STORE_ONLY=add: single saves alone, then taken back
  // (a change to the add path). OD_BENCH_STORE_ONLY=import: the import lines alone (a change to what an
  // import leaves, timed in minutes, not half an hour).
  const only = process.env.OD_BENCH_STORE_ONLY;
  if (only === 'worker') return out(await workerLine(dir, sample.pages));
  if (only === 'floor') return floorLines(dir, script, sample.pages, out);
  if (only === 'add') {
    const adds = await inPage<AddsFigures>(dir, script, 'odStoreAddsTimed', [sample.singles]);
    addLines(timing(adds.times), perAdd(adds.counts, adds.times.length)).forEach(out);
    return inPage<void>(dir, script, 'odStoreUndoSaves', [adds.docNos]);
  }
  if (only !== 'import') await savesAndFolds(dir, script, source, sample, out, workerUrl);
  // An import as the options page makes it, first alone, then with popups opened one after another meanwhile.
  const imported = generateArticles(source, IMPORTED, IMPORT_SEED).map((article, i) => ({ ...article, id: importId(i), url: undefined }));
  const alone = await inPage<ImportFigures>(dir, script, 'odStoreImportTimed', [imported, sample.pages[1]]);
  out(`  importing ${IMPORTED.toLocaleString('en')} articles alone (batches of ${IMPORT_BATCH.toLocaleString('en')}): ${(alone.ms / 1000).toFixed(1)} s, ${(alone.ms / Math.max(1, alone.added)).toFixed(1)} ms per article, ${alone.added.toLocaleString('en')} added`);
  await inPage<void>(dir, script, 'odStoreUndoSaves', [alone.docNos]);
  const importing = await inPage<ImportFigures>(dir, script, 'odStoreImportTimed', [imported, sample.pages[1], workerUrl]);
  const asked = timing(importing.workerDuringMs);
  out(`  importing ${IMPORTED.toLocaleString('en')} articles (batches of ${IMPORT_BATCH.toLocaleString('en')}, as the options page does): ${(importing.ms / 1000).toFixed(1)} s, ${importing.added.toLocaleString('en')} added; the popup's worker asked while it ran: p50 ${asked.p50.toFixed(0)} ms, p95 ${asked.p95.toFixed(0)} ms, max ${asked.max.toFixed(0)} ms (${asked.n})`);
  // Then until the refresh after it ends (minutes at 100,000), as a popup opened right after an import.
  out(await workerLine(dir, sample.pages.slice(0, AFTER_IMPORT_PAGES), `right after importing ${IMPORTED.toLocaleString('en')}, before the refresh`));
  await inPage<void>(dir, script, 'odStoreUndoSaves', [importing.docNos]);
}

/** The kept-profile lines of the refreshed store, single saves and deletes, and the fold of a full log. */
async function savesAndFolds(dir: string, script: string, source: GeneratedSource, sample: Sample, out: (line: string) => void, workerUrl: string): Promise<void> {
  measureLines(await inPage<MeasureFigures>(dir, script, 'odStoreMeasure', [sample])).forEach(out);
  out(await workerLine(dir, sample.pages));
  // Right after a save (the change in the index log, the refresh not run yet), as a popup opened then.
  const saved = await inPage<number>(dir, script, 'odStoreSaveOne', [sample.singles[0]]);
  out(await workerLine(dir, sample.pages, 'right after one save, before the refresh'));
  // Then while the refresh after that save runs (its first step folds the log into the shards), as a
  // popup opened during the upkeep after a save or a feed refresh.
  out(await workerLine(dir, sample.pages, 'while the refresh after that save runs', script));
  await inPage<void>(dir, script, 'odStoreUndoSaves', [[saved]]);
  // Saves one at a time until one finds the index log full and folds it (a reader's saves, a feed's
  // items): that save is one write transaction over the shards, and a popup opened then waits for it.
  const saves = generateArticles(source, INDEX_LAYOUT.logEntries, FOLD_SEED).map((article, i) => ({ ...article, id: foldId(i), url: undefined }));
  const fold = await inPage<FoldFigures>(dir, script, 'odStoreFoldTimed', [saves, sample.pages[1], workerUrl]);
  const logged = timing(fold.logged);
  const during = timing(fold.workerDuringMs);
  out(`  ${fold.logged.length} saves one at a time into the index log: p50 ${logged.p50.toFixed(1)} ms, p95 ${logged.p95.toFixed(1)} ms; the next save, which fills the log and folds it into the shards in slices: ${fold.foldMs.toFixed(0)} ms with its fold; the popup's worker asked while they ran: p50 ${during.p50.toFixed(0)} ms, max ${during.max.toFixed(0)} ms (${during.n}; just before: ${fold.workerBeforeMs.toFixed(0)} ms)`);
  await inPage<void>(dir, script, 'odStoreUndoSaves', [fold.docNos]);
}

/** Single adds the add floor times. */
const FLOOR_ADDS = 30;
/** Queries a warm floor worker answers before the one timed (a long-lived worker's code is optimised by then). */
const FLOOR_WARM_UPS = 3;

/**
 * OD_BENCH_STORE_ONLY=floor on a kept store: what the store's design can reach, apart from what its code
 * does. The query floor (store-floor-worker.ts, bundled into the build's assets for the run and removed
 * after) on each sample page, reading only the rare terms and then every term, each in a fresh worker
 * asked WORKER_LEAD_MS after its start as the popup's, and in a worker that has answered
 * FLOOR_WARM_UPS queries already; then the database's floor for one add (odStoreAddFloor).
 */
async function floorLines(dir: string, script: string, pages: readonly Article[], out: (line: string) => void): Promise<void> {
  // The adds first: right after a hundred workers have read the file, the database answered slower.
  const adds = await inPage<AddFloorFigures>(dir, script, 'odStoreAddFloor', [FLOOR_ADDS]);
  const [reads, writes, total] = [adds.readsMs, adds.writesMs, adds.totalMs].map(timing) as [Timing, Timing, Timing];
  out(`  add floor (the database alone: an add's reads, its records written, the commit; no text work): p50 ${total.p50.toFixed(1)} ms, p95 ${total.p95.toFixed(1)} ms (${total.n}); the reads ${reads.p50.toFixed(1)} / ${reads.p95.toFixed(1)} ms, the writes and commit ${writes.p50.toFixed(1)} / ${writes.p95.toFixed(1)} ms`);
  const asset = join(EXTENSION_DIR, 'assets', 'bench-floor-worker.js');
  await build({ entryPoints: [join(ROOT, 'scripts', 'bench', 'store-floor-worker.ts')], bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', outfile: asset, logLevel: 'silent' });
  try {
    const session = await ExtensionSession.launch({ profile: dir });
    try {
      const page = await session.open(session.extensionUrl('/sidebyside.html'));
      for (const rareOnly of [true, false]) {
        for (const warmUps of [0, FLOOR_WARM_UPS]) {
          const replies = await page.evaluate(
            async ([url, articles, rare, warm, lead]) => {
              // No named functions in here: the bundler's name helper does not exist in the page.
              const out: FloorReply[] = [];
              for (const [i, article] of articles.entries()) {
                const worker = new Worker(url);
                await new Promise((resolve) => setTimeout(resolve, lead));
                // The warm-ups are other pages: a page asked twice would find its own postings cached.
                const asked = [...Array.from({ length: warm }, (_, k) => articles[(i + k + 1) % articles.length] as Article), article];
                let reply: FloorReply | undefined;
                for (const each of asked) {
                  reply = await new Promise<FloorReply>((resolve) => {
                    worker.onmessage = (event: MessageEvent<FloorReply>) => resolve(event.data);
                    worker.onerror = (event) => resolve({ error: event.message } as FloorReply);
                    worker.postMessage({ article: each, rareOnly: rare });
                  });
                }
                out.push(reply as FloorReply);
                worker.terminate();
              }
              return out;
            },
            [session.extensionUrl('/assets/bench-floor-worker.js'), pages, rareOnly, warmUps, WORKER_LEAD_MS] as const,
          );
          const failed = replies.find((r) => r.error);
          if (failed) throw new Error(`the floor worker failed: ${failed.error}`);
          const t = (key: 'totalMs' | 'openMs' | 'headerMs' | 'termsMs' | 'sumMs' | 'rankMs') => timing(replies.map((r) => r[key]));
          const phase = (name: string, key: 'openMs' | 'headerMs' | 'termsMs' | 'sumMs' | 'rankMs') => `${name} ${t(key).p50.toFixed(1)} / ${t(key).p95.toFixed(1)}`;
          const median = (key: 'postings' | 'touched') => timing(replies.map((r) => r[key])).p50;
          out(
            `  query floor (${rareOnly ? 'only the terms under 1/256 of the articles' : 'every term'}; ${warmUps ? `a worker that has answered ${warmUps} queries` : `a fresh worker, asked ${WORKER_LEAD_MS} ms after its start`}; no database, no bundled corpus, no decisions): p50 ${t('totalMs').p50.toFixed(1)} ms, p95 ${t('totalMs').p95.toFixed(1)} ms (${replies.length}); p50 / p95 of its parts: ${phase('open', 'openMs')}, ${phase('header, norms', 'headerMs')}, ${phase('page terms', 'termsMs')}, ${phase('postings read and summed', 'sumMs')}, ${phase('ranked', 'rankMs')} ms; median ${median('postings').toLocaleString('en')} postings, ${median('touched').toLocaleString('en')} articles touched`,
          );
        }
      }
    } finally {
      await session.close();
    }
  } finally {
    rmSync(asset, { force: true });
  }
}

/**
 * How long after its start the popup's worker is asked (OD_BENCH_WORKER_LEAD, ms): 300 by default; the
 * cold popups print how long the popup itself leaves it (about 160-320 ms at 100,000 articles).
 */
const WORKER_LEAD_MS = workerLead();

function workerLead(): number {
  const lead = Number(process.env.OD_BENCH_WORKER_LEAD ?? 300);
  if (!Number.isFinite(lead) || lead < 0) throw new Error(`OD_BENCH_WORKER_LEAD must be a number of milliseconds, 0 or more: ${process.env.OD_BENCH_WORKER_LEAD}`);
  return lead;
}

/**
 * The popup's own query: the snapshot worker of the build (snapshot-coverage-worker.ts), started a moment
 * before it is asked (the popup starts it while it reads the page), on each sample page of a refreshed
 * store: what the popup waits for between the page's text and its coverage. Given the page script, the
 * page first starts a norm refresh (odStoreRefresh) and asks only while it runs.
 */
async function workerQueries(profile: string, pages: readonly Article[], duringRefreshOf?: string): Promise<{ time: Timing; fromSnapshot: number; failed: number; refreshMs?: number }> {
  const url = snapshotWorkerUrl(EXTENSION_DIR);
  if (!url) throw new Error(`no snapshot worker in the build at ${EXTENSION_DIR}`);
  const session = await ExtensionSession.launch({ profile });
  try {
    const page = await session.open(session.extensionUrl('/sidebyside.html'));
    if (duringRefreshOf) await page.evaluate(duringRefreshOf);
    const { replies, refreshMs } = await page.evaluate(async ([workerUrl, articles, duringRefresh, lead]) => {
      const out: Array<{ ms: number; fromSnapshot: number; answered: boolean }> = [];
      const began = performance.now();
      let refreshMs: number | undefined;
      const refreshing = duringRefresh ? (globalThis as unknown as { odStoreRefresh(): Promise<void> }).odStoreRefresh().then(() => void (refreshMs = performance.now() - began)) : undefined;
      for (const article of articles) {
        if (refreshing && refreshMs !== undefined) break;
        const worker = new Worker(workerUrl, { type: 'module' });
        await new Promise((resolve) => setTimeout(resolve, lead));
        const started = performance.now();
        const reply = await new Promise<{ coverage?: unknown; fromSnapshot?: number }>((resolve) => {
          worker.onmessage = (event: MessageEvent<{ coverage?: unknown; fromSnapshot?: number }>) => resolve(event.data);
          worker.onerror = () => resolve({});
          worker.postMessage({ article });
        });
        // A query the refresh outlasted only: one answered after it ended is not counted.
        if (!refreshing || refreshMs === undefined) out.push({ ms: performance.now() - started, fromSnapshot: reply.fromSnapshot ?? 0, answered: reply.coverage !== undefined });
        worker.terminate();
      }
      await refreshing;
      return { replies: out, refreshMs };
    }, [url, pages, duringRefreshOf !== undefined, WORKER_LEAD_MS] as const);
    return { time: timing(replies.map((r) => r.ms)), fromSnapshot: replies.reduce((sum, r) => sum + r.fromSnapshot, 0) / Math.max(1, replies.length), failed: replies.filter((r) => !r.answered).length, ...(refreshMs === undefined ? {} : { refreshMs }) };
  } finally {
    await session.close();
  }
}

/** The worker's figures as a report line (while a refresh runs, given the page script). */
async function workerLine(profile: string, pages: readonly Article[], state = 'refreshed store', duringRefreshOf?: string): Promise<string> {
  const { time, fromSnapshot, failed, refreshMs } = await workerQueries(profile, pages, duringRefreshOf);
  const refresh = refreshMs === undefined ? '' : `; the refresh took ${(refreshMs / 1000).toFixed(1)} s`;
  return `  coverage query in the popup's worker (${state}, shards from the snapshot file where it holds them; the worker started ${WORKER_LEAD_MS} ms before): p50 ${time.p50.toFixed(1)} ms, p95 ${time.p95.toFixed(1)} ms, max ${time.max.toFixed(0)} ms (${time.n}); shards from the file per query ${fromSnapshot.toFixed(0)}${failed ? `; ${failed} FAILED` : ''}${refresh}`;
}

interface PopupTimes {
  click: Timing;
  textToScreen: Timing;
  states: string[];
  /** How long after its start the popup's worker was asked, each time (snapshotCoverage's od:worker-lead). */
  leads: number[];
}

/** Toolbar click -> coverage on screen, each time in a browser just started on `profile`. */
async function coldPopups(profile: string, routes: Record<string, DynamicRoute>, path: string): Promise<PopupTimes> {
  const clicks: number[] = [];
  const textToScreen: number[] = [];
  const states = new Set<string>();
  const leads: number[] = [];
  for (let run = 0; run < COLD_RUNS; run++) {
    const session = await ExtensionSession.launch({ profile, routes });
    try {
      const tab = await session.open(path);
      const started = performance.now();
      const popup = await session.openPopupFor(tab);
      states.add(await waitForPopupState(popup, ['this-article', 'ready', 'no-coverage'], 60_000));
      clicks.push(performance.now() - started);
      await popup.waitForFunction(() => performance.getEntriesByName('od:text-to-screen').length > 0, undefined, { timeout: 10_000 });
      textToScreen.push(await popup.evaluate(() => performance.getEntriesByName('od:text-to-screen').at(-1)!.duration));
      leads.push(await popup.evaluate(() => performance.getEntriesByName('od:worker-lead').at(-1)?.duration ?? Number.NaN));
      if (session.offHostRequests().length) throw new Error(`requests left 127.0.0.1: ${session.offHostRequests().map((r) => r.url).join(', ')}`);
    } finally {
      await session.close();
    }
  }
  return { click: timing(clicks), textToScreen: timing(textToScreen), states: [...states], leads };
}

export async function benchStoreChromium(): Promise<void> {
  const out = (line: string) => void process.stdout.write(`${line}\n`);
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) return out(`store in Chromium: skipped: no build at ${EXTENSION_DIR} (run npm run build first)`);
  if (!existsSync(chromium)) return out(`store in Chromium: skipped: Chromium not found at ${chromium} (set CHROMIUM_PATH; apt-get install chromium)`);
  const source = realSource();
  const script = await pageScript();
  const corpusPage = benchPage();
  const routes: Record<string, DynamicRoute> = { [BENCH_PAGE_PATH]: { type: 'text/html; charset=utf-8', body: () => corpusPage.html }, [STORED_PAGE_PATH]: storedArticleRoute(source) };
  const ms = (t: Timing) => `median ${t.p50.toFixed(0)} ms, max ${t.max.toFixed(0)} ms (${t.n})`;
  const popupLines = async (profile: string) => {
    for (const [name, path] of [[`the ${corpusPage.words}-word page on the corpus story`, BENCH_PAGE_PATH], ['a stored article', STORED_PAGE_PATH]] as const) {
      const times = await coldPopups(profile, routes, path);
      out(`  cold popup on ${name} (${times.states.join(', ')}): toolbar click -> coverage on screen ${ms(times.click)}; od:text-to-screen ${ms(times.textToScreen)}; the worker asked ${times.leads.map((lead) => lead.toFixed(0)).join(', ')} ms after its start`);
    }
  };
  out(`store in Chromium (the built extension's own page and database), articles generated from ${source.name}, the bundled corpus searched with it; each popup open after a browser restart:`);
  const kept = process.env.OD_BENCH_STORE_PROFILE;
  if (kept) {
    const [n = 100_000] = benchSizes('100000');
    await keptProfile(resolve(kept), script, source, n, out);
    return process.env.OD_BENCH_STORE_ONLY === 'floor' ? undefined : popupLines(resolve(kept));
  }
  for (const n of [0, ...benchSizes('10000,100000')]) {
    const profile = mkdtempSync(join(tmpdir(), 'outlet-diff-bench-store-'));
    try {
      if (n === 0) out('empty store (the baseline):');
      else {
        const figures = await inPage<ChromiumStoreFigures>(profile, script, 'odStoreBench', [source, n]);
        storeBenchLines(figures).forEach(out);
        out(await workerLine(profile, storeBenchData(source, n).sample.pages));
        if (figures.usage !== undefined) out(`  storage the extension's origin uses (navigator.storage.estimate): ${(figures.usage / 1048576).toFixed(0)} MB, ${(figures.usage / figures.kept / 1024).toFixed(1)} KB per article; quota ${((figures.quota ?? 0) / 1073741824).toFixed(1)} GB`);
      }
      await popupLines(profile);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await benchStoreChromium();
