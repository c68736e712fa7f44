import { articleTerms } from '../corpus/article-terms';
import type { Corpus } from '../corpus/types';
import type { Article } from '../types';
import { canonicalUrl } from './canonical-url';
import { corpusSource } from './corpus-source';
import { DECISION_THRESHOLDS, STORY_GROUP_CANDIDATES } from './decision-thresholds';
import { decideWithRelations } from './decide-with-relations';
import { publishedDay } from './published-day';
import { shingleOverlap } from './shingle-overlap';
import { wordShingles } from './word-shingles';
import type { Coverage, CoverageSource, DecisionThresholds, FindCoverageOptions, Match, MatchDecision } from './types';

const DEFAULT_LIMIT = 10;

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
 * Works the same on an in-memory index (a Corpus) and on the reader's store (a CoverageSource).
 * @example (await findCoverage(page, buildCorpus(articles))).matches[0] // -> { article, score: 0.62, decision: 'same-story' }
 */
export async function findCoverage(article: Article, corpus: Corpus | CoverageSource, options: FindCoverageOptions = {}): Promise<Coverage> {
  const source = 'postings' in corpus ? corpusSource(corpus) : corpus;
  const limit = options.limit ?? DEFAULT_LIMIT;
  const thresholds = options.thresholds ?? DECISION_THRESHOLDS;
  const pageUrl = canonicalUrl(article.url);
  let shingles: Set<string> | undefined;
  const pageShingles = () => (shingles ??= wordShingles(`${article.title}\n${article.text}`));
  // The story group looks one candidate past its reach (and past the page itself) even when fewer are asked for.
  const ranked = limit > 0 ? await source.search(articleTerms(article), publishedDay(article.published), Math.max(limit, STORY_GROUP_CANDIDATES + 2), thresholds) : [];
  const candidates = await source.articles(ranked.map((c) => c.ref));
  const flagged = ranked.map(({ score }, rank) => {
    const candidate = candidates[rank] as Article;
    // Only a same-story score is worth the word-for-word test: a verbatim copy shares nearly every term.
    const sameUrl = pageUrl !== undefined && pageUrl === canonicalUrl(candidate.url);
    const thisArticle = sameUrl || (score >= thresholds.sameStory && rank < THIS_ARTICLE_CANDIDATES && isThisArticle(pageShingles(), candidate, thresholds));
    return { score, thisArticle };
  });
  // Candidates' term vectors are computed once however often the story group and the mutual pair ask.
  const memberTerms = new Map<number, Map<string, number>>();
  const termsOf = (rank: number) => {
    let terms = memberTerms.get(rank);
    if (!terms) memberTerms.set(rank, (terms = articleTerms(candidates[rank] as Article)));
    return terms;
  };
  const refOf = (rank: number) => (ranked[rank] as { ref: number }).ref;
  const pageCopies = ranked.filter((_, rank) => flagged[rank]?.thisArticle).map(({ ref }) => ref);
  const decisions = await decideWithRelations(
    flagged,
    {
      similarity: (i, j) => source.similarity(refOf(i), refOf(j), termsOf(i)),
      nearestOther: async (i, besides) => {
        const skip = new Set([refOf(i), refOf(besides), ...pageCopies]);
        const nearest = await source.search(termsOf(i), publishedDay((candidates[i] as Article).published), skip.size + 1, thresholds);
        return nearest.find((c) => !skip.has(c.ref))?.score ?? 0;
      },
    },
    thresholds,
  );
  const matches: Match[] = ranked.slice(0, limit).map(({ score }, rank) => ({
    article: candidates[rank] as Article,
    score: Math.round(score * 1000) / 1000,
    decision: decisions[rank] as MatchDecision,
  }));
  // A this-article match leads: the page itself is the best possible answer whatever its score.
  matches.sort((x, y) => Number(y.decision === 'this-article') - Number(x.decision === 'this-article'));
  return { matches };
}
