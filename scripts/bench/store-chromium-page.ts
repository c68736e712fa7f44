/**
 * The store bench as it runs inside the extension's own page in Chromium (bundled by store-chromium.ts
 * and evaluated there): the extension's IndexedDB database and bundled corpus, store-workload.ts's work,
 * and what the browser says the origin's storage uses and may use.
 */
import { BUNDLED_CORPUS } from '../../components/services/bundled-corpus';
import { openIdbDatabase } from '../../components/services/idb-database';
import { addArticles } from '../../lib/store/add-articles';
import { baseIndex } from '../../lib/store/base-index';
import { deleteArticles } from '../../lib/store/delete-articles';
import { refreshNorms } from '../../lib/store/refresh-norms';
import type { Article } from '../../lib/types';
import { CORPUS_DATABASE } from '../../lib/store/corpus-schema';
import type { GeneratedSource } from './generate-articles';
import { snapshotTarget } from '../../components/services/shard-snapshot-file';
import { fillStore, measureStore, runStoreBench, storeBenchData, type FillFigures, type MeasureFigures, type Sample, type StoreBenchFigures } from './store-workload';

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
 * popup's worker can be timed on a store changed since its refresh; odStoreUndoSave takes it back.
 * @example await odStoreSaveOne(sample.singles[0]) // -> 100000 (its docNo)
 */
async function odStoreSaveOne(article: Article): Promise<number> {
  const db = await openIdbDatabase(CORPUS_DATABASE.name);
  try {
    const { added } = await addArticles(db, [{ article, source: 'saved' }], { base: baseIndex(BUNDLED_CORPUS.corpus), now: Date.now() });
    if (added.length !== 1) throw new Error(`the bench's article was not saved (${article.id})`);
    return (added[0] as { docNo: number }).docNo;
  } finally {
    db.close();
  }
}

/**
 * Deletes what odStoreSaveOne saved and refreshes the norms (and the snapshot file), leaving the store as
 * the bench found it.
 * @example await odStoreUndoSave(100000)
 */
async function odStoreUndoSave(docNo: number): Promise<void> {
  const db = await openIdbDatabase(CORPUS_DATABASE.name);
  try {
    const base = baseIndex(BUNDLED_CORPUS.corpus);
    await deleteArticles(db, [docNo], { base });
    await refreshNorms(db, base, { snapshot: await snapshotTarget() });
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

Object.assign(globalThis, { odStoreBench, odStoreFill, odStoreMeasure, odStoreSaveOne, odStoreUndoSave, odStoreRefresh });
