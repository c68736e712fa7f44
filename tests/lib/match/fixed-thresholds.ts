import type { DecisionThresholds } from '../../../lib/match/types';

/**
 * Fixed limits (not the calibrated ones) for the match tests, so their cases test the rules, not the
 * current calibration: a recalibration must not turn them red.
 */
export const FIXED_THRESHOLDS: DecisionThresholds = {
  sameStory: 0.26,
  related: 0.11,
  groupDrop: 0.8,
  groupJoin: 0.7,
  mutualJoin: 0.4,
  dateWindowDays: 3,
  datePenalty: 0.6,
  thisArticleContainment: 0.8,
  thisArticleCoverage: 0.5,
};
