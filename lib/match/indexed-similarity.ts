import { articleTerms } from '../corpus/article-terms';
import { inverseDocumentFrequency } from '../corpus/inverse-document-frequency';
import type { Corpus } from '../corpus/types';

// The index stores weights to three decimals (buildCorpus): rounding the same way keeps a ⋅ a at norm².
const round = (x: number) => Math.round(x * 1000) / 1000;

/** The weight `list` (flat [index, weight, ...] pairs in index order, as buildCorpus writes them) gives `doc`, 0 if none. */
function postedWeight(list: number[], doc: number): number {
  let low = 0;
  let high = list.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = list[middle * 2] as number;
    if (at === doc) return list[middle * 2 + 1] as number;
    if (at < doc) low = middle + 1;
    else high = middle - 1;
  }
  return 0;
}

/**
 * Cosine of two corpus articles' weighted term vectors, the same measure findCoverage scores a page
 * with. The index has no per-article term list, so `a`'s terms are recomputed (about 1 ms for a
 * 700-word article; pass `aTerms` when comparing one article with several) and `b`'s weights read from
 * the postings: call it for a few candidates, not the corpus.
 * @example indexedSimilarity(buildCorpus([fireA, fireB, recipe]), 0, 1) // -> 0.41
 */
export function indexedSimilarity(corpus: Corpus, a: number, b: number, aTerms?: Map<string, number>): number {
  const article = corpus.articles[a];
  if (!article) return 0;
  const n = corpus.articles.length;
  let dot = 0;
  for (const [term, weight] of aTerms ?? articleTerms(article)) {
    const list = Object.hasOwn(corpus.postings, term) ? corpus.postings[term] : undefined;
    if (!list) continue;
    const idf = inverseDocumentFrequency(list.length / 2, n);
    dot += round(weight) * postedWeight(list, b) * idf * idf;
  }
  const norms = (corpus.norms[a] ?? 0) * (corpus.norms[b] ?? 0);
  return norms > 0 ? dot / norms : 0;
}
