import { describe, expect, it } from 'vitest';
import { dateFactor } from '../../../lib/match/date-factor';
import { FIXED_THRESHOLDS as thresholds } from './fixed-thresholds';

describe('dateFactor', () => {
  it.each([
    ['the same day', 1, 100, 100],
    ['three days later: inside the window', 1, 100, 103],
    ['three days earlier: inside the window', 1, 103, 100],
    ['four days later', 0.6, 100, 104],
    ['a year apart', 0.6, 100, 465],
    ['the page undated', 1, NaN, 100],
    ['the article undated', 1, 100, NaN],
    ['both undated', 1, NaN, NaN],
  ])('%s -> %s', (_case, factor, pageDay, articleDay) => {
    expect(dateFactor(pageDay, articleDay, thresholds)).toBe(factor);
  });
});
