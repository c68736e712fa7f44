import { describe, expect, it } from 'vitest';
import { dateFactor } from '../../../lib/match/date-factor';
import { FIXED_THRESHOLDS as thresholds } from './fixed-thresholds';

describe('dateFactor', () => {
  it.each([
    ['the same day', 100, 100, 1],
    ['three days later: inside the window', 100, 103, 1],
    ['three days earlier: inside the window', 103, 100, 1],
    ['four days later', 100, 104, 0.6],
    ['a year apart', 100, 465, 0.6],
    ['the page undated', NaN, 100, 1],
    ['the article undated', 100, NaN, 1],
    ['both undated', NaN, NaN, 1],
  ])('%s -> %s', (_case, pageDay, articleDay, factor) => {
    expect(dateFactor(pageDay, articleDay, thresholds)).toBe(factor);
  });
});
