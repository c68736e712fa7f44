import { inverseDocumentFrequency } from './inverse-document-frequency';

// Three decimals, as the index stores norms: scores are compared to two decimals at most.
const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The length of an article's weighted term vector (indexed weight x IDF), rounded as the index stores
 * it. `weights` are the indexed (rounded) weights in the article's term order; `documentFrequency`
 * counts the articles of the whole corpus searched that use a term. buildCorpus and the store both call
 * this, in the same term order, so a norm computed later from the store equals the one a batch build
 * of the same corpus would store, to the last bit.
 * @example articleNorm([['putin', 1.414]], () => 2, 10) // -> 1.414 * inverseDocumentFrequency(2, 10), rounded
 */
export function articleNorm(weights: Iterable<readonly [string, number]>, documentFrequency: (term: string) => number, corpusSize: number): number {
  let sum = 0;
  for (const [term, weight] of weights) {
    const idf = inverseDocumentFrequency(documentFrequency(term), corpusSize);
    sum += (weight * idf) ** 2;
  }
  return round(Math.sqrt(sum));
}
