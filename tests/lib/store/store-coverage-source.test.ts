import { describe, expect, it } from 'vitest';
import { articleTerms } from '../../../lib/corpus/article-terms';
import { buildCorpus } from '../../../lib/corpus/build-corpus';
import { indexedSimilarity } from '../../../lib/match/indexed-similarity';
import { baseIndex } from '../../../lib/store/base-index';
import { readBaseFrequencies } from '../../../lib/store/base-frequencies';
import { ALL_STORES, STORES } from '../../../lib/store/corpus-schema';
import { findCoverage } from '../../../lib/match/find-coverage';
import { findStoreCoverage } from '../../../lib/store/find-store-coverage';
import { refreshNorms } from '../../../lib/store/refresh-norms';
import { readState } from '../../../lib/store/store-state';
import type { Article } from '../../../lib/types';
import { NormCache, searchCounts, storeCoverageSource } from '../../../lib/store/store-coverage-source';
import { FIXED_THRESHOLDS } from '../match/fixed-thresholds';
import { BUNDLE, STORIES, addOneByOne, memoryStore, memoryTarget } from './helpers';

const base = baseIndex(BUNDLE.corpus);
const counts = searchCounts;
const filled = async () => {
  const db = memoryStore();
  await addOneByOne(db, STORIES, 'saved', base);
  return db;
};
const withSource = <T>(db: Awaited<ReturnType<typeof filled>>, work: (source: ReturnType<typeof storeCoverageSource>) => Promise<T>, options: Parameters<typeof storeCoverageSource>[3] = {}) =>
  db.read(ALL_STORES, async (tx) => work(storeCoverageSource(tx, await readState(tx), { index: base, frequencies: await readBaseFrequencies(tx, base) }, options)));

describe('storeCoverageSource', () => {
  it('names bundled articles by negative references, stored ones by docNo', async () => {
    const db = await filled();
    const page = BUNDLE.corpus.articles[0]!;
    const found = await withSource(db, (s) => s.search(articleTerms(page), NaN, 3, FIXED_THRESHOLDS));
    expect(found[0]).toMatchObject({ ref: -1 });
    const articles = await withSource(db, (s) => s.articles([-1, 0]));
    expect(articles.map((a) => a.id)).toEqual([page.id, STORIES[0]!.id]);
    expect(Object.keys(articles[1]!)).not.toContain('terms');
  });

  it('gives the similarity the in-memory index gives, over the union', async () => {
    const db = await filled();
    const corpus = buildCorpus([...BUNDLE.corpus.articles, ...STORIES]);
    const n = BUNDLE.corpus.articles.length;
    const aTerms = articleTerms(STORIES[0]!);
    expect(await withSource(db, (s) => s.similarity(0, 1, aTerms))).toBe(indexedSimilarity(corpus, n, n + 1, aTerms));
    expect(await withSource(db, (s) => s.similarity(0, -1, aTerms))).toBe(indexedSimilarity(corpus, n, 0, aTerms));
  });

  it('reads the shards of the query terms, and frequencies for the candidates it scores exactly', async () => {
    const db = await filled();
    const read = counts();
    const terms = articleTerms(STORIES[0]!);
    await withSource(db, (s) => s.search(terms, NaN, 10, FIXED_THRESHOLDS), { counts: read });
    expect(read.shards).toBeGreaterThan(0);
    expect(read.shards).toBeLessThanOrEqual(terms.size);
    expect(read.rescored).toBeGreaterThan(0);
    expect(read.articles).toBe(read.rescored);
  });

  it('with a NormCache, a second query on the unchanged store scores without reading norms again', async () => {
    const db = await filled();
    const cache = new NormCache();
    const terms = articleTerms(STORIES[1]!);
    await withSource(db, (s) => s.search(terms, NaN, 10, FIXED_THRESHOLDS), { cache });
    const again = counts();
    await withSource(db, (s) => s.search(terms, NaN, 10, FIXED_THRESHOLDS), { cache, counts: again });
    expect(again.rescored).toBe(0);
    expect(again.heads).toBe(0);
    // Once the store changes, the cache starts afresh.
    await addOneByOne(db, [{ ...STORIES[0]!, id: 'more', text: `${STORIES[0]!.text} More news.`, url: undefined }]);
    const after = counts();
    await withSource(db, (s) => s.search(terms, NaN, 10, FIXED_THRESHOLDS), { cache, counts: after });
    expect(after.rescored).toBeGreaterThan(0);
  });

  it('says the index is damaged when it lists an article the store lost', async () => {
    const db = await filled();
    await db.write(ALL_STORES, async (tx) => tx.delete(STORES.articles, 1));
    await expect(withSource(db, (s) => s.search(articleTerms(STORIES[1]!), NaN, 10, FIXED_THRESHOLDS))).rejects.toThrow(/index damaged/);
  });

  // The norm hints of articles in the shards learn of the log's changes only at the fold. New reports
  // in the log that share an earlier report's rare words lower its norm (and raise its score) past what
  // its hint says: the search must still score it exactly. 24 near-copies of the stories in the log made
  // the search miss "fire-c" (0.545) and, for another page, two weak matches, before hints were lowered
  // by how far the log can have moved a norm.
  it.each([8, 16, 24, 31])('with %i near-copies of the stored stories in the index log, finds what a batch build finds', async (copies) => {
    const db = await filled();
    await refreshNorms(db, base, { snapshot: memoryTarget().target });
    const more = Array.from({ length: copies }, (_, i): Article => ({ ...STORIES[i % STORIES.length]!, id: `x${i}`, url: undefined, text: `${STORIES[i % STORIES.length]!.text}\n\nItem ${i} of the series, number ${i * 7}.` }));
    await addOneByOne(db, more, 'saved', base);
    expect(await db.read([STORES.log], (tx) => tx.count(STORES.log))).toBe(copies);
    const corpus = buildCorpus([...BUNDLE.corpus.articles, ...STORIES, ...more]);
    const line = (c: Awaited<ReturnType<typeof findCoverage>>) => c.matches.map((m) => `${m.article.id} ${m.score}`);
    for (const story of STORIES.slice(0, 4)) {
      const page = { ...story, id: `page-${story.id}`, url: undefined };
      expect(line(await findStoreCoverage(db, page, { base, limit: 10 }))).toEqual(line(await findCoverage(page, corpus, { limit: 10 })));
    }
  });
});
