import { describe, expect, it } from 'vitest';
import { candidateScore } from '../../../lib/match/candidate-score';

describe('candidateScore', () => {
  it.each([
    ['cosine', 2, 4, 1, 1, 0.5],
    ['cosine times the date factor', 2, 4, 1, 0.6, 0.3],
    ['a norm of 0 counts as 1', 2, 4, 0, 1, 0.5],
    ['no shared weight', 0, 4, 2, 1, 0],
  ])('%s', (_case, dot, queryNorm, norm, factor, expected) => {
    expect(candidateScore(dot, queryNorm, norm, factor)).toBeCloseTo(expected, 12);
  });
});
