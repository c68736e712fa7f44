import { ExactSum } from './exact-sum';
import { inverseDocumentFrequency } from './inverse-document-frequency';

// Three decimals, as the index stores norms: scores are compared to two decimals at most.
const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The length of an article's weighted term vector (indexed weight x IDF), rounded as the index stores
 * it. `weights` are the indexed (rounded) weights; `documentFrequency` counts the articles of the whole
 * corpus searched that use a term. The squares are summed exactly (ExactSum), so the order of the terms
 * does not matter: the store, which sums them shard by shard, gets the norm a batch build would store,
 * to the last bit.
 * @example articleNorm([['putin', 1.414]], () => 2, 10) // -> 1.414 * inverseDocumentFrequency(2, 10), rounded
 */
export function articleNorm(weights: Iterable<readonly [string, number]>, documentFrequency: (term: string) => number, corpusSize: number): number {
  const sum = new ExactSum();
  for (const [term, weight] of weights) sum.add((weight * inverseDocumentFrequency(documentFrequency(term), corpusSize)) ** 2);
  return round(Math.sqrt(sum.value()));
}
