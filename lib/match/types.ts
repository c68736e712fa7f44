import type { Article } from '../types';

/**
 * this-article: the page is that corpus article (same text, perhaps different page furniture);
 * same-story: another outlet's report of the same event; related: same topic, a different event;
 * unrelated: nothing in common worth showing.
 */
export type MatchDecision = 'this-article' | 'same-story' | 'related' | 'unrelated';

export interface Match {
  article: Article;
  /** Cosine similarity of the weighted term vectors, 0..1. */
  score: number;
  decision: MatchDecision;
}

export interface Coverage {
  /** Best first; at most `limit` candidates, including unrelated ones so "nearest candidates" can be shown. */
  matches: Match[];
}

/** Score limits of the decisions; the calibrated values are in decision-thresholds.ts. */
export interface DecisionThresholds {
  /** Minimum score for same-story. */
  sameStory: number;
  /** Minimum score for related. */
  related: number;
  /**
   * this-article when at least this share of the corpus article's 4-word runs is in the page (the page
   * carries the whole article, whatever furniture it adds), or of the page's runs is in the article...
   */
  thisArticleContainment: number;
  /** ...and, in the second case, the page still carries at least this share of the article's runs. */
  thisArticleCoverage: number;
}

export interface FindCoverageOptions {
  /** How many candidates to return (default 10). */
  limit?: number;
  /** Override the calibrated thresholds (evaluation and tests). */
  thresholds?: DecisionThresholds;
}
