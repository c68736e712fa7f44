import { inverseDocumentFrequency } from '../corpus/inverse-document-frequency';
import type { Corpus } from '../corpus/types';
import type { Article } from '../types';
import { bestCandidates } from './best-candidates';
import { candidateScore } from './candidate-score';
import { dateFactor } from './date-factor';
import { indexedSimilarity } from './indexed-similarity';
import { publishedDay } from './published-day';
import type { CoverageSource, DecisionThresholds, ScoredCandidate } from './types';

// Each corpus's publication days, read once: a query at 10,000 articles must not parse 10,000 dates.
const corpusDays = new WeakMap<Corpus, Float64Array>();
function publishedDays(corpus: Corpus): Float64Array {
  let days = corpusDays.get(corpus);
  if (!days) corpusDays.set(corpus, (days = Float64Array.from(corpus.articles, (a) => publishedDay(a.published))));
  return days;
}

/**
 * The `limit` best-scoring corpus articles sharing a term with the query (its weighted terms, published
 * on `day`): cosine times the date factor. Only those articles' postings are touched.
 */
function topCandidates(corpus: Corpus, terms: Map<string, number>, day: number, limit: number, thresholds: DecisionThresholds): ScoredCandidate[] {
  const n = corpus.articles.length;
  const dot = new Float64Array(n);
  const touched: number[] = [];
  let queryNormSquared = 0;
  for (const [term, weight] of terms) {
    // Object.hasOwn: a corpus loaded from JSON has a normal prototype, and "constructor" is a word.
    const list = Object.hasOwn(corpus.postings, term) ? corpus.postings[term] : undefined;
    const idf = inverseDocumentFrequency((list?.length ?? 0) / 2, n);
    const queryWeight = weight * idf;
    queryNormSquared += queryWeight * queryWeight;
    if (!list) continue;
    for (let i = 0; i < list.length; i += 2) {
      const doc = list[i] as number;
      if (dot[doc] === 0) touched.push(doc);
      dot[doc] = dot[doc]! + queryWeight * (list[i + 1] as number) * idf;
    }
  }
  const queryNorm = Math.sqrt(queryNormSquared);
  if (queryNorm === 0) return [];
  const days = publishedDays(corpus);
  return bestCandidates(touched, (doc) => candidateScore(dot[doc]!, queryNorm, corpus.norms[doc]!, dateFactor(day, days[doc]!, thresholds)), limit);
}

/**
 * findCoverage's view of an in-memory index (buildCorpus, or the bundled corpus as shipped): references
 * are positions in corpus.articles, and everything is answered at once.
 * @example await corpusSource(buildCorpus(articles)).search(articleTerms(page), NaN, 10, DECISION_THRESHOLDS) // -> [{ ref: 2, score: 0.41 }, …]
 */
export function corpusSource(corpus: Corpus): CoverageSource {
  return {
    search: async (terms, day, limit, thresholds) => topCandidates(corpus, terms, day, limit, thresholds),
    articles: async (refs) => refs.map((ref) => corpus.articles[ref] as Article),
    similarity: async (a, b, aTerms) => indexedSimilarity(corpus, a, b, aTerms),
  };
}
