import { describe, expect, it } from 'vitest';
import { isMutualPair } from '../../../lib/match/mutual-pair';
import { FIXED_THRESHOLDS as thresholds } from './fixed-thresholds';

describe('isMutualPair', () => {
  it.each([
    ['both candidates have nothing closer than the page', [0.2, 0.18], 0.3, [0.15, 0.12], true],
    ['a tie with another article still counts as nearest', [0.2, 0.18], 0.3, [0.2, 0.18], true],
    ['the first candidate has a closer article (its own event)', [0.2, 0.18], 0.3, [0.25, 0.12], false],
    ['the second candidate has a closer article', [0.2, 0.18], 0.3, [0.15, 0.19], false],
    ['the second candidate under related', [0.2, 0.1], 0.3, [0.05, 0.05], false],
    ['the two not one story (a sparse corpus: each is nearest to anything)', [0.2, 0.18], 0.1, [0.05, 0.05], false],
    ['the page far from a tight pair (0.18 under 0.4 x 0.5)', [0.2, 0.18], 0.5, [0.05, 0.05], false],
    ['the page just close enough to a tight pair (0.2 = 0.4 x 0.5)', [0.22, 0.2], 0.5, [0.05, 0.05], true],
    ['the second far behind the first (0.12 under 0.4 x 0.67: a neighbour, not a second outlet)', [0.67, 0.12], 0.2, [0, 0], false],
    ['a single candidate', [0.3], 0.3, [0, 0], false],
    ['no candidates', [], 0.3, [0, 0], false],
  ])('%s -> %s', (_case, scores, similarity, nearest, expected) => {
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
