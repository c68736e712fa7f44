import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../lib/corpus/build-corpus';
import { findCoverage } from '../../../lib/match/find-coverage';
import { articleSlot, slotKey } from '../../../lib/store/article-slot';
import { baseIndex } from '../../../lib/store/base-index';
import { ALL_STORES, STORES } from '../../../lib/store/corpus-schema';
import { deleteArticles } from '../../../lib/store/delete-articles';
import { findStoreCoverage } from '../../../lib/store/find-store-coverage';
import { INDEX_LAYOUT } from '../../../lib/store/index-layout';
import { refreshNorms } from '../../../lib/store/refresh-norms';
import { searchCounts } from '../../../lib/store/store-coverage-source';
import { commonFloor } from '../../../lib/store/common-terms';
import { foldLog } from '../../../lib/store/fold-log';
import { readLog } from '../../../lib/store/index-log';
import { META_KEYS, readState } from '../../../lib/store/store-state';
import { shardsChanged } from '../../../lib/store/shards-changed';
import type { KvDatabase, NormRefresh, StoredArticle } from '../../../lib/store/types';
import { BUNDLE, STORIES, addOneByOne, memoryStore } from './helpers';

const base = baseIndex(BUNDLE.corpus);
/**
 * The refresh's write that keeps the norms, on a store whose saves are in the index log: after the
 * write that begins folding the log, the fold's slices, and the refresh's own short fold.
 */
const KEEP_WRITE = 1 + INDEX_LAYOUT.shards / INDEX_LAYOUT.foldShards + 2;
const counts = searchCounts;
const summary = (c: Awaited<ReturnType<typeof findCoverage>>) => c.matches.map((m) => `${m.article.id} ${m.score} ${m.decision}`);
/** A batch build of the bundled articles and the store's live ones: what every query must equal. */
const batchBuild = async (db: KvDatabase) => {
  const live = (await db.read(ALL_STORES, (tx) => tx.getAll<StoredArticle>(STORES.articles))).map(({ id, outlet, title, text, published }) => ({ id, outlet, title, text, ...(published ? { published } : {}) }));
  return buildCorpus([...BUNDLE.corpus.articles, ...live]);
};

describe('refreshNorms', () => {
  it('keeps for every article the norm a batch build of the bundled and stored articles stores, to the bit', async () => {
    const db = memoryStore();
    await addOneByOne(db, STORIES, 'saved', base);
    expect(await refreshNorms(db, base)).toBe(STORIES.length);
    const corpus = buildCorpus([...BUNDLE.corpus.articles, ...STORIES]);
    const norms = await db.read(ALL_STORES, (tx) => tx.get<Float64Array>(STORES.perArticle, slotKey(0, 'norms')));
    STORIES.forEach((_, docNo) => expect(norms![articleSlot(docNo).slot]).toBe(corpus.norms[BUNDLE.corpus.articles.length + docNo]));
  });

  it('lists the terms of at least commonFloor stored articles, each with its exact count', async () => {
    const db = memoryStore();
    await addOneByOne(db, STORIES, 'saved', base);
    await refreshNorms(db, base);
    const { common } = (await db.read(ALL_STORES, (tx) => tx.get<NormRefresh>(STORES.meta, META_KEYS.refresh))) ?? {};
    const stored = buildCorpus(STORIES);
    const expected = Object.entries(stored.postings)
      .map(([term, list]) => [term, list.length / 2] as const)
      .filter(([, df]) => df >= commonFloor(STORIES.length))
      .sort(([x], [y]) => (x < y ? -1 : 1));
    expect(expected.length).toBeGreaterThan(10);
    expect(common?.terms).toEqual(expected.map(([term]) => term));
    expect([...(common?.df ?? [])]).toEqual(expected.map(([, df]) => df));
  });

  it('then a query reads no term frequencies, and finds what a batch build finds', async () => {
    const db = memoryStore();
    await addOneByOne(db, STORIES, 'saved', base);
    await refreshNorms(db, base);
    const corpus = buildCorpus([...BUNDLE.corpus.articles, ...STORIES]);
    for (const page of STORIES) {
      const probe = { ...page, id: 'page', url: undefined };
      const read = counts();
      expect(summary(await findStoreCoverage(db, probe, { base, limit: 10, counts: read }))).toEqual(summary(await findCoverage(probe, corpus, { limit: 10 })));
      expect(read.rescored).toBe(0);
    }
  });

  it.each([
    ['an add', async (db: ReturnType<typeof memoryStore>) => void (await addOneByOne(db, [{ ...STORIES[0]!, id: 'again', url: undefined, text: `${STORIES[0]!.text} Later.` }], 'saved', base))],
    ['a delete', async (db: ReturnType<typeof memoryStore>) => void (await deleteArticles(db, [2], { base }))],
  ])('after %s the kept norms are stale: queries stay exact on the slow path until the next refresh', async (_case, change) => {
    const db = memoryStore();
    await addOneByOne(db, STORIES, 'saved', base);
    await refreshNorms(db, base);
    await change(db);
    const corpus = await batchBuild(db);
    const probe = { ...STORIES[1]!, id: 'page', url: undefined };
    const slow = counts();
    expect(summary(await findStoreCoverage(db, probe, { base, limit: 100, counts: slow }))).toEqual(summary(await findCoverage(probe, corpus, { limit: 100 })));
    expect(slow.rescored).toBeGreaterThan(0);
    await refreshNorms(db, base);
    const fast = counts();
    expect(summary(await findStoreCoverage(db, probe, { base, limit: 100, counts: fast }))).toEqual(summary(await findCoverage(probe, corpus, { limit: 100 })));
    expect(fast.rescored).toBe(0);
  });

  it.each([
    ['an add', async (db: ReturnType<typeof memoryStore>) => void (await addOneByOne(db, [{ ...STORIES[0]!, id: 'again', url: undefined, text: `${STORIES[0]!.text} Later.` }], 'saved', base))],
    ['a delete', async (db: ReturnType<typeof memoryStore>) => void (await deleteArticles(db, [2], { base }))],
  ])('after %s the kept norms are carried forward (carried-norm.ts): the same matches, fewer term frequencies read', async (_case, change) => {
    const db = memoryStore();
    await addOneByOne(db, STORIES, 'saved', base);
    await refreshNorms(db, base);
    await change(db);
    const probe = { ...STORIES[1]!, id: 'page', url: undefined };
    const carrying = counts();
    const carried = summary(await findStoreCoverage(db, probe, { base, limit: 100, counts: carrying }));
    expect(carrying.carried).toBeGreaterThan(0);
    // The same store told that its shards changed since the refresh: every norm from its terms' frequencies.
    await db.write(ALL_STORES, (tx) => shardsChanged(tx, []));
    const plain = counts();
    expect(carried).toEqual(summary(await findStoreCoverage(db, probe, { base, limit: 100, counts: plain })));
    expect(plain.carried).toBe(0);
    expect(carrying.heads).toBeLessThan(plain.heads);
  });

  it('a fold of the index log after the refresh stops the carrying; queries stay exact', async () => {
    const db = memoryStore();
    await addOneByOne(db, STORIES, 'saved', base);
    await refreshNorms(db, base);
    expect((await db.read(ALL_STORES, (tx) => tx.get<NormRefresh>(STORES.meta, META_KEYS.refresh)))?.size).toBe(STORIES.length + BUNDLE.corpus.articles.length);
    const more = Array.from({ length: INDEX_LAYOUT.logEntries + 1 }, (_, i) => ({ id: `more-${i}`, outlet: 'X', title: `Council vote ${i}`, text: `The council met on day ${i} and voted ${i} to ${i + 3} on the harbour budget.` }));
    await addOneByOne(db, more, 'saved', base);
    expect((await db.read(ALL_STORES, (tx) => tx.get<NormRefresh>(STORES.meta, META_KEYS.refresh)))?.size).toBeUndefined();
    const probe = { ...STORIES[3]!, id: 'page', url: undefined };
    const read = counts();
    expect(summary(await findStoreCoverage(db, probe, { base, limit: 100, counts: read }))).toEqual(summary(await findCoverage(probe, await batchBuild(db), { limit: 100 })));
    expect(read.carried).toBe(0);
    expect(read.rescored).toBeGreaterThan(0);
  });

  it('a store an older version folded without a word (the refresh record kept its size) is not carried: the log does not account for the count', async () => {
    const db = memoryStore();
    await addOneByOne(db, STORIES, 'saved', base);
    await refreshNorms(db, base);
    const refresh = await db.read(ALL_STORES, (tx) => tx.get<NormRefresh>(STORES.meta, META_KEYS.refresh));
    await addOneByOne(db, [{ id: 'reopen', outlet: 'Coast Daily', title: 'Port Elwin harbour reopens', text: 'Ships returned to Port Elwin harbour on Tuesday, two days after the warehouse fire, the harbour master said.' }], 'saved', base);
    // What an older version's fold does: the log into the shards, and the refresh record left as it was.
    await db.write(ALL_STORES, async (tx) => {
      const state = await readState(tx);
      await foldLog(tx, await readLog(tx), state.nextDocNo, base.df);
      tx.put(STORES.meta, refresh, META_KEYS.refresh);
    });
    await addOneByOne(db, [{ id: 'tram', outlet: 'City Ledger', title: 'Tram works begin in Valdera', text: 'Work on the Valdera tram line began on Monday, as Mayor Ana Reis had promised after the council vote.' }], 'saved', base);
    const probe = { ...STORIES[1]!, id: 'page', url: undefined };
    const read = counts();
    expect(summary(await findStoreCoverage(db, probe, { base, limit: 100, counts: read }))).toEqual(summary(await findCoverage(probe, await batchBuild(db), { limit: 100 })));
    expect(read.rescored).toBeGreaterThan(0);
    expect(read.carried).toBe(0);
  });

  it('walks the index in slices: a query asked for while it runs is answered before it ends, not after the whole pass', async () => {
    const db = memoryStore();
    await addOneByOne(db, STORIES, 'saved', base);
    const order: string[] = [];
    const refreshing = refreshNorms(db, base).then(() => order.push('refresh'));
    const query = findStoreCoverage(db, { ...STORIES[1]!, id: 'page', url: undefined }, { base }).then(() => order.push('query'));
    await Promise.all([refreshing, query]);
    expect(order).toEqual(['query', 'refresh']);
  });

  const addMeanwhile = (db: ReturnType<typeof memoryStore>) => addOneByOne(db, [{ ...STORIES[0]!, id: 'meanwhile', url: undefined, text: `${STORIES[0]!.text} Meanwhile.` }], 'saved', base);
  const deleteMeanwhile = (db: ReturnType<typeof memoryStore>) => deleteArticles(db, [2], { base });
  it.each([
    ['an add', 'between two slices of the walk', addMeanwhile, 'read', 2],
    ['a delete', 'between two slices of the walk', deleteMeanwhile, 'read', 2],
    ['an add', 'after the last slice, before the norms are kept', addMeanwhile, 'write', KEEP_WRITE],
  ] as const)('keeps nothing when %s lands %s (its norms would be stale): queries stay exact, and the next refresh keeps them', async (_case, _when, change, on, nth) => {
    const db = memoryStore();
    await addOneByOne(db, STORIES, 'saved', base);
    const calls = { read: 0, write: 0 };
    const racing: KvDatabase = {
      read: async (stores, work) => (++calls.read === nth && on === 'read' && (await change(db)), db.read(stores, work)),
      write: async (stores, work) => (++calls.write === nth && on === 'write' && (await change(db)), db.write(stores, work)),
      close: () => db.close(),
    };
    expect(await refreshNorms(racing, base)).toBe(0);
    // Stopped at the change: no slice after it was read.
    expect(calls.read).toBe(on === 'read' ? nth : INDEX_LAYOUT.shards / INDEX_LAYOUT.refreshShards);
    expect(await db.read(ALL_STORES, (tx) => tx.get(STORES.meta, META_KEYS.refresh))).toBeUndefined();
    const corpus = await batchBuild(db);
    const probe = { ...STORIES[1]!, id: 'page', url: undefined };
    expect(summary(await findStoreCoverage(db, probe, { base, limit: 100 }))).toEqual(summary(await findCoverage(probe, corpus, { limit: 100 })));
    expect(await refreshNorms(db, base)).toBe(corpus.articles.length - BUNDLE.corpus.articles.length);
    const fast = counts();
    expect(summary(await findStoreCoverage(db, probe, { base, limit: 100, counts: fast }))).toEqual(summary(await findCoverage(probe, corpus, { limit: 100 })));
    expect(fast.rescored).toBe(0);
  });

  it('norms kept for another bundled corpus are not used', async () => {
    const db = memoryStore();
    await addOneByOne(db, STORIES);
    await refreshNorms(db);
    const read = counts();
    await findStoreCoverage(db, STORIES[0]!, { base, counts: read });
    expect(read.rescored).toBeGreaterThan(0);
  });
});
