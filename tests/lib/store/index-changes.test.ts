import { describe, expect, it, vi } from 'vitest';
import { buildCorpus } from '../../../lib/corpus/build-corpus';
import { findCoverage } from '../../../lib/match/find-coverage';
import { addArticles } from '../../../lib/store/add-articles';
import { ALL_STORES, STORES } from '../../../lib/store/corpus-schema';
import { deleteArticles } from '../../../lib/store/delete-articles';
import { findStoreCoverage } from '../../../lib/store/find-store-coverage';
import { INDEX_LAYOUT } from '../../../lib/store/index-layout';
import type { StoredArticle } from '../../../lib/store/types';
import { verifyIndex } from '../../../lib/store/verify-index';
import type { Article } from '../../../lib/types';
import { STORIES, memoryStore } from './helpers';

// The direct path (a writer past what the log may hold) at a size a test builds quickly: the real
// ceiling (INDEX_LAYOUT.logCeiling, checked in index-layout.test.ts) is an import batch and more.
vi.mock('../../../lib/store/index-layout', async (importOriginal) => {
  const { INDEX_LAYOUT } = await importOriginal<typeof import('../../../lib/store/index-layout')>();
  return { INDEX_LAYOUT: { ...INDEX_LAYOUT, logCeiling: 64 } };
});

/** Many small distinct articles: the stories' sentences under new ids, a counter making each text its own. */
const many = (n: number): Article[] => Array.from({ length: n }, (_, i) => ({ ...(STORIES[i % STORIES.length] as Article), id: `x${i}`, url: undefined, text: `${(STORIES[i % STORIES.length] as Article).text}\n\nItem ${i} of the series, number ${i * 7}.` }));
const counts = (db: ReturnType<typeof memoryStore>) => db.read(ALL_STORES, async (tx) => ({ log: await tx.count(STORES.log), shards: await tx.count(STORES.shards) }));

describe('indexChanges (through addArticles and deleteArticles)', () => {
  it('logs single adds and deletes while the log has room, writing no shard', async () => {
    const db = memoryStore();
    for (const article of many(3)) await addArticles(db, [{ article, source: 'saved' }], { now: 1 });
    await deleteArticles(db, [1], {});
    expect(await counts(db)).toEqual({ log: 2, shards: 0 });
  });

  it.each([
    // Logged, then the fold the full log is due for, made in slices after the save.
    ['the add that fills the log', INDEX_LAYOUT.logEntries - 1, 1],
    ['a batch that takes the log past full', 0, INDEX_LAYOUT.logEntries + 1],
    // Straight to the shards with the log, in the writer's own transaction.
    ['a batch past what the log may hold', 0, INDEX_LAYOUT.logCeiling + 1],
  ])('%s: the log is folded and the change goes to the shards; searches equal a batch build', async (_case, singles, batch) => {
    const db = memoryStore();
    const articles = many(singles + batch);
    for (const article of articles.slice(0, singles)) await addArticles(db, [{ article, source: 'saved' }], { now: 1 });
    await addArticles(db, articles.slice(singles).map((article) => ({ article, source: 'saved' as const })), { now: 2 });
    const { log, shards } = await counts(db);
    expect(log).toBe(0);
    expect(shards).toBeGreaterThan(0);
    expect((await verifyIndex(db)).problems).toEqual([]);
    const stored = (await db.read(ALL_STORES, (tx) => tx.getAll<StoredArticle>(STORES.articles))).sort((x, y) => x.docNo - y.docNo);
    const corpus = buildCorpus(stored.map(({ id, outlet, title, text, published }) => ({ id, outlet, title, text, ...(published ? { published } : {}) })));
    const page = { ...(STORIES[1] as Article), id: 'page', url: undefined };
    const line = (c: Awaited<ReturnType<typeof findCoverage>>) => c.matches.map((m) => `${m.article.id} ${m.score} ${m.decision}`);
    expect(line(await findStoreCoverage(db, page, { limit: 1000 }))).toEqual(line(await findCoverage(page, corpus, { limit: 1000 })));
  });
});
