/**
 * The store bench as it runs inside the extension's own page in Chromium (bundled by store-chromium.ts
 * and evaluated there): the extension's IndexedDB database and bundled corpus, store-workload.ts's work,
 * and what the browser says the origin's storage uses and may use.
 */
import { BUNDLED_CORPUS } from '../../components/services/bundled-corpus';
import { openIdbDatabase } from '../../components/services/idb-database';
import { addArticles, SHARERS_READ } from '../../lib/store/add-articles';
import { baseIndex, type BaseIndex } from '../../lib/store/base-index';
import type { KvDatabase, NormRefresh } from '../../lib/store/types';
import { deleteArticles } from '../../lib/store/delete-articles';
import { importArticles } from '../../lib/store/import-articles';
import { refreshNorms } from '../../lib/store/refresh-norms';
import type { Article } from '../../lib/types';
import { ALL_STORES, CORPUS_DATABASE, STORES } from '../../lib/store/corpus-schema';
import { META_KEYS, readState } from '../../lib/store/store-state';
import { INDEX_LAYOUT } from '../../lib/store/index-layout';
import { logAdditions } from '../../lib/store/index-log';
import { listEntry } from '../../lib/store/list-entry';
import { sketchNeighbours, sketchValueRange } from '../../lib/store/sketch-key';
import type { StoredArticle } from '../../lib/store/types';
import type { GeneratedSource } from './generate-articles';
import { snapshotTarget } from '../../components/services/shard-snapshot-file';
import { countingWrites } from './counting-writes';
import { fillStore, measureStore, runStoreBench, storeBenchData, timedSave, type FillFigures, type MeasureFigures, type Sample, type StoreBenchFigures } from './store-workload';

/** The figures of one size, with the origin's storage estimate after it (bytes, where the browser says). */
export type ChromiumStoreFigures = StoreBenchFigures & { usage?: number; quota?: number };

/**
 * Fills the extension's (empty) database with `n` generated articles and times the work on it; the
 * store stays filled for the popup timings that follow.
 * @example await odStoreBench(source, 10_000) // -> { query: { p50: 9, … }, usage: 91000000, … }
 */
async function odStoreBench(source: GeneratedSource, n: number): Promise<ChromiumStoreFigures> {
  const open = () => openIdbDatabase(CORPUS_DATABASE.name);
  const db = await open();
  try {
    const figures = await runStoreBench(db, source, n, { base: baseIndex(BUNDLED_CORPUS.corpus), reopen: open, snapshot: snapshotTarget });
    const estimate = await navigator.storage.estimate();
    return { ...figures, usage: estimate.usage, quota: estimate.quota };
  } finally {
    db.close();
  }
}

/**
 * Fills the extension's (empty) database with `n` generated articles, to be kept (a profile kept between
 * runs: the 100,000 fill takes most of an hour, its measurement minutes).
 * @example await odStoreFill(source, 100_000) // -> { kept: 100000, importMs: 2223000, … }
 */
async function odStoreFill(source: GeneratedSource, n: number): Promise<FillFigures> {
  const db = await openIdbDatabase(CORPUS_DATABASE.name);
  try {
    return await fillStore(db, storeBenchData(source, n).stored, baseIndex(BUNDLED_CORPUS.corpus), snapshotTarget);
  } finally {
    db.close();
  }
}

/**
 * Times the work on the extension's database as odStoreFill(source, n) left it (and leaves it so), with
 * storeBenchData(source, n)'s sample, made by the caller (generating 100,000 articles here only to pick
 * the sample would leave their garbage to be collected during the timings).
 * @example await odStoreMeasure(sample) // -> { query: { p50: 256, … }, … }
 */
async function odStoreMeasure(sample: Sample): Promise<MeasureFigures> {
  const open = () => openIdbDatabase(CORPUS_DATABASE.name);
  const db = await open();
  try {
    return await measureStore(db, sample, { base: baseIndex(BUNDLED_CORPUS.corpus), reopen: open, snapshot: snapshotTarget });
  } finally {
    db.close();
  }
}

/**
 * Saves one article as the popup's Save does (into the index log, the norm refresh not run), so that the
 * popup's worker can be timed on a store changed since its refresh; odStoreUndoSaves takes it back.
 * @example await odStoreSaveOne(sample.singles[0]) // -> 100000 (its docNo)
 */
async function odStoreSaveOne(article: Article): Promise<number> {
  const db = await openIdbDatabase(CORPUS_DATABASE.name);
  try {
    return await saveTo(db, baseIndex(BUNDLED_CORPUS.corpus), article);
  } finally {
    db.close();
  }
}

/** What odStoreAddsTimed measured: each save's time, what the saves read, and what they stored. */
export interface AddsFigures {
  times: number[];
  counts: { requests: number; articles: number; rounds: number };
  docNos: number[];
}

/**
 * Saves articles one at a time as the popup's Save does, each timed with its reads counted, and leaves
 * them stored (odStoreUndoSaves takes them back): a change to the add path timed at 100,000 articles.
 * @example await odStoreAddsTimed(sample.singles) // -> { times: [9.8, …], counts: { requests: 440, … }, docNos: [100000, …] }
 */
async function odStoreAddsTimed(articles: Article[]): Promise<AddsFigures> {
  const db = await openIdbDatabase(CORPUS_DATABASE.name);
  try {
    const base = baseIndex(BUNDLED_CORPUS.corpus);
    const counting = countingWrites(db);
    const docNos: number[] = [];
    const times: number[] = [];
    for (const article of articles) times.push(await timedSave(counting.db, article, base, docNos));
    // A bench article skipped as a copy would time a save that stored nothing.
    if (docNos.length !== articles.length) throw new Error(`${articles.length - docNos.length} of the bench's articles were not saved`);
    return { times, counts: counting.counts, docNos };
  } finally {
    db.close();
  }
}

/** Saves one article as the popup's Save does; its docNo (a bench article that is not saved is a broken bench). */
async function saveTo(db: KvDatabase, base: BaseIndex, article: Article): Promise<number> {
  const { added } = await addArticles(db, [{ article, source: 'saved' }], { base, now: Date.now() });
  if (added.length !== 1) throw new Error(`the bench's article was not saved (${article.id})`);
  return (added[0] as { docNo: number }).docNo;
}

/**
 * Deletes what odStoreSaveOne or odStoreFoldTimed saved and refreshes the norms (and the snapshot file),
 * leaving the store as the bench found it.
 * @example await odStoreUndoSaves([100000])
 */
async function odStoreUndoSaves(docNos: number[]): Promise<void> {
  const db = await openIdbDatabase(CORPUS_DATABASE.name);
  try {
    const base = baseIndex(BUNDLED_CORPUS.corpus);
    await deleteArticles(db, docNos, { base });
    await refreshNorms(db, base, { snapshot: await snapshotTarget() });
  } finally {
    db.close();
  }
}

/**
 * The add floor's copies are stored past every real docNo, so a killed run's are removed by that range
 * (as records only: the copies never moved the counters, so a delete would).
 */
const FLOOR_DOCNO = 1_000_000_000;

/** The add floor's timings: the round of reads, then the writes and the commit, per add. */
export interface AddFloorFigures {
  readsMs: number[];
  writesMs: number[];
  totalMs: number[];
}

/**
 * The database's own floor for one add (`OD_BENCH_STORE_ONLY=floor`): one write transaction over the
 * stores an add writes, with the requests an add makes and none of its work. It reads the counters, the
 * bundled vocabulary's counts and the log's keys and looks the article up by id, URL, text and each
 * sketch value (its length class and its neighbours'), then writes a copy of a stored article's record
 * under a new docNo and id, its list entry and its log entry, and the two meta records back as they were,
 * and commits, `count` times. Each copy is deleted again in a transaction of its own (untimed).
 * @example await odStoreAddFloor(2) // -> { readsMs: [5.1, 7.9], writesMs: [4.6, 3.0], totalMs: [9.7, 10.9] }
 */
async function odStoreAddFloor(count: number): Promise<AddFloorFigures> {
  const db = await openIdbDatabase(CORPUS_DATABASE.name);
  const removeCopies = () =>
    db.write(ALL_STORES, async (tx) => {
      for (const store of [STORES.articles, STORES.listing, STORES.log]) tx.delete(store, { lower: FLOOR_DOCNO });
    });
  try {
    await removeCopies();
    const originals = await db.read([STORES.articles], (tx) => tx.getAll<StoredArticle>(STORES.articles, { limit: count }));
    const figures: AddFloorFigures = { readsMs: [], writesMs: [], totalMs: [] };
    for (const [i, original] of originals.entries()) {
      const id = `floor-${i}`;
      const copy: StoredArticle = { ...original, docNo: FLOOR_DOCNO + i, id, textKey: id, ...(original.canonicalUrl ? { canonicalUrl: `https://floor.invalid/${id}` } : {}) };
      const began = performance.now();
      let read = began;
      await db.write(ALL_STORES, async (tx) => {
        const [state, base] = await Promise.all([
          tx.get(STORES.meta, META_KEYS.state),
          tx.get(STORES.meta, META_KEYS.base),
          tx.getKeys(STORES.log),
          tx.getAll(STORES.articles, { index: 'id', key: copy.id }),
          copy.canonicalUrl ? tx.getAll(STORES.articles, { index: 'canonicalUrl', key: copy.canonicalUrl, limit: 1 }) : [],
          tx.getAll(STORES.articles, { index: 'textKey', key: copy.textKey, limit: 1 }),
          ...copy.sketch.flatMap((key) => [
            tx.getKeys(STORES.articles, { index: 'sketch', range: sketchValueRange(key), limit: SHARERS_READ }),
            tx.getKeys(STORES.articles, { index: 'sketch', range: sketchNeighbours(key), limit: SHARERS_READ }),
          ]),
        ]);
        read = performance.now();
        tx.put(STORES.articles, copy);
        tx.put(STORES.listing, listEntry(copy));
        logAdditions(tx, [copy]);
        if (base !== undefined) tx.put(STORES.meta, base, META_KEYS.base);
        if (state !== undefined) tx.put(STORES.meta, state, META_KEYS.state);
      });
      const ended = performance.now();
      figures.readsMs.push(read - began);
      figures.writesMs.push(ended - read);
      figures.totalMs.push(ended - began);
      await removeCopies();
    }
    return figures;
  } finally {
    db.close();
  }
}

/** The docNos of the stored articles with these ids (bench articles: their ids are their own). */
function storedDocNos(db: KvDatabase, ids: readonly string[]): Promise<number[]> {
  return db.read([STORES.articles], async (tx) => (await Promise.all(ids.map((id) => tx.getKeys(STORES.articles, { index: 'id', key: id })))).flat() as number[]);
}

/** What odStoreSettle found and did. */
export interface Settled {
  /** Bench articles a run killed before its undo had left stored, now deleted. */
  removed: number;
  /** The refresh it ran (the store was not refreshed since its last change), ms. */
  refreshMs?: number;
}

/**
 * Puts the kept store back as the bench expects it before measuring: the articles a killed run left
 * (found by their ids) deleted, and the norms refreshed if anything changed since the last refresh
 * (or it was made with another bundled corpus).
 * Without it a killed run's leftovers are measured as part of the store, and the "refreshed store"
 * lines time a store that is not (the unpruned search: seconds at 100,000).
 * @example await odStoreSettle(['import-0', 'fold-3']) // -> { removed: 2, refreshMs: 61000 }
 */
async function odStoreSettle(ids: string[]): Promise<Settled> {
  const db = await openIdbDatabase(CORPUS_DATABASE.name);
  try {
    const base = baseIndex(BUNDLED_CORPUS.corpus);
    const left = await storedDocNos(db, ids);
    if (left.length) await deleteArticles(db, left, { base });
    const [state, refresh] = await db.read(ALL_STORES, (tx) => Promise.all([readState(tx), tx.get<NormRefresh>(STORES.meta, META_KEYS.refresh)]));
    // Refreshed for this store and this bundled corpus, as the upkeep judges it (CorpusStore.upToDate).
    if (refresh?.generation === state.generation && refresh.fingerprint === base.fingerprint) return { removed: left.length };
    const started = performance.now();
    await refreshNorms(db, base, { snapshot: await snapshotTarget() });
    return { removed: left.length, refreshMs: performance.now() - started };
  } finally {
    db.close();
  }
}

/** What odStoreFoldTimed measured. */
export interface FoldFigures {
  /** Each save before the one that fills the index log, ms. */
  logged: number[];
  /** The save that filled the log, with the fold it then makes in slices (continueFold), ms. */
  foldMs: number;
  /** The popup's worker asked just before that save (the log one short of full), ms. */
  workerBeforeMs: number;
  /** The popup's worker asked again and again while that save and its fold ran, ms each. */
  workerDuringMs: number[];
  docNos: number[];
}

/**
 * Runs `work` while popups are opened one after another: the popup's worker (started 300 ms before it is
 * asked, as the popup starts it) asked for `page` again and again until the work ends. Returns the
 * work's result and time, and each query asked before the end, ms.
 */
async function askWhile<T>(workerUrl: string, page: Article, work: () => Promise<T>): Promise<{ result: T; ms: number; asked: number[] }> {
  let ended: number | undefined;
  const began = performance.now();
  const running = work().finally(() => void (ended = performance.now()));
  const asked: number[] = [];
  while (ended === undefined) {
    const query = await askWorker(workerUrl, page);
    if (ended === undefined || query.started < ended) asked.push(query.ms);
  }
  const result = await running;
  if (!asked.length) throw new Error('no query was asked while the work ran');
  return { result, ms: (ended as number) - began, asked };
}

/** One popup's query: a worker started 300 ms before it is asked; ms from the question to the answer, and when it was asked. */
async function askWorker(workerUrl: string, page: Article): Promise<{ ms: number; started: number }> {
  const worker = new Worker(workerUrl, { type: 'module' });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const started = performance.now();
  try {
    await new Promise<void>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<{ coverage?: unknown }>) => (event.data.coverage ? resolve() : reject(new Error('the worker gave no coverage')));
      worker.onerror = () => reject(new Error('the worker failed'));
      worker.postMessage({ article: page });
    });
  } finally {
    worker.terminate();
  }
  return { ms: performance.now() - started, started };
}

/**
 * Saves `articles` one at a time on a refreshed store (its index log empty), as a reader's saves or a
 * feed's items arrive: all but the last go into the index log, and the last fills it (INDEX_LAYOUT.logEntries)
 * and then folds it into the shards, in slices of its own write transactions. The popup's worker is
 * asked for `page` just before that save, and again and again while it and its fold run (askWhile):
 * what a popup opened then waits for. odStoreUndoSaves takes the saves back.
 * @example await odStoreFoldTimed(articles, page, workerUrl) // -> { foldMs: 4100, workerDuringMs: [310, 280, …], … }
 */
async function odStoreFoldTimed(articles: Article[], page: Article, workerUrl: string): Promise<FoldFigures> {
  const db = await openIdbDatabase(CORPUS_DATABASE.name);
  const base = baseIndex(BUNDLED_CORPUS.corpus);
  const docNos: number[] = [];
  const save = async (article: Article) => {
    const started = performance.now();
    docNos.push(await saveTo(db, base, article));
    return performance.now() - started;
  };
  try {
    const logged: number[] = [];
    for (const article of articles.slice(0, -1)) logged.push(await save(article));
    const inLog = await db.read([STORES.log], (tx) => tx.count(STORES.log));
    if (inLog !== INDEX_LAYOUT.logEntries - 1) throw new Error(`the index log holds ${inLog} changes, not ${INDEX_LAYOUT.logEntries - 1}: was the store refreshed?`);
    const before = await askWorker(workerUrl, page);
    const during = await askWhile(workerUrl, page, () => save(articles.at(-1) as Article));
    return { logged, foldMs: during.result, workerBeforeMs: before.ms, workerDuringMs: during.asked, docNos };
  } catch (error) {
    // Whatever was saved is taken back by the caller only if it knows the docNos: say them.
    throw new Error(`${error instanceof Error ? error.message : String(error)} (saved so far: ${docNos.join(',')})`);
  } finally {
    db.close();
  }
}

/** What odStoreImportTimed measured. */
export interface ImportFigures {
  /** The whole import, ms, and the articles it added. */
  ms: number;
  added: number;
  /** The popup's worker asked again and again while it ran, ms each. */
  workerDuringMs: number[];
  docNos: number[];
}

/**
 * Imports `articles` as the options page does (importArticles, batches of IMPORT_BATCH), alone or, given
 * `workerUrl`, while popups are opened one after another (askWhile): what a popup opened during an
 * import waits for (their queries also slow the import: both want the database and the two cores).
 * odStoreUndoSaves takes them back.
 * @example await odStoreImportTimed(articles, page, workerUrl) // -> { ms: 41000, added: 2000, workerDuringMs: [900, …], … }
 */
async function odStoreImportTimed(articles: Article[], page: Article, workerUrl?: string): Promise<ImportFigures> {
  const db = await openIdbDatabase(CORPUS_DATABASE.name);
  const importing = () =>
    importArticles(
      db,
      async function* () {
        yield* articles;
      },
      { base: baseIndex(BUNDLED_CORPUS.corpus), now: Date.now() },
    );
  try {
    const began = performance.now();
    const during = workerUrl ? await askWhile(workerUrl, page, importing) : { result: await importing(), ms: performance.now() - began, asked: [] };
    return { ms: during.ms, added: during.result.added, workerDuringMs: during.asked, docNos: await storedDocNos(db, articles.map((a) => a.id)) };
  } finally {
    db.close();
  }
}

/**
 * Runs the norm refresh as the extension's upkeep does (the snapshot file written too), so that the
 * popup's worker can be timed while it runs.
 * @example await odStoreRefresh()
 */
async function odStoreRefresh(): Promise<void> {
  const db = await openIdbDatabase(CORPUS_DATABASE.name);
  try {
    await refreshNorms(db, baseIndex(BUNDLED_CORPUS.corpus), { snapshot: await snapshotTarget() });
  } finally {
    db.close();
  }
}

Object.assign(globalThis, { odStoreAddFloor, odStoreAddsTimed, odStoreSettle, odStoreBench, odStoreFill, odStoreMeasure, odStoreSaveOne, odStoreUndoSaves, odStoreFoldTimed, odStoreImportTimed, odStoreRefresh });
