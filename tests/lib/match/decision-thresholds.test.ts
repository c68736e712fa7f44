import { describe, expect, it } from 'vitest';
import { DECISION_THRESHOLDS, STORY_GROUP_CANDIDATES } from '../../../lib/match/decision-thresholds';

describe('DECISION_THRESHOLDS', () => {
  const { dateWindowDays, ...shares } = DECISION_THRESHOLDS;
  it.each(Object.entries(shares))('%s is a share between 0 and 1', (_name, value) => {
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(1);
  });

  it('dateWindowDays is a whole number of days, at least one (time zones) and at most a week', () => {
    expect(Number.isInteger(dateWindowDays)).toBe(true);
    expect(dateWindowDays).toBeGreaterThanOrEqual(1);
    expect(dateWindowDays).toBeLessThanOrEqual(7);
  });

  it.each([
    ['same-story needs more than related', DECISION_THRESHOLDS.sameStory, DECISION_THRESHOLDS.related],
    ['this-article containment is stricter than its coverage', DECISION_THRESHOLDS.thisArticleContainment, DECISION_THRESHOLDS.thisArticleCoverage],
  ])('%s', (_case, stricter, looser) => {
    expect(stricter).toBeGreaterThan(looser);
  });
});

describe('STORY_GROUP_CANDIDATES', () => {
  it('reaches at least two candidates (a group is two or more) and stays a handful', () => {
    expect(Number.isInteger(STORY_GROUP_CANDIDATES)).toBe(true);
    expect(STORY_GROUP_CANDIDATES).toBeGreaterThanOrEqual(2);
    expect(STORY_GROUP_CANDIDATES).toBeLessThanOrEqual(10);
  });
});
