import { articleTerms } from '../corpus/article-terms';

/** An article's index terms in articleTerms order, with their weights in thousandths. */
export interface ArticleVector {
  terms: string[];
  weights: Uint32Array;
}

/**
 * The term vector the store indexes for an article: articleTerms rounded to thousandths, which is what
 * buildCorpus stores (k / 1000 is the same double as the three-decimal number), kept as integers.
 * @example articleVector({ title: 'Putin visits', text: 'The visit to Pyongyang.' }).weights[0] // -> 1414 (putin: twice in the headline's weight, square-rooted)
 */
export function articleVector(article: { title: string; text: string; lang?: string }): ArticleVector {
  const terms = articleTerms(article);
  const weights = new Uint32Array(terms.size);
  let i = 0;
  for (const weight of terms.values()) weights[i++] = Math.round(weight * 1000);
  return { terms: [...terms.keys()], weights };
}
