import { describe, expect, it, vi } from 'vitest';
import { buildCorpus } from '../../../lib/corpus/build-corpus';
import { findCoverage } from '../../../lib/match/find-coverage';
import { baseIndex } from '../../../lib/store/base-index';
import { continueFold, foldLogInSlices } from '../../../lib/store/continue-fold';
import { ALL_STORES, STORES } from '../../../lib/store/corpus-schema';
import { deleteArticles } from '../../../lib/store/delete-articles';
import { findStoreCoverage } from '../../../lib/store/find-store-coverage';
import { readFoldCursor, type FoldCursor } from '../../../lib/store/fold-cursor';
import { foldLog } from '../../../lib/store/fold-log';
import { INDEX_LAYOUT } from '../../../lib/store/index-layout';
import { readLog } from '../../../lib/store/index-log';
import type { MemoryDatabase } from '../../../lib/store/memory-database';
import { refreshNorms } from '../../../lib/store/refresh-norms';
import { openSnapshot } from '../../../lib/store/shard-snapshot';
import { META_KEYS, readState } from '../../../lib/store/store-state';
import type { KvDatabase } from '../../../lib/store/types';
import { verifyIndex } from '../../../lib/store/verify-index';
import type { Article } from '../../../lib/types';
import { BUNDLE, STORIES, addOneByOne, memoryStore, memoryTarget } from './helpers';

// The direct path (a writer past what the log may hold) at a size a test builds quickly: the real
// ceiling (INDEX_LAYOUT.logCeiling, checked in index-layout.test.ts) is an import batch and more.
vi.mock('../../../lib/store/index-layout', async (importOriginal) => {
  const { INDEX_LAYOUT } = await importOriginal<typeof import('../../../lib/store/index-layout')>();
  return { INDEX_LAYOUT: { ...INDEX_LAYOUT, logCeiling: 64 } };
});

const base = baseIndex(BUNDLE.corpus);
const SLICES = INDEX_LAYOUT.shards / INDEX_LAYOUT.foldShards;
/** Small distinct articles on the stories' words, each its own text. */
const many = (n: number, from = 0): Article[] =>
  Array.from({ length: n }, (_, k) => {
    const i = from + k;
    const story = STORIES[i % STORIES.length] as Article;
    return { ...story, id: `x${i}`, url: undefined, text: `${story.text}\n\nItem ${i} of the series, number ${i * 7}.` };
  });
const pages = STORIES.slice(0, 4).map((s) => ({ ...s, id: `page-${s.id}`, url: undefined }));
const summary = (c: Awaited<ReturnType<typeof findCoverage>>) => c.matches.map((m) => `${m.article.id} ${m.score} ${m.decision}`);

/** The database as a page sees it that closes after `writes` write transactions: the next ones never run. */
function closingAfter(db: KvDatabase, writes: number): KvDatabase {
  let made = 0;
  return Object.assign(Object.create(db) as KvDatabase, {
    write: <T>(stores: readonly string[], work: Parameters<KvDatabase['write']>[1]) => (++made > writes ? Promise.reject(new Error('page closed')) : (db.write(stores, work) as Promise<T>)),
  });
}

/** The stored articles and the bundled ones, built in one batch: what every search must equal. */
async function batchOf(db: KvDatabase) {
  const live = await db.read([STORES.articles], (tx) => tx.getAll<Article & { docNo: number }>(STORES.articles));
  return buildCorpus([...BUNDLE.corpus.articles, ...live.sort((x, y) => x.docNo - y.docNo).map(({ id, outlet, title, text, published }) => ({ id, outlet, title, text, ...(published ? { published } : {}) }))]);
}

/** Every check a store must pass: the index against a rebuild, and searches (from the database and from the refresh's file) against a batch build. */
async function expectWhole(db: MemoryDatabase, file?: ReturnType<typeof memoryTarget>['file']) {
  const { articles, problems } = await verifyIndex(db, base);
  expect(problems).toEqual([]);
  const corpus = await batchOf(db);
  expect(corpus.articles.length).toBe(articles + BUNDLE.corpus.articles.length);
  for (const page of pages) {
    const expected = summary(await findCoverage(page, corpus, { limit: 10 }));
    expect(summary(await findStoreCoverage(db, page, { base, limit: 10 }))).toEqual(expected);
    const snapshot = file && openSnapshot(file());
    if (snapshot) expect(summary(await findStoreCoverage(db, page, { base, limit: 10, snapshot }))).toEqual(expected);
  }
}

/** A refreshed store (with its snapshot file), then saves up to one short of a full log. */
async function logAlmostFull() {
  const db = memoryStore();
  await addOneByOne(db, STORIES, 'saved', base);
  const mem = memoryTarget();
  await refreshNorms(db, base, { snapshot: mem.target });
  await addOneByOne(db, many(INDEX_LAYOUT.logEntries - 1), 'saved', base);
  return { db, file: mem.file };
}

const cursorOf = (db: KvDatabase) => db.read(ALL_STORES, readFoldCursor);
const logSize = (db: KvDatabase) => db.read([STORES.log], (tx) => tx.count(STORES.log));

describe('continueFold', () => {
  it('the save that fills the log folds it in slices: every slice its own transaction, the log emptied at the last', async () => {
    const { db, file } = await logAlmostFull();
    let writes = 0;
    const counted = Object.assign(Object.create(db) as KvDatabase, { write: (...args: Parameters<KvDatabase['write']>) => (writes++, db.write(...args)) });
    await addOneByOne(counted as MemoryDatabase, many(1, 1000), 'saved', base);
    // The save's own transaction, then one per slice.
    expect(writes).toBe(1 + SLICES);
    expect(await cursorOf(db)).toBeUndefined();
    expect(await logSize(db)).toBe(0);
    await expectWhole(db, file);
  });

  it.each([
    ['before any slice', 0],
    ['after one slice', 1],
    ['halfway', SLICES / 2],
    ['one slice short of the end', SLICES - 1],
  ])('cut off %s: the store is whole (checks and searches), and the next save goes on from there', async (_case, slices) => {
    const { db, file } = await logAlmostFull();
    await addOneByOne(closingAfter(db, 1 + slices) as MemoryDatabase, many(1, 1000), 'saved', base);
    const cursor = (await cursorOf(db)) as FoldCursor;
    expect(cursor.next).toBe(slices * INDEX_LAYOUT.foldShards);
    expect(cursor.docNos).toHaveLength(INDEX_LAYOUT.logEntries);
    await expectWhole(db, file);
    // A save meanwhile is logged beside the fold's entries, not part of it; the save after goes on with the fold.
    await addOneByOne(closingAfter(db, 1) as MemoryDatabase, many(1, 2000), 'saved', base);
    expect(await logSize(db)).toBe(INDEX_LAYOUT.logEntries + 1);
    expect((await cursorOf(db))?.docNos).toEqual(cursor.docNos);
    await expectWhole(db, file);
    await addOneByOne(db, many(1, 3000), 'saved', base);
    expect(await cursorOf(db)).toBeUndefined();
    expect(await logSize(db)).toBe(2);
    await expectWhole(db, file);
  });

  it.each([
    ['deleting an article the fold moves: the delete finishes the fold in its own transaction', async (db: MemoryDatabase, moving: number[]) => void (await deleteArticles(closingAfter(db, 1), [moving[3] as number], { base }))],
    ['deleting an article in the shards: logged beside the fold', async (db: MemoryDatabase) => void (await deleteArticles(closingAfter(db, 1), [2], { base }))],
    ['the norm refresh: it finishes the fold first', async (db: MemoryDatabase) => void (await refreshNorms(db, base))],
    ['foldLog in one transaction (what an import batch does first)', (db: MemoryDatabase) => db.write(ALL_STORES, async (tx) => void (await foldLog(tx, await readLog(tx), (await readState(tx)).nextDocNo, base.df)))],
  ])('a fold cut off halfway, then %s; the store is whole', async (_case, then) => {
    const { db, file } = await logAlmostFull();
    await addOneByOne(closingAfter(db, 1 + SLICES / 2) as MemoryDatabase, many(1, 1000), 'saved', base);
    const cursor = (await cursorOf(db)) as FoldCursor;
    await then(db, cursor.docNos);
    const after = await cursorOf(db);
    expect(after === undefined || after.docNos.join() === cursor.docNos.join()).toBe(true);
    await expectWhole(db, file);
  });

  it('saves while a fold is cut off fill the log to its ceiling; the one past it folds everything in its own transaction', async () => {
    const { db, file } = await logAlmostFull();
    await addOneByOne(closingAfter(db, 2) as MemoryDatabase, many(1, 1000), 'saved', base);
    for (const article of many(INDEX_LAYOUT.logCeiling - INDEX_LAYOUT.logEntries, 2000)) await addOneByOne(closingAfter(db, 1) as MemoryDatabase, [article], 'saved', base);
    expect(await logSize(db)).toBe(INDEX_LAYOUT.logCeiling);
    expect((await cursorOf(db))?.next).toBe(INDEX_LAYOUT.foldShards);
    await addOneByOne(closingAfter(db, 1) as MemoryDatabase, many(1, 3000), 'saved', base);
    expect(await cursorOf(db)).toBeUndefined();
    expect(await logSize(db)).toBe(0);
    await expectWhole(db, file);
  });

  it('two callers at once share the slices, each made once', async () => {
    const { db, file } = await logAlmostFull();
    await addOneByOne(closingAfter(db, 1) as MemoryDatabase, many(1, 1000), 'saved', base);
    const made = await Promise.all([continueFold(db, base), continueFold(db, base)]);
    expect(made[0]! + made[1]!).toBe(SLICES);
    expect(await continueFold(db, base)).toBe(0);
    await expectWhole(db, file);
  });

  it('leaves the shards and the hint sums as one fold in one transaction does', async () => {
    const sliced = await logAlmostFull();
    const whole = await logAlmostFull();
    await addOneByOne(sliced.db, many(1, 1000), 'saved', base);
    await addOneByOne(closingAfter(whole.db, 1) as MemoryDatabase, many(1, 1000), 'saved', base);
    // The fold as it was made before slices: no cursor, every shard and the hint sums at once.
    await whole.db.write(ALL_STORES, async (tx) => {
      tx.delete(STORES.meta, META_KEYS.folding);
      await foldLog(tx, await readLog(tx), (await readState(tx)).nextDocNo, base.df);
    });
    expect(await cursorOf(whole.db)).toBeUndefined();
    const read = (db: KvDatabase, store: string) => db.read([store], (tx) => tx.getAll<unknown>(store));
    expect(await read(sliced.db, STORES.shards)).toEqual(await read(whole.db, STORES.shards));
    const hints = async (db: KvDatabase) => (await read(db, STORES.perArticle)).flatMap((value) => (value && typeof value === 'object' && 'a' in value ? [value as Record<'a' | 'b' | 'c', Float32Array>] : []));
    const [a, b] = [await hints(sliced.db), await hints(whole.db)];
    expect(a.length).toBeGreaterThan(0);
    expect(a.length).toBe(b.length);
    a.forEach((block, i) => {
      for (const sum of ['a', 'b', 'c'] as const) {
        // Sums over slices of the terms add in another order: equal to float precision.
        const other = (b[i] as Record<'a' | 'b' | 'c', Float32Array>)[sum];
        block[sum].forEach((value, slot) => expect(Math.abs(value - (other[slot] as number))).toBeLessThanOrEqual(1e-4 * Math.max(1, Math.abs(value))));
      }
    });
  });

  /** The database with its write transactions counted. */
  const countingWrites = (db: KvDatabase) => {
    const made = { writes: 0 };
    const counted = Object.assign(Object.create(db) as KvDatabase, { write: (...args: Parameters<KvDatabase['write']>) => (made.writes++, db.write(...args)) });
    return { counted, made };
  };

  it.each([
    ['an empty log: nothing to fold', 0, 0, 0],
    ['a few saves in the log: one fold of them all', 5, 0, SLICES],
    ['a fold cut off halfway, and saves since: the fold goes on, the saves stay logged', INDEX_LAYOUT.logEntries, SLICES / 2, SLICES / 2],
  ])('foldLogInSlices on %s', async (_case, saves, cutAfter, slices) => {
    const db = memoryStore();
    await addOneByOne(db, STORIES, 'saved', base);
    const mem = memoryTarget();
    await refreshNorms(db, base, { snapshot: mem.target });
    if (saves) {
      await addOneByOne(db, many(saves - 1), 'saved', base);
      // The last save fills the log (when there are logEntries of them), and its fold is cut off after `cutAfter` slices.
      await addOneByOne(closingAfter(db, 1 + cutAfter) as MemoryDatabase, many(1, 1000), 'saved', base);
    }
    if (cutAfter) for (const article of many(2, 2000)) await addOneByOne(closingAfter(db, 1) as MemoryDatabase, [article], 'saved', base);
    const inLog = await logSize(db);
    expect(await foldLogInSlices(db, base)).toBe(slices);
    expect(await cursorOf(db)).toBeUndefined();
    expect(await logSize(db)).toBe(cutAfter ? 2 : saves && 0);
    expect(inLog).toBe(cutAfter ? saves + 2 : saves);
    await expectWhole(db, mem.file);
  });

  it('the norm refresh folds the log in slices before its own short fold', async () => {
    const db = memoryStore();
    await addOneByOne(db, STORIES, 'saved', base);
    await refreshNorms(db, base);
    await addOneByOne(db, many(3), 'saved', base);
    const { counted, made } = countingWrites(db);
    await refreshNorms(counted, base);
    // Beginning the fold, its slices, the refresh's own first write and the write that keeps the norms.
    expect(made.writes).toBe(1 + SLICES + 2);
    expect(await logSize(db)).toBe(0);
    await expectWhole(db);
  });
});
