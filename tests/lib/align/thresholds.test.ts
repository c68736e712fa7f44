import { describe, expect, it } from 'vitest';
import { ALIGN_THRESHOLDS } from '../../../lib/align/thresholds';

describe('ALIGN_THRESHOLDS (whole table)', () => {
  it.each(['align', 'link', 'cover', 'only', 'driftLink', 'joint', 'mergeGain', 'leadShare'] as const)('%s is a share between 0 and 1', (name) => {
    expect(ALIGN_THRESHOLDS[name]).toBeGreaterThan(0);
    expect(ALIGN_THRESHOLDS[name]).toBeLessThan(1);
  });

  it.each(['maxGroupSide', 'maxPostings', 'leadWords', 'claimNeighbours'] as const)('%s is a positive whole number', (name) => {
    expect(Number.isInteger(ALIGN_THRESHOLDS[name])).toBe(true);
    expect(ALIGN_THRESHOLDS[name]).toBeGreaterThan(0);
  });

  it('claims "only one outlet" below the link threshold and aligns above it: only < link <= align', () => {
    expect(ALIGN_THRESHOLDS.only).toBeLessThan(ALIGN_THRESHOLDS.link);
    expect(ALIGN_THRESHOLDS.link).toBeLessThanOrEqual(ALIGN_THRESHOLDS.align);
    // What counts against an "only one" claim reaches at least as low as a link: every linked sentence is covered.
    expect(ALIGN_THRESHOLDS.cover).toBeLessThanOrEqual(ALIGN_THRESHOLDS.link);
    expect(ALIGN_THRESHOLDS.cover).toBeGreaterThan(ALIGN_THRESHOLDS.only);
    // Drift is read between linked sentences at least: driftLink reaches below the link threshold, not above it.
    expect(ALIGN_THRESHOLDS.driftLink).toBeLessThanOrEqual(ALIGN_THRESHOLDS.link);
    expect(ALIGN_THRESHOLDS.driftLink).toBeGreaterThan(ALIGN_THRESHOLDS.only);
  });

  it('groups go up to three sentences a side, as the design asks', () => {
    expect(ALIGN_THRESHOLDS.maxGroupSide).toBe(3);
  });
});
