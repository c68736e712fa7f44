import type { Match, Coverage } from '../match/types';
import type { Article } from '../types';

/** What the popup makes of a page's coverage. */
export interface CoverageOutcome {
  /** ready: other outlets on the story; this-article: the page is a corpus article; no-coverage: neither. */
  state: 'ready' | 'this-article' | 'no-coverage';
  /** The article to compare as "this outlet": the corpus copy when the page is one (cleaner text), else the page. */
  article: Article;
  /** The corpus article the page is, if any. */
  self?: Match;
  /** Other outlets on the same story, best first. */
  others: Match[];
  /** Nearest candidates that are not the same story, best first (shown when there is no coverage). */
  nearest: Match[];
}

/**
 * Sorts a page's coverage into what the popup shows: the page's own corpus copy (if it is one), the
 * other outlets on the same story (never the page again, never a copy with the same id or text), and
 * the nearest other candidates with their scores.
 * @example analyseCoverage(page, findCoverage(page, corpus)).state // -> 'ready'
 */
export function analyseCoverage(page: Article, coverage: Coverage, nearestLimit = 3): CoverageOutcome {
  const self = coverage.matches.find((m) => m.decision === 'this-article');
  const article = self?.article ?? page;
  const isPage = (m: Match) => m.decision === 'this-article' || m.article.id === article.id || m.article.id === page.id || m.article.text === page.text;
  const others = coverage.matches.filter((m) => m.decision === 'same-story' && !isPage(m));
  const nearest = coverage.matches.filter((m) => m.decision !== 'same-story' && !isPage(m)).slice(0, nearestLimit);
  const state = self ? 'this-article' : others.length ? 'ready' : 'no-coverage';
  return { state, article, ...(self ? { self } : {}), others, nearest };
}
