import { IDF_PRIOR_DOCUMENTS } from './term-weights';

/**
 * How much a term tells articles apart: high for terms few articles use, low for common ones. The corpus
 * size is padded with IDF_PRIOR_DOCUMENTS so that a tiny corpus does not turn every shared word into a
 * rarity or a commonplace; the +0.5 keeps terms absent from the corpus (df = 0) finite.
 * @example inverseDocumentFrequency(1, 10_000) > inverseDocumentFrequency(5_000, 10_000) // -> true
 */
export function inverseDocumentFrequency(documentFrequency: number, corpusSize: number): number {
  return Math.log(1 + (corpusSize + IDF_PRIOR_DOCUMENTS) / (documentFrequency + 0.5));
}
