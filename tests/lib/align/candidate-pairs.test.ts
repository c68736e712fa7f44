import { describe, expect, it } from 'vitest';
import { candidatePairs } from '../../../lib/align/candidate-pairs';

describe('candidatePairs', () => {
  it.each([
    ['a shared rare key pairs the two sentences', [[0, 1]], [[1, 2]], [1, 2, 1], 24, [[0, 0]]],
    ['nothing shared, nothing paired', [[0]], [[1]], [1, 1], 24, []],
    ['a pair is listed once whichever side finds it', [[0, 1]], [[0, 1]], [2, 2], 24, [[0, 0]]],
    ['a common key does not retrieve, but each sentence\'s rarest key always does', [[0], [0, 1]], [[0], [0, 1]], [4, 2], 1, [[0, 0], [0, 1], [1, 0], [1, 1]]],
    ['a common key that is not the rarest of either sentence retrieves nothing', [[0, 1]], [[0, 2]], [3, 1, 1], 2, []],
  ])('%s', (_name, keysA, keysB, df, maxPostings, expected) => {
    expect(candidatePairs(keysA, keysB, df, maxPostings).sort()).toEqual(expected);
  });
});
