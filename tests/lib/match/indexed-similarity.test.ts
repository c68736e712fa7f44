import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../lib/corpus/build-corpus';
import { findCoverage } from '../../../lib/match/find-coverage';
import { indexedSimilarity } from '../../../lib/match/indexed-similarity';
import type { Article } from '../../../lib/types';

const article = (id: string, title: string, text: string): Article => ({ id, outlet: id, title, text });
const articles = [
  article('a', 'Fire destroys warehouses at Port Elwin', 'A fire destroyed three warehouses at Port Elwin harbour on Sunday. About 120 firefighters fought the blaze.'),
  article('b', 'Port Elwin harbour blaze', 'Three grain warehouses burned at Port Elwin harbour. Some 120 firefighters battled the fire.'),
  article('c', 'Rovers beat United', 'Rovers reached the cup final with a 3-1 win over United at Castle Park.'),
  article('d', 'Lemon cake', 'Beat the butter and sugar, fold in the flour and bake.'),
];
const corpus = buildCorpus(articles);
const scoreOf = async (i: number, j: number) => (await findCoverage(articles[i]!, corpus, { limit: 10 })).matches.find((m) => m.article.id === articles[j]!.id)?.score ?? 0;

describe('indexedSimilarity', () => {
  it.each([
    [0, 1],
    [1, 0],
    [0, 2],
    [2, 3],
    [3, 0],
  ])('articles %i and %i: the score findCoverage gives the one as a page against the other', async (i, j) => {
    expect(indexedSimilarity(corpus, i, j)).toBeCloseTo(await scoreOf(i, j), 2);
  });

  it.each([
    ['an article and itself', 1, 1, 1],
    ['two stories sharing no term', 0, 3, 0],
    ['an index outside the corpus', 9, 0, 0],
  ])('%s -> %f', (_case, i, j, expected) => {
    expect(indexedSimilarity(corpus, i, j)).toBeCloseTo(expected, 2);
  });

  it('gives two write-ups of one event more than unrelated stories', () => {
    expect(indexedSimilarity(corpus, 0, 1)).toBeGreaterThan(indexedSimilarity(corpus, 0, 2) + 0.2);
  });
});
