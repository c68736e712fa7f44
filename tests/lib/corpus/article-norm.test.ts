import { describe, expect, it } from 'vitest';
import { articleNorm } from '../../../lib/corpus/article-norm';
import { articleTerms } from '../../../lib/corpus/article-terms';
import { buildCorpus } from '../../../lib/corpus/build-corpus';
import { inverseDocumentFrequency } from '../../../lib/corpus/inverse-document-frequency';
import type { Article } from '../../../lib/types';

const articles: Article[] = [
  { id: 'a', outlet: 'A', title: 'Putin lands in Pyongyang', text: 'Russian President Vladimir Putin arrived in Pyongyang on Wednesday.' },
  { id: 'b', outlet: 'B', title: 'Kim greets Putin', text: 'Kim Jong Un greeted Putin at the airport in Pyongyang.' },
  { id: 'c', outlet: 'C', title: 'Lemon cake', text: 'Bake the cake for 45 minutes.' },
];
const round = (x: number) => Math.round(x * 1000) / 1000;

describe('articleNorm', () => {
  it.each([
    ['one term', [['putin', 1.414]] as const, (): number => 2, 10, round(1.414 * inverseDocumentFrequency(2, 10))],
    ['no terms', [] as const, (): number => 1, 10, 0],
    ['a term no other article uses', [['kim', 1]] as const, (): number => 1, 3, round(inverseDocumentFrequency(1, 3))],
  ])('%s', (_case, weights, df, n, expected) => {
    expect(articleNorm(weights, df, n)).toBe(expected);
  });

  it('gives the norms buildCorpus stores, to the bit', () => {
    const corpus = buildCorpus(articles);
    const df = (term: string) => (corpus.postings[term]?.length ?? 0) / 2;
    const norms = articles.map((a) => articleNorm([...articleTerms(a)].map(([t, w]) => [t, round(w)] as const), df, articles.length));
    expect(norms).toEqual(corpus.norms);
  });
});
