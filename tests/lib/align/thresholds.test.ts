import { describe, expect, it } from 'vitest';
import { ALIGN_THRESHOLDS } from '../../../lib/align/thresholds';

describe('ALIGN_THRESHOLDS (whole table)', () => {
  it.each(['pair', 'containment', 'containedPair', 'mergeGain'] as const)('%s is a share between 0 and 1', (name) => {
    expect(ALIGN_THRESHOLDS[name]).toBeGreaterThan(0);
    expect(ALIGN_THRESHOLDS[name]).toBeLessThan(1);
  });

  it.each(['maxGroupSide', 'maxPostings', 'minContainedKeys'] as const)('%s is a positive whole number', (name) => {
    expect(Number.isInteger(ALIGN_THRESHOLDS[name])).toBe(true);
    expect(ALIGN_THRESHOLDS[name]).toBeGreaterThan(0);
  });

  it('a contained pair may have lower similarity than a plain pair, never higher', () => {
    expect(ALIGN_THRESHOLDS.containedPair).toBeLessThanOrEqual(ALIGN_THRESHOLDS.pair);
  });

  it('groups go up to three sentences a side, as the design asks', () => {
    expect(ALIGN_THRESHOLDS.maxGroupSide).toBe(3);
  });
});
