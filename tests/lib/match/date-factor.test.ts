import { describe, expect, it } from 'vitest';
import { dateFactor } from '../../../lib/match/date-factor';

// Fixed limits (not the calibrated ones), so these cases test the rule, not the current calibration.
const thresholds = { sameStory: 0.26, related: 0.11, groupDrop: 0.8, groupJoin: 0.7, mutualJoin: 0.4, dateWindowDays: 3, datePenalty: 0.6, thisArticleContainment: 0.8, thisArticleCoverage: 0.5 };

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
