import { describe, expect, it } from 'vitest';
import { articleTerms } from '../../../lib/corpus/article-terms';
import { buildCorpus } from '../../../lib/corpus/build-corpus';
import { corpusSource } from '../../../lib/match/corpus-source';
import { indexedSimilarity } from '../../../lib/match/indexed-similarity';
import { publishedDay } from '../../../lib/match/published-day';
import type { Article } from '../../../lib/types';
import { FIXED_THRESHOLDS as thresholds } from './fixed-thresholds';

const articles: Article[] = [
  { id: 'a', outlet: 'A', title: 'Fire at Port Elwin harbour', text: 'A fire destroyed three warehouses at Port Elwin harbour on Sunday.', published: '2024-06-01' },
  { id: 'b', outlet: 'B', title: 'Port Elwin blaze', text: 'Three grain warehouses burned at Port Elwin harbour.', published: '2024-08-01' },
  { id: 'c', outlet: 'C', title: 'Lemon cake', text: 'Bake the cake for 45 minutes.' },
];
const corpus = buildCorpus(articles);
const source = corpusSource(corpus);
const page: Article = { id: 'p', outlet: 'P', title: 'Warehouses burn at Port Elwin harbour', text: 'Fire destroyed warehouses at the harbour of Port Elwin.' };

describe('corpusSource', () => {
  it('searches best first, only articles sharing a term', async () => {
    const found = await source.search(articleTerms(page), NaN, 10, thresholds);
    expect(found.map((c) => c.ref)).toEqual([0, 1]);
    expect(found[0]!.score).toBeGreaterThan(found[1]!.score);
  });

  it.each([
    ['undated page: no date factor', NaN, 1],
    ['a page two months after b: b scores the date penalty', publishedDay('2024-10-01'), 0.6],
  ])('%s', async (_case, day, factor) => {
    const undated = await source.search(articleTerms(page), NaN, 10, thresholds);
    const dated = await source.search(articleTerms(page), day, 10, thresholds);
    const b = (list: typeof dated) => list.find((c) => c.ref === 1)!.score;
    expect(b(dated)).toBeCloseTo(b(undated) * factor, 12);
  });

  it.each([
    ['a limit of 1', 1, 1],
    ['a limit of 0', 0, 0],
  ])('%s', async (_case, limit, n) => {
    expect(await source.search(articleTerms(page), NaN, limit, thresholds)).toHaveLength(n);
  });

  it('finds nothing for a vector of stop words', async () => {
    expect(await source.search(new Map(), NaN, 10, thresholds)).toEqual([]);
  });

  it('gives articles by reference and the indexed similarity', async () => {
    expect((await source.articles([2, 0])).map((a) => a.id)).toEqual(['c', 'a']);
    const aTerms = articleTerms(articles[0]!);
    expect(await source.similarity(0, 1, aTerms)).toBe(indexedSimilarity(corpus, 0, 1, aTerms));
  });
});
