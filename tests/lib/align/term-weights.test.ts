import { describe, expect, it } from 'vitest';
import { documentFrequencies } from '../../../lib/align/document-frequencies';
import { NUMBER_BOOST, termWeights } from '../../../lib/align/term-weights';

describe('termWeights', () => {
  const weights = termWeights([['putin', 'kim', '24'], ['putin', 'landmine'], ['putin', 'kim'], ['putin', 'visit']]);

  it('weighs rare keys above common ones', () => {
    expect(weights.get('landmine')).toBeGreaterThan(weights.get('kim') as number);
    expect(weights.get('kim')).toBeGreaterThan(weights.get('putin') as number);
  });

  it('keeps every weight positive, even for a key in every sentence', () => {
    for (const value of weights.values()) expect(value).toBeGreaterThan(0);
  });

  it('weighs the same with the document frequencies passed in', () => {
    const keyLists = [['putin', 'kim', '24'], ['putin', 'landmine'], ['putin', 'kim'], ['putin', 'visit']];
    expect(termWeights(keyLists, documentFrequencies(keyLists))).toEqual(weights);
  });

  it('boosts numbers over words of the same rarity', () => {
    expect(weights.get('24')).toBeCloseTo((weights.get('landmine') as number) * NUMBER_BOOST, 10);
  });
});
