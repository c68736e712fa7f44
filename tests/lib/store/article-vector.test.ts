import { describe, expect, it } from 'vitest';
import { articleTerms } from '../../../lib/corpus/article-terms';
import { buildCorpus } from '../../../lib/corpus/build-corpus';
import { articleVector } from '../../../lib/store/article-vector';
import { STORIES } from './helpers';

describe('articleVector', () => {
  it.each(STORIES.map((a) => [a.id, a] as const))('%s: the terms of articleTerms, in order, in thousandths', (_id, article) => {
    const { terms, weights } = articleVector(article);
    expect(terms).toEqual([...articleTerms(article).keys()]);
    expect(Array.from(weights)).toEqual([...articleTerms(article).values()].map((w) => Math.round(w * 1000)));
  });

  it('a weight / 1000 is the very number buildCorpus stores', () => {
    const article = STORIES[0]!;
    const corpus = buildCorpus([article]);
    const { terms, weights } = articleVector(article);
    terms.forEach((term, i) => expect(weights[i]! / 1000).toBe(corpus.postings[term]![1]));
  });

  it('an article of stop words has no terms', () => {
    expect(articleVector({ title: '', text: 'It was what it is.' })).toEqual({ terms: [], weights: new Uint32Array() });
  });
});
