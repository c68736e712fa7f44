import { STORY_GROUP_CANDIDATES } from './decision-thresholds';
import { isMutualPair } from './mutual-pair';
import { storyGroup } from './story-group';
import type { CandidateRelations, DecisionThresholds, MatchDecision } from './types';

export interface RankedCandidate {
  score: number;
  /** Already known to be the page itself (same URL or the same text word for word). */
  thisArticle: boolean;
}

/**
 * The decision for each of a page's candidates, given best first: this-article where already known,
 * same-story at or above the absolute sameStory score, as part of the leading story group (storyGroup)
 * or as one of a mutual pair (isMutualPair: the leading two and the page are one another's nearest),
 * both over the candidates other than the page itself; else related or unrelated by score. The mutual
 * pair is only asked about when the leading two are not already same-story: it costs two searches.
 * @example decideMatches([{ score: 1, thisArticle: true }, { score: 0.3, thisArticle: false }], relations, DECISION_THRESHOLDS) // -> ['this-article', 'same-story']
 */
export function decideMatches(ranked: RankedCandidate[], relations: CandidateRelations, thresholds: DecisionThresholds): MatchDecision[] {
  const others = ranked.flatMap((c, rank) => (c.thisArticle ? [] : [rank]));
  const scores = others.map((rank) => (ranked[rank] as RankedCandidate).score);
  const rankOf = (i: number) => others[i] as number;
  const group = storyGroup(scores, (i, j) => relations.similarity(rankOf(i), rankOf(j)), thresholds, STORY_GROUP_CANDIDATES);
  const sameStory = new Set(others.filter((rank, i) => i < group || (ranked[rank] as RankedCandidate).score >= thresholds.sameStory));
  const leadingTwo = others.slice(0, 2);
  if (leadingTwo.some((rank) => !sameStory.has(rank)) && isMutualPair(scores, { similarity: (i, j) => relations.similarity(rankOf(i), rankOf(j)), nearestOther: (i, besides) => relations.nearestOther(rankOf(i), rankOf(besides)) }, thresholds)) {
    leadingTwo.forEach((rank) => sameStory.add(rank));
  }
  return ranked.map(({ score, thisArticle }, rank) => {
    if (thisArticle) return 'this-article';
    if (sameStory.has(rank)) return 'same-story';
    return score >= thresholds.related ? 'related' : 'unrelated';
  });
}
