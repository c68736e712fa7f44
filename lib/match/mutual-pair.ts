import type { CandidateRelations, DecisionThresholds } from './types';

/**
 * Whether the page's two leading candidates and the page are one another's nearest articles: each
 * candidate scores the page at least as high as any corpus article other than the other candidate.
 *
 * Why: the page's own ranking cannot tell "two outlets' write-ups of this event" from "the closest
 * reports of a different event of the same kind" when their scores are alike; the candidates' rankings
 * can. A report of another event has its own event's reports closer to it than the page (they share its
 * names, places and numbers); a report of the page's event has nothing closer than the page and its
 * other outlet. Two guards keep a sparse corpus, where everything is nearest to something, from
 * pairing the page with whatever it touches: the two must be one story themselves (their similarity at
 * least `related`), and the page not far from either (its weaker score at least `mutualJoin` times its
 * stronger one and times the pair's similarity).
 *
 * `scores` are the page's candidates best first (the page itself excluded); `relations` answers by rank
 * in `scores`.
 * @example isMutualPair([0.2, 0.18], { similarity: () => 0.3, nearestOther: () => 0.15 }, DECISION_THRESHOLDS) // -> true
 */
export function isMutualPair(scores: number[], relations: CandidateRelations, thresholds: DecisionThresholds): boolean {
  const [first, second] = scores;
  if (first === undefined || second === undefined || second < thresholds.related) return false;
  const cohesion = relations.similarity(0, 1);
  if (cohesion < thresholds.related || second < thresholds.mutualJoin * Math.max(first, cohesion)) return false;
  return relations.nearestOther(0, 1) <= first && relations.nearestOther(1, 0) <= second;
}
