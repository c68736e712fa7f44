import { STORY_GROUP_CANDIDATES } from './decision-thresholds';
import { storyGroup } from './story-group';
import type { DecisionThresholds, MatchDecision } from './types';

export interface RankedCandidate {
  score: number;
  /** Already known to be the page itself (same URL or the same text word for word). */
  thisArticle: boolean;
}

/**
 * The decision for each of a page's candidates, given best first: this-article where already known,
 * same-story at or above the absolute sameStory score or as part of the leading story group
 * (storyGroup, over the candidates other than the page itself), else related or unrelated by score.
 * `similarity(i, j)` is the score between the candidates at ranks i and j of `ranked`.
 * @example decideMatches([{ score: 1, thisArticle: true }, { score: 0.3, thisArticle: false }], () => 0, DECISION_THRESHOLDS) // -> ['this-article', 'same-story']
 */
export function decideMatches(ranked: RankedCandidate[], similarity: (i: number, j: number) => number, thresholds: DecisionThresholds): MatchDecision[] {
  const others = ranked.flatMap((c, rank) => (c.thisArticle ? [] : [rank]));
  const group = storyGroup(
    others.map((rank) => (ranked[rank] as RankedCandidate).score),
    (i, j) => similarity(others[i] as number, others[j] as number),
    thresholds,
    STORY_GROUP_CANDIDATES,
  );
  const grouped = new Set(others.slice(0, group));
  return ranked.map(({ score, thisArticle }, rank) => {
    if (thisArticle) return 'this-article';
    if (score >= thresholds.sameStory || grouped.has(rank)) return 'same-story';
    return score >= thresholds.related ? 'related' : 'unrelated';
  });
}
