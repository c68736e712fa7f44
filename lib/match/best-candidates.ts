import type { ScoredCandidate } from './types';

/** Asked for (nearly) everything, as the evaluation does: one sort beats repeated insertion. */
const FULL_SORT_LIMIT = 64;

/**
 * The `limit` best of `refs` by `score`, best first. `refs` come in the order the search first touched
 * them, and equal scores keep that order: the in-memory index and the store both select through this,
 * so the same scores give the same ranking. Only a running top `limit` is kept sorted.
 * @example bestCandidates([4, 7, 9], (ref) => ref / 10, 2) // -> [{ ref: 9, score: 0.9 }, { ref: 7, score: 0.7 }]
 */
export function bestCandidates(refs: Iterable<number>, score: (ref: number) => number, limit: number): ScoredCandidate[] {
  const top: ScoredCandidate[] = [];
  if (limit <= 0) return top;
  if (limit >= FULL_SORT_LIMIT) {
    return Array.from(refs, (ref) => ({ ref, score: score(ref) }))
      .sort((x, y) => y.score - x.score)
      .slice(0, limit);
  }
  for (const ref of refs) {
    const s = score(ref);
    if (top.length === limit && s <= (top[limit - 1] as ScoredCandidate).score) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1] as ScoredCandidate).score < s) at--;
    top.splice(at, 0, { ref, score: s });
    if (top.length > limit) top.pop();
  }
  return top;
}
