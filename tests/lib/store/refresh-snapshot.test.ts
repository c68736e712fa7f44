import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../lib/corpus/build-corpus';
import { findCoverage } from '../../../lib/match/find-coverage';
import { baseIndex } from '../../../lib/store/base-index';
import { ALL_STORES, STORES } from '../../../lib/store/corpus-schema';
import { foldLog } from '../../../lib/store/fold-log';
import { readLog } from '../../../lib/store/index-log';
import { addArticles } from '../../../lib/store/add-articles';
import { deleteArticles } from '../../../lib/store/delete-articles';
import { findStoreCoverage } from '../../../lib/store/find-store-coverage';
import { INDEX_LAYOUT } from '../../../lib/store/index-layout';
import { refreshNorms, type SnapshotTarget } from '../../../lib/store/refresh-norms';
import { shardRange } from '../../../lib/store/shard-head';
import { openSnapshot, type ShardRecords } from '../../../lib/store/shard-snapshot';
import { searchCounts } from '../../../lib/store/store-coverage-source';
import { META_KEYS, readState } from '../../../lib/store/store-state';
import { keepFolded } from '../../../lib/store/folded-changes';
import { recordsView, type ShardView } from '../../../lib/store/shard-view';
import { articleSlot, slotKey } from '../../../lib/store/article-slot';
import type { KvDatabase, KvKey, KvReader, NormRefresh } from '../../../lib/store/types';
import type { Article } from '../../../lib/types';
import type { MemoryDatabase } from '../../../lib/store/memory-database';
import { BUNDLE, STORIES, addOneByOne, memoryStore, memoryTarget } from './helpers';

const base = baseIndex(BUNDLE.corpus);
/**
 * The refresh's write that keeps the norms, on a store whose saves are in the index log: after the
 * write that begins folding the log, the fold's slices, and the refresh's own short fold.
 */
const KEEP_WRITE = 1 + INDEX_LAYOUT.shards / INDEX_LAYOUT.foldShards + 2;
const summary = (c: Awaited<ReturnType<typeof findCoverage>>) => c.matches.map((m) => `${m.article.id} ${m.score} ${m.decision}`);
/** A shard's terms with their counts and postings, through any view of it. */
const contents = (view: ShardView | undefined, terms: readonly string[]) =>
  terms.map((term) => ({ term, df: view?.df(term), postings: (view?.postings(term) ?? []).flatMap((r) => [...r.docs].map((doc, k) => [doc, r.weights[k]])) }));
const termsOf = (records: ShardRecords) => [...new Set(records.flatMap((r) => r.terms))];

/** The database, its per-article records' reads counted (the norm and day blocks). */
function countingPerArticle(db: KvDatabase) {
  const reads = { perArticle: 0 };
  const counted: KvDatabase = Object.assign(Object.create(db) as KvDatabase, {
    read: <T>(stores: readonly string[], work: (tx: KvReader) => Promise<T>) =>
      db.read(stores, (tx) => work({ ...tx, get: <V>(store: string, key: KvKey) => ((reads.perArticle += store === STORES.perArticle ? 1 : 0), tx.get<V>(store, key)), getAll: tx.getAll.bind(tx), getKeys: tx.getKeys.bind(tx), count: tx.count.bind(tx) })),
  });
  return { db: counted, reads };
}
const pages = STORIES.map((s) => ({ ...s, id: `page-${s.id}`, url: undefined }));
/** The norm refresh's first step alone (a refresh whose page closed after it): the log folded into the shards. */
const fold = (db: KvDatabase) => db.write(ALL_STORES, async (tx) => foldLog(tx, await readLog(tx), (await readState(tx)).nextDocNo, base.df));

async function refreshedStore() {
  const db = memoryStore();
  await addOneByOne(db, STORIES, 'saved', base);
  const mem = memoryTarget();
  expect(await refreshNorms(db, base, { snapshot: mem.target })).toBe(STORIES.length);
  return { db, mem };
}

describe('the norm refresh writes a snapshot of the shards', () => {
  it('holding every shard exactly as the database does, stamped with the refreshed generation, kept once', async () => {
    const { db, mem } = await refreshedStore();
    expect(mem.closed).toEqual([true]);
    const snapshot = openSnapshot(mem.file());
    expect(snapshot).toMatchObject({ generation: (await db.read([STORES.meta], readState)).generation, fingerprint: base.fingerprint });
    let nonEmpty = 0;
    await db.read([STORES.shards], async (tx) => {
      for (let shard = 0; shard < INDEX_LAYOUT.shards; shard++) {
        const records = await tx.getAll<ShardRecords[number]>(STORES.shards, { range: shardRange(shard) });
        nonEmpty += records.length ? 1 : 0;
        expect(contents(snapshot?.readShard(shard), termsOf(records))).toEqual(contents(recordsView(records), termsOf(records)));
      }
    });
    expect(nonEmpty).toBeGreaterThan(100);
  });

  it("holding every stored article's kept norm and day, as the database's blocks hold them", async () => {
    const { db, mem } = await refreshedStore();
    const kept = openSnapshot(mem.file())?.articles();
    const docNos = await db.read([STORES.articles], (tx) => tx.getKeys(STORES.articles));
    expect(kept?.norms).toHaveLength(Math.max(...(docNos as number[])) + 1);
    await db.read([STORES.perArticle], async (tx) => {
      for (const docNo of docNos as number[]) {
        const { block, slot } = articleSlot(docNo);
        const [norms, days] = [await tx.get<Float64Array>(STORES.perArticle, slotKey(block, 'norms')), await tx.get<Float32Array>(STORES.perArticle, slotKey(block, 'days'))];
        expect(kept?.norms[docNo]).toBe(norms?.[slot]);
        expect(kept?.norms[docNo]).toBeGreaterThan(0);
        expect(kept?.days[docNo]).toBe(days?.[slot]);
      }
    });
  });

  it('a query then reads every shard from it, none from the database, and finds what the database gives', async () => {
    const { db, mem } = await refreshedStore();
    const snapshot = openSnapshot(mem.file());
    const counted = countingPerArticle(db);
    for (const page of pages) {
      const read = searchCounts();
      const fromFile = await findStoreCoverage(counted.db, page, { base, limit: 10, counts: read, snapshot });
      expect(summary(fromFile)).toEqual(summary(await findStoreCoverage(db, page, { base, limit: 10 })));
      expect(read.shards).toBe(0);
      expect(read.heads).toBe(0);
      expect(read.fromSnapshot).toBeGreaterThan(10);
    }
    // The norms and days came from the file too: no block of them was read from the database.
    expect(counted.reads.perArticle).toBe(0);
    const withoutFile = countingPerArticle(db);
    await findStoreCoverage(withoutFile.db, pages[0]!, { base, limit: 10 });
    expect(withoutFile.reads.perArticle).toBeGreaterThan(0);
  });

  it("a file whose norms and days do not cover every stored article: they are read from the database, the answer stays the same", async () => {
    const { db, mem } = await refreshedStore();
    const whole = openSnapshot(mem.file());
    const short = whole && { ...whole, articles: () => ({ norms: new Float64Array(1), days: new Float32Array(1) }) };
    const counted = countingPerArticle(db);
    for (const page of pages.slice(0, 3)) {
      expect(summary(await findStoreCoverage(counted.db, page, { base, limit: 10, snapshot: short }))).toEqual(summary(await findStoreCoverage(db, page, { base, limit: 10, snapshot: whole })));
    }
    expect(counted.reads.perArticle).toBeGreaterThan(0);
  });

  // Right after a save or a delete the changes are in the index log and the shards are the ones the
  // refresh walked: the file still serves them, and the log's changes come on top. A write that folds the
  // log into the shards (the next refresh's first step, a writer that finds the log full) keeps what it
  // moved beside them (folded-changes.ts), and the file still serves; one too big to keep them (an import
  // batch), or no record of them, and it no longer does.
  const later: Article = { ...STORIES[0]!, id: 'later', url: undefined, title: 'A later report', text: `${STORIES[2]!.text.split('. ').slice(0, 2).join('. ')}. ${STORIES[3]!.text}` };
  const batchOf = async (db: KvDatabase) => {
    const live = await db.read([STORES.articles], (tx) => tx.getAll<Article & { docNo: number }>(STORES.articles));
    return buildCorpus([...BUNDLE.corpus.articles, ...live.sort((x, y) => x.docNo - y.docNo).map(({ id, outlet, title, text, published }) => ({ id, outlet, title, text, ...(published ? { published } : {}) }))]);
  };
  /** `later` saved, then the log folded into the shards (by the next refresh's first step); its docNo. */
  const addedAndFolded = async (db: MemoryDatabase) => {
    const [outcome] = await addOneByOne(db, [later], 'saved', base);
    await fold(db);
    return outcome!.added[0]!.docNo;
  };
  const changes = [
    ['one article added', 'the file', 'pruned', async (db: MemoryDatabase) => void (await addOneByOne(db, [later], 'saved', base))],
    ['one article deleted', 'the file', 'pruned', async (db: MemoryDatabase) => void (await deleteArticles(db, [1], { base }))],
    ['one article added, then the log folded into the shards', 'the file', 'pruned', async (db: MemoryDatabase) => void (await addedAndFolded(db))],
    [
      'one article deleted and one added, the log folded, then one more added and another deleted',
      'the file',
      // Four changes to a store this small move the kept norms too far for the bounds (normRatioBounds).
      'unpruned',
      async (db: MemoryDatabase) => {
        await deleteArticles(db, [3], { base });
        await addedAndFolded(db);
        await addOneByOne(db, [{ ...later, id: 'later-2', title: 'Another later report', text: `${STORIES[4]!.text} ${STORIES[1]!.text.split('. ')[0]}.` }], 'saved', base);
        await deleteArticles(db, [0], { base });
      },
    ],
    [
      'one article added and folded into the shards, then deleted',
      'the file',
      'pruned',
      async (db: MemoryDatabase) => void (await deleteArticles(db, [await addedAndFolded(db)], { base })),
    ],
    [
      'one article added, the log folded, then the folded changes dropped (as a write too big to keep them does)',
      'the database',
      'unpruned',
      async (db: MemoryDatabase) => {
        await addedAndFolded(db);
        await db.write(ALL_STORES, async (tx) => keepFolded(tx, await tx.get<NormRefresh>(STORES.meta, META_KEYS.refresh), Array.from({ length: INDEX_LAYOUT.foldedEntries + 1 }, (_, docNo) => ({ docNo, terms: 'x', weights: Uint32Array.of(1000) }))));
      },
    ],
  ] as const;
  it.each(changes)("after a change (%s), a query reads the shards from %s, %s, and is exact", async (_case, from, search, change) => {
    const { db, mem } = await refreshedStore();
    const snapshot = openSnapshot(mem.file());
    await change(db);
    const corpus = await batchOf(db);
    for (const page of pages) {
      const read = searchCounts();
      expect(summary(await findStoreCoverage(db, page, { base, limit: 10, counts: read, snapshot }))).toEqual(summary(await findCoverage(page, corpus, { limit: 10 })));
      // The pruned search bounds the candidates from the refresh's norms, moved as far as the changes allow.
      expect(read.pruned > 0).toBe(search === 'pruned');
      if (from === 'the file') {
        expect(read.fromSnapshot).toBeGreaterThan(10);
        expect([read.shards, read.heads]).toEqual([0, 0]);
      } else {
        expect(read.fromSnapshot).toBe(0);
        expect(read.shards).toBeGreaterThan(0);
      }
    }
  });

  /** Small distinct articles on the stories' words, each its own text. */
  const many = (n: number): Article[] => Array.from({ length: n }, (_, i) => ({ ...STORIES[i % STORIES.length]!, id: `x${i}`, url: undefined, text: `${STORIES[i % STORIES.length]!.text}\n\nItem ${i} of the series, number ${i * 7}.` }));
  it.each([
    ['a writer that finds the log full: the log and its own change are kept beside the shards', 'the file', INDEX_LAYOUT.logEntries + 1],
    ['an import batch bigger than can be kept beside the shards', 'the database', INDEX_LAYOUT.foldedEntries + 1],
  ])('%s; a query reads the shards from %s, and is exact', async (_case, from, n) => {
    const { db, mem } = await refreshedStore();
    const snapshot = openSnapshot(mem.file());
    const articles = many(n);
    if (from === 'the file') await addOneByOne(db, articles, 'saved', base);
    else await addArticles(db, articles.map((article) => ({ article, source: 'imported' as const })), { now: 1, base });
    expect(await db.read([STORES.log], (tx) => tx.count(STORES.log))).toBeLessThan(n);
    const corpus = await batchOf(db);
    for (const page of pages.slice(0, 3)) {
      const read = searchCounts();
      expect(summary(await findStoreCoverage(db, page, { base, limit: 10, counts: read, snapshot }))).toEqual(summary(await findCoverage(page, corpus, { limit: 10 })));
      expect(from === 'the file' ? [read.shards, read.heads] : [read.fromSnapshot]).toEqual(from === 'the file' ? [0, 0] : [0]);
    }
  });

  it('a damaged shard in it is read from the database; the answer stays the same', async () => {
    const { db, mem } = await refreshedStore();
    const whole = openSnapshot(mem.file());
    const used = searchCounts();
    const expected = summary(await findStoreCoverage(db, pages[1]!, { base, limit: 10, counts: used, snapshot: whole }));
    // Every shard read answers "cannot" for one in three: the search falls back shard by shard.
    let n = 0;
    const damaged = whole && { ...whole, readShard: (shard: number) => (++n % 3 ? whole.readShard(shard) : undefined) };
    const read = searchCounts();
    expect(summary(await findStoreCoverage(db, pages[1]!, { base, limit: 10, counts: read, snapshot: damaged }))).toEqual(expected);
    expect(read.shards).toBeGreaterThan(0);
    expect(read.fromSnapshot).toBeGreaterThan(0);
    expect(read.shards + read.fromSnapshot).toBe(used.fromSnapshot);
  });

  it('deleting every article: the next refresh replaces the snapshot with an empty one (no postings of them stay)', async () => {
    const { db, mem } = await refreshedStore();
    const used = await db.read([STORES.shards], async (tx) => {
      const shards: Array<[number, string[]]> = [];
      for (let shard = 0; shard < INDEX_LAYOUT.shards; shard++) {
        const records = await tx.getAll<ShardRecords[number]>(STORES.shards, { range: shardRange(shard) });
        if (records.length) shards.push([shard, termsOf(records)]);
      }
      return shards;
    });
    expect(used.length).toBeGreaterThan(100);
    expect(contents(openSnapshot(mem.file())?.readShard(used[0]![0]), used[0]![1]).some((t) => t.postings.length > 0)).toBe(true);
    const all = await db.read([STORES.articles], (tx) => tx.getKeys(STORES.articles));
    await deleteArticles(db, all as number[], { base });
    expect(await refreshNorms(db, base, { snapshot: mem.target })).toBe(0);
    expect(mem.closed).toEqual([true, true]);
    const snapshot = openSnapshot(mem.file());
    expect(snapshot?.generation).toBe((await db.read([STORES.meta], readState)).generation);
    for (const [shard, terms] of used) {
      const view = snapshot?.readShard(shard);
      expect(view).toBeDefined();
      expect(contents(view, terms).filter((t) => t.df || t.postings.length)).toEqual([]);
    }
  });

  it.each([
    ['between two slices of the walk', 'read'],
    ['after the last slice, before the norms are kept', 'write'],
  ] as const)('a change %s keeps neither the norms nor the snapshot', async (_when, on) => {
    const db = memoryStore();
    await addOneByOne(db, STORIES, 'saved', base);
    const mem = memoryTarget();
    const calls = { read: 0, write: 0 };
    const change = () => addOneByOne(db, [{ ...STORIES[0]!, id: 'meanwhile', url: undefined, text: `${STORIES[0]!.text} Meanwhile.` }], 'saved', base);
    const racing: KvDatabase = {
      read: async (stores, work) => (++calls.read === 2 && on === 'read' && (await change()), db.read(stores, work)),
      write: async (stores, work) => (++calls.write === KEEP_WRITE && on === 'write' && (await change()), db.write(stores, work)),
      close: () => db.close(),
    };
    expect(await refreshNorms(racing, base, { snapshot: mem.target })).toBe(0);
    expect(mem.closed).toEqual([false]);
    expect(openSnapshot(mem.file())).toBeUndefined();
  });

  it.each([
    ['the shards', 1],
    ['the directory', 2],
    ['the header, last', Infinity],
  ])('a target that fails writing %s is dropped; the norms are kept all the same', async (_name, failAt) => {
    const db = memoryStore();
    await addOneByOne(db, STORIES, 'saved', base);
    let writes = 0;
    const mem = memoryTarget();
    const failing: SnapshotTarget = { ...mem.target, write: (data, at) => (++writes >= failAt || (failAt === Infinity && at === 0) ? Promise.reject(new Error('disk full')) : mem.target.write(data, at)) };
    expect(await refreshNorms(db, base, { snapshot: failing })).toBe(STORIES.length);
    expect(mem.closed).toEqual([false]);
    expect(openSnapshot(mem.file())).toBeUndefined();
    const read = searchCounts();
    await findStoreCoverage(db, pages[0]!, { base, limit: 10, counts: read });
    expect(read.rescored).toBe(0);
  });
});
