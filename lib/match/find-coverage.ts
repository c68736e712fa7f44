import { articleTerms } from '../corpus/article-terms';
import { inverseDocumentFrequency } from '../corpus/inverse-document-frequency';
import type { Corpus } from '../corpus/types';
import type { Article } from '../types';
import { dateFactor } from './date-factor';
import { decideMatches } from './decide-matches';
import { DECISION_THRESHOLDS, STORY_GROUP_CANDIDATES } from './decision-thresholds';
import { indexedSimilarity } from './indexed-similarity';
import { publishedDay } from './published-day';
import { shingleOverlap } from './shingle-overlap';
import { wordShingles } from './word-shingles';
import type { Coverage, DecisionThresholds, FindCoverageOptions, Match, MatchDecision } from './types';

const DEFAULT_LIMIT = 10;
const FULL_SORT_LIMIT = 64;

interface Candidate {
  index: number;
  score: number;
}

// Each corpus's publication days, read once: a query at 10,000 articles must not parse 10,000 dates.
const corpusDays = new WeakMap<Corpus, Float64Array>();
function publishedDays(corpus: Corpus): Float64Array {
  let days = corpusDays.get(corpus);
  if (!days) corpusDays.set(corpus, (days = Float64Array.from(corpus.articles, (a) => publishedDay(a.published))));
  return days;
}

/**
 * The `limit` best-scoring corpus articles sharing a term with the query (its weighted terms, published
 * on `day`): cosine times the date factor. Only those articles' postings are touched, and only the
 * running top `limit` is kept sorted (no sort of every candidate).
 */
function topCandidates(terms: Map<string, number>, day: number, corpus: Corpus, limit: number, thresholds: DecisionThresholds): Candidate[] {
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
  const top: Candidate[] = [];
  if (queryNorm === 0 || limit <= 0) return top;
  const days = publishedDays(corpus);
  const score = (index: number) => (dot[index]! / (queryNorm * (corpus.norms[index] || 1))) * dateFactor(day, days[index]!, thresholds);
  // Asked for (nearly) everything, as the evaluation does: one sort beats repeated insertion.
  if (limit >= FULL_SORT_LIMIT) return touched.map((index) => ({ index, score: score(index) })).sort((x, y) => y.score - x.score).slice(0, limit);
  for (const index of touched) {
    const s = score(index);
    if (top.length === limit && s <= (top[limit - 1] as Candidate).score) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1] as Candidate).score < s) at--;
    top.splice(at, 0, { index, score: s });
    if (top.length > limit) top.pop();
  }
  return top;
}

/** Drops the query string and fragment and a trailing slash, so tracking parameters do not hide a same-URL page. */
function canonicalUrl(url: string | undefined): string | undefined {
  return url?.replace(/[?#].*$/, '').replace(/\/+$/, '').toLowerCase() || undefined;
}

/** The page can only be one corpus article (or a few copies of it): the word-for-word test is run on this many. */
const THIS_ARTICLE_CANDIDATES = 3;

/** True when the page (its shingles) carries the candidate's text, or most of it, word for word. */
function isThisArticle(pageShingles: Set<string>, candidate: Article, thresholds: DecisionThresholds): boolean {
  const { aInB: pageInArticle, bInA: articleInPage } = shingleOverlap(pageShingles, wordShingles(`${candidate.title}\n${candidate.text}`));
  const carriesArticle = articleInPage >= thresholds.thisArticleContainment;
  const isPartOfArticle = pageInArticle >= thresholds.thisArticleContainment && articleInPage >= thresholds.thisArticleCoverage;
  return carriesArticle || isPartOfArticle;
}

/**
 * Finds the corpus articles that report the same story as `article`, best first. Candidates come from
 * the inverted index (only articles sharing a term are scored); the score is the cosine of the weighted
 * term vectors (names, numbers and headline words count more, common words less through the IDF),
 * lowered when the two were published days apart (dateFactor); the decision compares the score with
 * calibrated thresholds, a near-verbatim text is `this-article`, and
 * leading candidates that stand apart from the rest as one story with the page (storyGroup), or that
 * have nothing closer in the corpus than the page and each other (isMutualPair), are same-story even
 * below the absolute threshold.
 * @example findCoverage(page, buildCorpus(articles)).matches[0] // -> { article, score: 0.62, decision: 'same-story' }
 */
export function findCoverage(article: Article, corpus: Corpus, options: FindCoverageOptions = {}): Coverage {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const thresholds = options.thresholds ?? DECISION_THRESHOLDS;
  const pageUrl = canonicalUrl(article.url);
  let shingles: Set<string> | undefined;
  const pageShingles = () => (shingles ??= wordShingles(`${article.title}\n${article.text}`));
  // The story group looks one candidate past its reach (and past the page itself) even when fewer are asked for.
  const ranked = limit > 0 ? topCandidates(articleTerms(article), publishedDay(article.published), corpus, Math.max(limit, STORY_GROUP_CANDIDATES + 2), thresholds) : [];
  const flagged = ranked.map(({ index, score }, rank) => {
    const candidate = corpus.articles[index] as Article;
    // Only a same-story score is worth the word-for-word test: a verbatim copy shares nearly every term.
    const sameUrl = pageUrl !== undefined && pageUrl === canonicalUrl(candidate.url);
    const thisArticle = sameUrl || (score >= thresholds.sameStory && rank < THIS_ARTICLE_CANDIDATES && isThisArticle(pageShingles(), candidate, thresholds));
    return { score, thisArticle };
  });
  // Candidates' term vectors are computed once however often the story group and the mutual pair ask.
  const memberTerms = new Map<number, Map<string, number>>();
  const termsOf = (index: number) => {
    let terms = memberTerms.get(index);
    if (!terms) memberTerms.set(index, (terms = articleTerms(corpus.articles[index] as Article)));
    return terms;
  };
  const pageCopies = ranked.filter((_, rank) => flagged[rank]?.thisArticle).map(({ index }) => index);
  const relations = {
    similarity: (i: number, j: number) => {
      const a = (ranked[i] as Candidate).index;
      return indexedSimilarity(corpus, a, (ranked[j] as Candidate).index, termsOf(a));
    },
    nearestOther: (i: number, besides: number) => {
      const index = (ranked[i] as Candidate).index;
      const skip = new Set([index, (ranked[besides] as Candidate).index, ...pageCopies]);
      return topCandidates(termsOf(index), publishedDays(corpus)[index]!, corpus, skip.size + 1, thresholds).find((c) => !skip.has(c.index))?.score ?? 0;
    },
  };
  const decisions = decideMatches(flagged, relations, thresholds);
  const matches: Match[] = ranked.slice(0, limit).map(({ index, score }, rank) => ({
    article: corpus.articles[index] as Article,
    score: Math.round(score * 1000) / 1000,
    decision: decisions[rank] as MatchDecision,
  }));
  // A this-article match leads: the page itself is the best possible answer whatever its score.
  matches.sort((x, y) => Number(y.decision === 'this-article') - Number(x.decision === 'this-article'));
  return { matches };
}
