/**
 * The store bench's work on one size, the same in Node (store.ts, the IndexedDB adapter on
 * fake-indexeddb) and in Chromium (store-chromium.ts bundles this file into the extension's own page,
 * on the extension's own database): generated articles imported through the import path (batches of
 * IMPORT_BATCH, each one transaction), the bytes the index and the records take per article, the norm
 * refresh the extension runs after an import, queries on the refreshed store, single adds, queries right
 * after them (before the next refresh: the slower exact path), single deletes, the refresh that follows,
 * and a cold open (a new connection, its first query). Plain functions of the store API and
 * generate-articles.ts only, so it runs wherever a KvDatabase does.
 */
import type { Article } from '../../lib/types';
import { addArticles } from '../../lib/store/add-articles';
import type { BaseIndex } from '../../lib/store/base-index';
import { ALL_STORES, STORES } from '../../lib/store/corpus-schema';
import { deleteArticles } from '../../lib/store/delete-articles';
import { findStoreCoverage } from '../../lib/store/find-store-coverage';
import { IMPORT_BATCH, importArticles } from '../../lib/store/import-articles';
import { INDEX_LAYOUT } from '../../lib/store/index-layout';
import { refreshNorms, type SnapshotTarget } from '../../lib/store/refresh-norms';
import { upgradeSketches } from '../../lib/store/upgrade-sketches';

/** Where the refreshes write the shard snapshot, as the extension's upkeep does (the browser bench); none in Node. */
type SnapshotSource = () => Promise<SnapshotTarget | undefined>;
import { searchCounts, type SearchCounts } from '../../lib/store/store-coverage-source';
import type { KvDatabase } from '../../lib/store/types';
import { countingWrites } from './counting-writes';
import { generateArticles, type GeneratedSource } from './generate-articles';

/** Pages looked up on each store, and articles added then deleted one at a time. */
const PAGES = 100;
const SINGLES = 20;
/** Saves after the singles up to the one that fills the index log (a fold of it follows). */
const TO_FOLD = Math.max(1, INDEX_LAYOUT.logEntries - SINGLES);
/** Cold opens timed: each a new connection and its first query. */
const COLD_OPENS = 5;
/**
 * Articles per import transaction past 10,000 articles: the import rewrites every shard head it touches
 * once per batch (nearly all 16,384 of them), so filling 100,000 in the import's own batches of 1,000
 * takes most of an hour on this machine; the import figure to read is the 10,000 one.
 */
const LARGE_FILL_BATCH = 10_000;

/** Milliseconds: median, 95th percentile, largest, and how many were timed. */
export interface Timing {
  p50: number;
  p95: number;
  max: number;
  n: number;
}

/** What filling a store took (the import and the refresh after it) and what it holds. */
export interface FillFigures {
  size: number;
  /** Articles the import kept (near-identical generated texts are merged). */
  kept: number;
  skipped: number;
  importMs: number;
  /** Articles per import transaction. */
  batchSize: number;
  /** The refresh after the import (one pass over the whole index). */
  firstRefreshMs: number;
  /** Bytes per kept article, per record store, as data (strings in UTF-8, typed arrays' bytes). */
  bytes: Record<string, number>;
}

/** What the work on a filled store took. */
export interface MeasureFigures {
  query: Timing;
  /** Average records a query read (refreshed store). */
  reads: SearchCounts;
  add: Timing;
  /** Read requests per add, and the article records they returned (the near-duplicate candidates among them). */
  addReads: { requests: number; articles: number; rounds: number };
  /** The rewrite of sketches stored before the size classes (upgradeSketches), run first: 0 records on a store filled by this version. */
  sketchUpgrade: { ms: number; rewritten: number };
  /** Coverage queries right after one save (one change in the index log), and what they read on average. */
  afterOneSave: Timing;
  afterOneSaveReads: SearchCounts;
  /** Coverage queries after all the single adds (before the refresh), and what they read on average. */
  dirtyQuery: Timing;
  dirtyReads: SearchCounts;
  /** The save that filled the index log: its own transaction, then each slice of its fold, ms (fold-cursor.ts). */
  fold: { save: number; slices: number[]; logged: number };
  delete: Timing;
  /** The refresh after the adds and deletes. */
  refreshMs: number;
  /** Coverage queries asked for one after another while that refresh ran. */
  duringRefresh: Timing;
  /** A new connection to the database and its first query (the popup's part of a cold open). */
  coldOpen: Timing;
}

export type StoreBenchFigures = FillFigures & MeasureFigures;

/** Pages to look up: stored articles under another id and no URL (they find themselves), and unseen ones. */
export interface Sample {
  pages: Article[];
  /** Articles added one at a time, then deleted one at a time. */
  singles: Article[];
  /** Saved one at a time after the singles until one fills the index log and folds it (then deleted too). */
  toFold: Article[];
}

/**
 * `n` generated articles to store, and the bench's sample: half of the pages are stored articles under
 * another id and no URL (each finds itself), half are new; the singles are new too.
 * @example storeBenchData(source, 10_000).stored.length // -> 10000
 */
export function storeBenchData(source: GeneratedSource, n: number): { stored: Article[]; sample: Sample } {
  const all = generateArticles(source, n + PAGES / 2 + SINGLES + TO_FOLD, 7);
  const stored = all.slice(0, n);
  const step = Math.floor(n / (PAGES / 2));
  const storedPages = Array.from({ length: PAGES / 2 }, (_, i) => ({ ...(stored[i * step] as Article), id: `page-${i}`, url: undefined }));
  const pages = storedPages.flatMap((page, i) => [page, all[n + i] as Article]);
  return { stored, sample: { pages, singles: all.slice(n + PAGES / 2, n + PAGES / 2 + SINGLES), toFold: all.slice(n + PAGES / 2 + SINGLES) } };
}

/**
 * p50, p95 and max of some durations.
 * @example timing([3, 1, 2]) // -> { p50: 2, p95: 3, max: 3, n: 3 }
 */
export function timing(ms: readonly number[]): Timing {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1) as number, n: sorted.length };
}

/** Runs a write and appends its duration to `times`. */
async function timedWrite<T>(times: number[], write: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await write();
  times.push(performance.now() - started);
  return result;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

const encoder = new TextEncoder();

/** Bytes a record takes as data: UTF-8 strings, 8-byte numbers, typed arrays' bytes (no engine overhead). */
function bytesOf(value: unknown): number {
  if (typeof value === 'string') return encoder.encode(value).length;
  if (typeof value === 'number' || typeof value === 'boolean') return 8;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (Array.isArray(value)) return value.reduce((sum: number, x) => sum + bytesOf(x), 0);
  if (value && typeof value === 'object') return Object.entries(value).reduce((sum, [key, x]) => sum + key.length + bytesOf(x), 0);
  return 0;
}

function bytesPerArticle(db: KvDatabase, n: number): Promise<Record<string, number>> {
  return db.read(ALL_STORES, async (tx) => {
    const sizes: Record<string, number> = {};
    for (const store of [STORES.shards, STORES.perArticle, STORES.articles, STORES.listing]) {
      sizes[store] = (await tx.getAll(store)).reduce((sum: number, record) => sum + bytesOf(record), 0) / n;
    }
    return sizes;
  });
}

/**
 * Fills an empty store `db` with the bench's articles (storeBenchData's `stored`: the import path, then
 * the norm refresh the extension runs after an import) and weighs what it holds.
 * @example await fillStore(db, storeBenchData(source, 10_000).stored, base) // -> { kept: 10000, importMs: 283000, … }
 */
export async function fillStore(db: KvDatabase, stored: readonly Article[], base?: BaseIndex, snapshot?: SnapshotSource): Promise<FillFigures> {
  const n = stored.length;
  const batchSize = n > 10_000 ? LARGE_FILL_BATCH : IMPORT_BATCH;
  const started = performance.now();
  const outcome = await importArticles(
    db,
    async function* () {
      yield* stored;
    },
    { base, now: Date.now(), batchSize },
  );
  const importMs = performance.now() - started;
  const firstRefreshMs = await timed(async () => refreshNorms(db, base, { snapshot: await snapshot?.() }));
  const bytes = await bytesPerArticle(db, outcome.added);
  return { size: n, kept: outcome.added, skipped: outcome.skippedCount, importMs, batchSize, firstRefreshMs, bytes };
}

/** A timing as the bench's lines print it. */
const timingText = (t: Timing) => `p50 ${t.p50.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms, max ${t.max.toFixed(0)} ms (${t.n})`;

/**
 * Saves one article as the popup's Save does, timed (ms); the docNos it stored go to `docNos`.
 * @example const docNos = []; await timedSave(db, article, base, docNos) // -> 4.2
 */
export function timedSave(db: KvDatabase, article: Article, base: BaseIndex | undefined, docNos: number[]): Promise<number> {
  return timed(async () => docNos.push(...(await addArticles(db, [{ article, source: 'saved' }], { base, now: Date.now() })).added.map((r) => r.docNo)));
}

/**
 * What countingWrites counted over `adds` adds, per add.
 * @example perAdd({ requests: 44, articles: 12, rounds: 4 }, 2) // -> { requests: 22, articles: 6, rounds: 2 }
 */
export function perAdd(counts: { requests: number; articles: number; rounds: number }, adds: number): MeasureFigures['addReads'] {
  return { requests: counts.requests / adds, articles: counts.articles / adds, rounds: counts.rounds / adds };
}

/**
 * The lines of single adds: their times and what each read.
 * @example addLines(timing([4, 5]), { requests: 22, articles: 6, rounds: 2 })[0] // -> '  add one article (saved, one transaction): p50 …'
 */
export function addLines(add: Timing, reads: MeasureFigures['addReads']): string[] {
  return [`  add one article (saved, one transaction): ${timingText(add)}`, `    reads per add: ${reads.requests.toFixed(1)} requests in ${reads.rounds.toFixed(1)} rounds, ${reads.articles.toFixed(1)} article records`];
}

/**
 * The timed work on a store filled by fillStore (with storeBenchData's `sample` of the same size): queries on the refreshed store, single adds,
 * queries right after them, single deletes, the refresh after them with queries asked for meanwhile,
 * and cold opens. It leaves the store as it found it (the adds are deleted, the norms refreshed), so a
 * store kept between runs (store-chromium.ts, OD_BENCH_STORE_PROFILE) is measured again and again.
 * @example await measureStore(db, storeBenchData(source, 10_000).sample, { base, reopen }) // -> { query: { p50: 31, … }, … }
 */
export async function measureStore(db: KvDatabase, sample: Sample, options: { base?: BaseIndex; reopen: () => Promise<KvDatabase>; snapshot?: SnapshotSource }): Promise<MeasureFigures> {
  const { base } = options;
  const upgradeStarted = performance.now();
  const rewritten = await upgradeSketches(db);
  const sketchUpgrade = { ms: performance.now() - upgradeStarted, rewritten };
  /** Times a coverage query for each page, and adds what each read, averaged, to `reads`. */
  const queryAll = async (pages: readonly Article[], reads: SearchCounts) => {
    const times: number[] = [];
    for (const page of pages) {
      const counts = searchCounts();
      times.push(await timed(() => findStoreCoverage(db, page, { base, counts })));
      for (const key of Object.keys(reads) as Array<keyof SearchCounts>) reads[key] += counts[key] / pages.length;
    }
    return times;
  };
  const reads = searchCounts();
  const queries = await queryAll(sample.pages, reads);
  const docNos: number[] = [];
  const adds: number[] = [];
  const afterOneSaveReads = searchCounts();
  let afterOneSave: number[] = [];
  const counting = countingWrites(db);
  for (const article of sample.singles) {
    adds.push(await timedSave(counting.db, article, base, docNos));
    if (adds.length === 1) afterOneSave = await queryAll(sample.pages.slice(0, sample.singles.length), afterOneSaveReads);
  }
  const dirtyReads = searchCounts();
  const dirty = await queryAll(sample.pages.slice(0, sample.singles.length), dirtyReads);
  // Saves on until one fills the index log: its own transaction, then the slices of its fold, each timed.
  const writeTimes: number[] = [];
  const timingWrites: KvDatabase = { read: (stores, work) => db.read(stores, work), write: (stores, work) => timedWrite(writeTimes, () => db.write(stores, work)), close: () => db.close() };
  const logged = await db.read([STORES.log], (tx) => tx.count(STORES.log));
  for (const article of sample.toFold) {
    writeTimes.length = 0;
    docNos.push(...(await addArticles(timingWrites, [{ article, source: 'saved' }], { base, now: Date.now() })).added.map((r) => r.docNo));
  }
  const fold = { save: writeTimes[0] ?? 0, slices: writeTimes.slice(1), logged };
  const deletes: number[] = [];
  for (const docNo of docNos) deletes.push(await timed(() => deleteArticles(db, [docNo], { base })));
  // The refresh after the changes, with coverage queries asked for one after another while it runs: a
  // popup opened then waits for its own query, not for the pass over the whole index.
  const refreshStarted = performance.now();
  let refreshMs = 0;
  const refreshing = (async () => refreshNorms(db, base, { snapshot: await options.snapshot?.() }))().then(() => void (refreshMs = performance.now() - refreshStarted));
  const duringRefresh: number[] = [];
  for (const page of sample.pages) {
    if (refreshMs) break;
    duringRefresh.push(await timed(() => findStoreCoverage(db, page, { base })));
  }
  await refreshing;

  const coldOpens: number[] = [];
  for (const page of sample.pages.slice(0, COLD_OPENS)) {
    const began = performance.now();
    const fresh = await options.reopen();
    await findStoreCoverage(fresh, page, { base });
    coldOpens.push(performance.now() - began);
    fresh.close();
  }
  return {
    query: timing(queries),
    reads,
    add: timing(adds),
    addReads: perAdd(counting.counts, adds.length),
    sketchUpgrade,
    afterOneSave: timing(afterOneSave),
    afterOneSaveReads,
    dirtyQuery: timing(dirty),
    dirtyReads,
    fold,
    delete: timing(deletes),
    refreshMs,
    duringRefresh: timing(duringRefresh),
    coldOpen: timing(coldOpens),
  };
}

/**
 * Runs the bench on an empty store `db` (see the file's comment); `base` is the bundled corpus searched
 * with it, `reopen` opens a new connection to the same database (the cold opens).
 * @example await runStoreBench(db, source, 10_000, { base, reopen: () => openIdbDatabase(name) }) // -> { query: { p50: 31, … }, … }
 */
export async function runStoreBench(db: KvDatabase, source: GeneratedSource, n: number, options: { base?: BaseIndex; reopen: () => Promise<KvDatabase>; snapshot?: SnapshotSource }): Promise<StoreBenchFigures> {
  // The articles are generated once: 100,000 of them take a while, and their garbage would land in the timings.
  const { stored, sample } = storeBenchData(source, n);
  const filled = await fillStore(db, stored, options.base, options.snapshot);
  return { ...filled, ...(await measureStore(db, sample, options)) };
}

/**
 * The figures of a fill as report lines.
 * @example fillLines(figures) // -> ['10,000 articles (10,000 kept, 0 near-identical skipped):', '  import of 10,000 …', …]
 */
export function fillLines(f: FillFigures): string[] {
  const b = (store: string) => (f.bytes[store] as number).toFixed(0);
  const index = (f.bytes[STORES.shards] as number) + (f.bytes[STORES.perArticle] as number);
  return [
    `${f.size.toLocaleString('en')} articles (${f.kept.toLocaleString('en')} kept, ${f.skipped} near-identical skipped):`,
    `  import of ${f.size.toLocaleString('en')} (the JSON Lines path, batches of ${f.batchSize.toLocaleString('en')}): ${(f.importMs / 1000).toFixed(1)} s, ${(f.importMs / f.size).toFixed(1)} ms per article; then the norm refresh: ${(f.firstRefreshMs / 1000).toFixed(1)} s`,
    `  index bytes per article: ${index.toFixed(0)} (postings and frequencies ${b(STORES.shards)}, hints and norms ${b(STORES.perArticle)}); records: article ${b(STORES.articles)}, list entry ${b(STORES.listing)}`,
  ];
}

/**
 * The figures of the work on a filled store as report lines.
 * @example measureLines(figures) // -> ['  coverage query, refreshed store: p50 31.0 ms, …', …]
 */
export function measureLines(f: MeasureFigures): string[] {
  const reads = (r: SearchCounts) =>
    `    reads per query: ${r.shards.toFixed(0)} shards (the page's terms; ${r.skipped.toFixed(0)} common terms left unread), ${r.heads.toFixed(0)} shard heads, ${r.articles.toFixed(1)} articles, ${r.rescored.toFixed(1)} candidates rescored (${r.carried.toFixed(1)} norms carried from the refresh)`;
  return [
    `  sketches rewritten with size classes first (upgradeSketches): ${f.sketchUpgrade.rewritten.toLocaleString('en')} records, ${(f.sketchUpgrade.ms / 1000).toFixed(1)} s`,
    `  coverage query, refreshed store: ${timingText(f.query)}`,
    reads(f.reads),
    ...addLines(f.add, f.addReads),
    `  coverage query right after one save (before the refresh): ${timingText(f.afterOneSave)}`,
    reads(f.afterOneSaveReads),
    `  coverage query after ${f.add.n} saves (before the refresh): ${timingText(f.dirtyQuery)}`,
    reads(f.dirtyReads),
    `  the save that fills the index log (saved one at a time from ${f.fold.logged} changes in it to ${INDEX_LAYOUT.logEntries}): its own transaction ${f.fold.save.toFixed(1)} ms, then the fold in ${f.fold.slices.length} slices of one write transaction each (what a query waits for at most): ${timingText(timing(f.fold.slices))}, ${f.fold.slices.reduce((a, b) => a + b, 0).toFixed(0)} ms in all`,
    `  delete one article: ${timingText(f.delete)}`,
    `  norm refresh after the change (one pass over the index): ${(f.refreshMs / 1000).toFixed(1)} s; coverage queries asked for while it ran: ${timingText(f.duringRefresh)}`,
    `  cold open (a new connection and its first coverage query): ${timingText(f.coldOpen)}`,
  ];
}

/**
 * The figures as report lines.
 * @example storeBenchLines(figures) // -> ['10,000 articles (10,000 kept, 0 near-identical skipped):', '  import of 10,000 …', …]
 */
export function storeBenchLines(f: StoreBenchFigures): string[] {
  return [...fillLines(f), ...measureLines(f)];
}
