import { describe, expect, it } from 'vitest';
import { articleNorm } from '../../../lib/corpus/article-norm';
import { buildCorpus } from '../../../lib/corpus/build-corpus';
import { ALL_STORES, STORES } from '../../../lib/store/corpus-schema';
import { indexArticles } from '../../../lib/store/index-articles';
import { articleSlot, slotKey } from '../../../lib/store/article-slot';
import { hintedNorm, type HintBlock } from '../../../lib/store/norm-hints';
import { storeRecord } from '../../../lib/store/store-record';
import { verifyIndex } from '../../../lib/store/verify-index';
import { STORIES, memoryStore } from './helpers';

const hintsOf = async (db: ReturnType<typeof memoryStore>, n: number) => {
  const block = (await db.read(ALL_STORES, (tx) => tx.get<HintBlock>(STORES.perArticle, slotKey(0, 'hints'))))!;
  return Array.from({ length: n }, (_, docNo) => hintedNorm(block, articleSlot(docNo).slot, n));
};

describe('indexArticles', () => {
  it('writes postings and frequencies a rebuild would, and hints close under the exact norms', async () => {
    const db = memoryStore();
    const records = STORIES.map((a, docNo) => ({ ...storeRecord(a, 'saved', 1), docNo }));
    await db.write(ALL_STORES, async (tx) => {
      for (const r of records) tx.put(STORES.articles, r);
      await indexArticles(tx, records, records.length, () => 0);
    });
    // verifyIndex also wants the list entries and counters; the postings part is what this checks.
    expect((await verifyIndex(db)).problems.filter((p) => p.startsWith('shard'))).toEqual([]);
    const corpus = buildCorpus(STORIES);
    const hints = await hintsOf(db, STORIES.length);
    hints.forEach((hint, i) => {
      expect(hint / corpus.norms[i]!).toBeGreaterThan(0.95);
      expect(hint / corpus.norms[i]!).toBeLessThan(1.0001);
    });
  });

  it('updates the hints of articles already stored when a new one shares their rare terms (fan-out)', async () => {
    const db = memoryStore();
    const [first, second] = STORIES.slice(0, 2).map((a, docNo) => ({ ...storeRecord(a, 'saved', 1), docNo }));
    await db.write(ALL_STORES, (tx) => indexArticles(tx, [first!], 1, () => 0));
    await db.write(ALL_STORES, (tx) => indexArticles(tx, [second!], 2, () => 0));
    // The first article's hint now counts the second's shared names: as if both had been added at once.
    const [hint] = await hintsOf(db, 2);
    const exact = articleNorm(
      first!.terms.split('\n').map((t, i) => [t, first!.weights[i]! / 1000] as const),
      (t) => (second!.terms.split('\n').includes(t) ? 2 : 1),
      2,
    );
    expect(hint! / exact).toBeGreaterThan(0.95);
    expect(hint! / exact).toBeLessThan(1.0001);
  });
});
