import { articleTerms } from '../corpus/article-terms';
import { inverseDocumentFrequency } from '../corpus/inverse-document-frequency';
import type { Corpus } from '../corpus/types';
import type { Article } from '../types';
import { DECISION_THRESHOLDS } from './decision-thresholds';
import { shingleOverlap } from './shingle-overlap';
import type { Coverage, DecisionThresholds, FindCoverageOptions, Match, MatchDecision } from './types';

const DEFAULT_LIMIT = 10;

/** Scores every corpus article sharing a term with the query, touching only those articles' postings. */
function scoreCandidates(article: Article, corpus: Corpus): Array<{ index: number; score: number }> {
  const n = corpus.articles.length;
  const dot = new Float64Array(n);
  const touched: number[] = [];
  let queryNormSquared = 0;
  for (const [term, weight] of articleTerms(article)) {
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
  return touched.map((index) => ({ index, score: queryNorm > 0 ? dot[index]! / (queryNorm * (corpus.norms[index] || 1)) : 0 }));
}

/** Drops the query string and fragment and a trailing slash, so tracking parameters do not hide a same-URL page. */
function canonicalUrl(url: string | undefined): string | undefined {
  return url?.replace(/[?#].*$/, '').replace(/\/+$/, '').toLowerCase() || undefined;
}

function decide(article: Article, candidate: Article, score: number, thresholds: DecisionThresholds): MatchDecision {
  const url = canonicalUrl(article.url);
  if (url && url === canonicalUrl(candidate.url)) return 'this-article';
  if (score < thresholds.related) return 'unrelated';
  if (score < thresholds.sameStory) return 'related';
  // Only a same-story score is worth the word-for-word test: a verbatim copy shares nearly every term.
  const { aInB: pageInArticle, bInA: articleInPage } = shingleOverlap(`${article.title}\n${article.text}`, `${candidate.title}\n${candidate.text}`);
  const carriesArticle = articleInPage >= thresholds.thisArticleContainment;
  const isPartOfArticle = pageInArticle >= thresholds.thisArticleContainment && articleInPage >= thresholds.thisArticleCoverage;
  if (carriesArticle || isPartOfArticle) return 'this-article';
  return 'same-story';
}

/**
 * Finds the corpus articles that report the same story as `article`, best first. Candidates come from
 * the inverted index (only articles sharing a term are scored); the score is the cosine of the weighted
 * term vectors (names, numbers and headline words count more, common words less through the IDF); the
 * decision compares the score with calibrated thresholds, and a near-verbatim text is `this-article`.
 * @example findCoverage(page, buildCorpus(articles)).matches[0] // -> { article, score: 0.62, decision: 'same-story' }
 */
export function findCoverage(article: Article, corpus: Corpus, options: FindCoverageOptions = {}): Coverage {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const thresholds = options.thresholds ?? DECISION_THRESHOLDS;
  const ranked = scoreCandidates(article, corpus)
    .sort((x, y) => y.score - x.score)
    .slice(0, limit);
  const matches: Match[] = ranked.map(({ index, score }) => {
    const candidate = corpus.articles[index] as Article;
    return { article: candidate, score: Math.round(score * 1000) / 1000, decision: decide(article, candidate, score, thresholds) };
  });
  // A this-article match leads: the page itself is the best possible answer whatever its score.
  matches.sort((x, y) => Number(y.decision === 'this-article') - Number(x.decision === 'this-article'));
  return { matches };
}
