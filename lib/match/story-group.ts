import type { DecisionThresholds } from './types';

/**
 * How many of the leading candidates form one story with the page, judged by where the ranking breaks
 * rather than by an absolute score: two outlets' long write-ups of one event can share less vocabulary
 * than two short reports of different events of the same kind, but they still stand apart from the
 * rest of the corpus and from each other's neighbours.
 *
 * `scores` are the page's candidates best first (the page itself excluded); `similarity(i, j)` is the
 * score between candidates i and j. The leading candidates are a story group when
 * - the ranking drops steeply after them: at the steepest drop among the first `candidates` + 1 scores
 *   after the second, the next score is below `groupDrop` times the one above it. A group is two or
 *   more: one candidate alone is not corroborated (a page on an event the corpus lacks still has a
 *   nearest neighbour), and a steep drop after the first must not hide a second one;
 * - they are one story: the first one's mean similarity to the others (their cohesion) is at least `related`;
 * - the page belongs with them: its weakest score to them is at least `related`, and its mean score at
 *   least `groupJoin` times their cohesion (a report of a different event of the same kind is much
 *   further from them than they are from each other).
 * Returns the group's size, 0 when there is none (a group whose members all score sameStory is
 * returned without asking `similarity`).
 * @example storyGroup([0.24, 0.2, 0.09, 0.08], () => 0.25, DECISION_THRESHOLDS, 4) // -> 2
 */
export function storyGroup(scores: number[], similarity: (i: number, j: number) => number, thresholds: DecisionThresholds, candidates: number): number {
  let size = 0;
  let steepest = 1;
  for (let i = 1; i < Math.min(candidates, scores.length - 1); i++) {
    const above = scores[i] as number;
    const drop = above > 0 ? (scores[i + 1] as number) / above : 1;
    if (drop < steepest) {
      steepest = drop;
      size = i + 1;
    }
  }
  if (size < 2 || steepest >= thresholds.groupDrop) return 0;
  const weakest = scores[size - 1] as number;
  if (weakest < thresholds.related) return 0;
  // Every member is same-story by its own score: the group changes nothing, and cohesion costs a term vector.
  if (weakest >= thresholds.sameStory) return size;
  let cohesion = 0;
  for (let j = 1; j < size; j++) cohesion += similarity(0, j);
  cohesion /= size - 1;
  let mean = 0;
  for (let i = 0; i < size; i++) mean += scores[i] as number;
  mean /= size;
  return cohesion >= thresholds.related && mean >= thresholds.groupJoin * cohesion ? size : 0;
}
