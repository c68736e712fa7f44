import type { Article } from '../types';

/**
 * this-article: the page is that corpus article (same text, perhaps different page furniture);
 * same-story: another outlet's report of the same event; related: same topic, a different event;
 * unrelated: nothing in common worth showing.
 */
export type MatchDecision = 'this-article' | 'same-story' | 'related' | 'unrelated';

export interface Match {
  article: Article;
  /** Cosine similarity of the weighted term vectors, times the date factor (date-factor.ts), 0..1. */
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
  /** Minimum score for related; also the least a story group's members score and resemble each other (story-group.ts). */
  related: number;
  /**
   * A story group stands apart from the rest of the ranking when, at its steepest drop, the next
   * candidate scores below this share of the one above it.
   */
  groupDrop: number;
  /** The page joins a story group when its mean score to it is at least this share of the group's similarity to itself. */
  groupJoin: number;
  /** Reports published more than this many days apart from the page score `datePenalty` times their similarity. */
  dateWindowDays: number;
  /** See dateWindowDays. */
  datePenalty: number;
  /** The page and a mutual pair (mutual-pair.ts) are one story only when its weaker score to the pair is at least this share of its stronger one and of the pair's similarity. */
  mutualJoin: number;
  /**
   * this-article when at least this share of the corpus article's 4-word runs is in the page (the page
   * carries the whole article, whatever furniture it adds), or of the page's runs is in the article...
   */
  thisArticleContainment: number;
  /** ...and, in the second case, the page still carries at least this share of the article's runs. */
  thisArticleCoverage: number;
}

/** How a page's candidates relate to each other and to the rest of the corpus; i, j and besides are ranks in the ranking decided. */
export interface CandidateRelations {
  /** The score between the candidates at ranks i and j. */
  similarity(i: number, j: number): number;
  /** Candidate i's best score with any corpus article other than itself, the page (and copies of it) and the candidate at rank `besides`. */
  nearestOther(i: number, besides: number): number;
}

/** A candidate a search found: its reference in the corpus searched and its score (cosine x date factor). */
export interface ScoredCandidate {
  ref: number;
  score: number;
}

/**
 * What findCoverage needs from the corpus it searches: an in-memory index (corpusSource) or the
 * reader's store (storeCoverageSource), answering with the same numbers for the same articles.
 */
export interface CoverageSource {
  /** The `limit` best articles sharing a term with a weighted term vector published on `day` (NaN: unknown), best first. */
  search(terms: Map<string, number>, day: number, limit: number, thresholds: DecisionThresholds): Promise<ScoredCandidate[]>;
  /** The articles behind search results, in the order asked. */
  articles(refs: readonly number[]): Promise<Article[]>;
  /** The score between two articles of the corpus, as search would give it (no date factor); `aTerms` is articleTerms of a. */
  similarity(a: number, b: number, aTerms: Map<string, number>): Promise<number>;
}

/** CandidateRelations that may have to read before they answer (the store). */
export interface AsyncCandidateRelations {
  similarity(i: number, j: number): Promise<number>;
  nearestOther(i: number, besides: number): Promise<number>;
}

export interface FindCoverageOptions {
  /** How many candidates to return (default 10). */
  limit?: number;
  /** Override the calibrated thresholds (evaluation and tests). */
  thresholds?: DecisionThresholds;
}

/** How many other outlets carry one of this article's sentences. */
export interface SentenceConsensus {
  index: number;
  text: string;
  /** Ids of the other articles with an equivalent sentence (aligned as same or reworded). */
  carriedBy: string[];
}

/** One sentence of another article. */
export interface SentenceRef {
  articleId: string;
  index: number;
  text: string;
}

/** A fact that other outlets carry and this article does not, told once however many outlets tell it. */
export interface Omission {
  /** The first outlet's wording, for display. */
  text: string;
  /** Ids of the other articles carrying it. */
  carriedBy: string[];
  /** Every other-outlet sentence that says it. */
  sentences: SentenceRef[];
}

export interface Consensus {
  sentences: SentenceConsensus[];
  /** Facts at least `minOutlets` others carry and this article omits, most widely carried first. */
  omissions: Omission[];
  minOutlets: number;
}
