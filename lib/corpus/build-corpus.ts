import type { Article } from '../types';
import { articleNorm } from './article-norm';
import { articleTerms } from './article-terms';
import type { Corpus } from './types';

// Three decimals keep the JSON small; scores are compared to two decimals at most.
const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Indexes articles for matching: each article's weighted terms go into an inverted index (term ->
 * articles using it), and each article's vector length is stored so a query needs no pass over the
 * corpus. The result is plain JSON data: build it once (at build time for the bundled corpus) and load it.
 * @example buildCorpus([{ id: '1', outlet: 'X', title: '', text: 'Kim greeted Putin.' }]).postings.putin // -> [0, 1.414]
 */
export function buildCorpus(articles: Article[]): Corpus {
  const seen = new Set<string>();
  for (const article of articles) {
    if (seen.has(article.id)) throw new Error(`duplicate article id "${article.id}" in corpus`);
    seen.add(article.id);
  }
  const vectors = articles.map((article) => articleTerms(article));
  // A null-prototype object: a term such as "constructor" must not find Object.prototype's.
  const postings: Record<string, number[]> = Object.create(null);
  vectors.forEach((terms, index) => {
    for (const [term, weight] of terms) (postings[term] ??= []).push(index, round(weight));
  });
  const norms = vectors.map((terms) =>
    articleNorm(
      [...terms].map(([term, weight]) => [term, round(weight)] as const),
      (term) => (postings[term]?.length ?? 0) / 2,
      articles.length,
    ),
  );
  return { format: 'outlet-diff-index', version: 1, articles, norms, postings };
}
