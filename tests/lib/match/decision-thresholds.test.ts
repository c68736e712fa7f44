import { describe, expect, it } from 'vitest';
import { DECISION_THRESHOLDS } from '../../../lib/match/decision-thresholds';

describe('DECISION_THRESHOLDS', () => {
  it.each(Object.entries(DECISION_THRESHOLDS))('%s is a share between 0 and 1', (_name, value) => {
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(1);
  });

  it.each([
    ['same-story needs more than related', DECISION_THRESHOLDS.sameStory, DECISION_THRESHOLDS.related],
    ['this-article containment is stricter than its coverage', DECISION_THRESHOLDS.thisArticleContainment, DECISION_THRESHOLDS.thisArticleCoverage],
  ])('%s', (_case, stricter, looser) => {
    expect(stricter).toBeGreaterThan(looser);
  });
});
