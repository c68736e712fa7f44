import { describe, expect, it } from 'vitest';
import { bestCandidates } from '../../../lib/match/best-candidates';

const scores: Record<number, number> = { 1: 0.2, 2: 0.5, 3: 0.5, 4: 0.1, 5: 0.9 };
const score = (ref: number) => scores[ref] as number;

describe('bestCandidates', () => {
  it.each([
    ['the best first, cut at the limit', [1, 2, 3, 4, 5], 3, [5, 2, 3]],
    ['equal scores keep the order touched (2 before 3)', [3, 2, 1], 2, [3, 2]],
    ['a tie at the cut keeps the one touched first', [1, 2, 4, 3], 2, [2, 3]],
    ['a limit of 0', [1, 2], 0, []],
    ['fewer refs than the limit', [4, 1], 5, [1, 4]],
    ['no refs', [], 3, []],
    ['the full-sort path for large limits keeps ties in touched order too', [3, 2, 5, 1, 4], 64, [5, 3, 2, 1, 4]],
  ])('%s', (_case, refs, limit, expected) => {
    expect(bestCandidates(refs, score, limit).map((c) => c.ref)).toEqual(expected);
  });

  it('returns each candidate with its score', () => {
    expect(bestCandidates([4, 5], score, 1)).toEqual([{ ref: 5, score: 0.9 }]);
  });
});
