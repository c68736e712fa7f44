import { describe, expect, it } from 'vitest';
import { isMutualPair } from '../../../lib/match/mutual-pair';
import { FIXED_THRESHOLDS as thresholds } from './fixed-thresholds';

describe('isMutualPair', () => {
  it.each([
    ['both candidates have nothing closer than the page', true, [0.2, 0.18], 0.3, [0.15, 0.12]],
    ['a tie with another article still counts as nearest', true, [0.2, 0.18], 0.3, [0.2, 0.18]],
    ['the first candidate has a closer article (its own event)', false, [0.2, 0.18], 0.3, [0.25, 0.12]],
    ['the second candidate has a closer article', false, [0.2, 0.18], 0.3, [0.15, 0.19]],
    ['the second candidate under related', false, [0.2, 0.1], 0.3, [0.05, 0.05]],
    ['the two not one story (a sparse corpus: each is nearest to anything)', false, [0.2, 0.18], 0.1, [0.05, 0.05]],
    ['the page far from a tight pair (0.18 under 0.4 x 0.5)', false, [0.2, 0.18], 0.5, [0.05, 0.05]],
    ['the page just close enough to a tight pair (0.2 = 0.4 x 0.5)', true, [0.22, 0.2], 0.5, [0.05, 0.05]],
    ['the second far behind the first (0.12 under 0.4 x 0.67: a neighbour, not a second outlet)', false, [0.67, 0.12], 0.2, [0, 0]],
    ['a single candidate', false, [0.3], 0.3, [0, 0]],
    ['no candidates', false, [], 0.3, [0, 0]],
  ])('%s -> %s', (_case, expected, scores, similarity, nearest) => {
    expect(isMutualPair(scores, { similarity: () => similarity, nearestOther: (i) => nearest[i] as number }, thresholds)).toBe(expected);
  });

  it('asks the pair their similarity, then each for its nearest article besides the other one', () => {
    const asked: string[] = [];
    isMutualPair([0.2, 0.18], { similarity: (i, j) => (asked.push(`similarity ${i} ${j}`), 0.3), nearestOther: (i, besides) => (asked.push(`nearest ${i} besides ${besides}`), 0) }, thresholds);
    expect(asked).toEqual(['similarity 0 1', 'nearest 0 besides 1', 'nearest 1 besides 0']);
  });

  it('asks nothing when the second candidate is under related', () => {
    const asked: number[] = [];
    isMutualPair([0.2, 0.05], { similarity: () => (asked.push(0), 0.3), nearestOther: (i) => (asked.push(i), 0) }, thresholds);
    expect(asked).toEqual([]);
  });
});
