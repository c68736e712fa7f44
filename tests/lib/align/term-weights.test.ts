import { describe, expect, it } from 'vitest';
import { NUMBER_BOOST, termWeights } from '../../../lib/align/term-weights';

describe('termWeights', () => {
  const keyLists = [['putin', 'kim', '24'], ['putin', 'landmine'], ['putin', 'kim'], ['putin', 'visit']];
  const df = new Map<string, number>();
  for (const keys of keyLists) for (const k of keys) df.set(k, (df.get(k) ?? 0) + 1);
  const weights = termWeights(df, keyLists.length);

  it('weighs rare keys above common ones', () => {
    expect(weights.get('landmine')).toBeGreaterThan(weights.get('kim') as number);
    expect(weights.get('kim')).toBeGreaterThan(weights.get('putin') as number);
  });

  it('keeps every weight positive, even for a key in every sentence', () => {
    for (const value of weights.values()) expect(value).toBeGreaterThan(0);
  });

  it.each([
    ['a key in one sentence of four', 1, 4, Math.log(1 + 5 / 1.5)],
    ['a key in every sentence', 4, 4, Math.log(1 + 5 / 4.5)],
    ['a key in one sentence of one', 1, 1, Math.log(1 + 2 / 1.5)],
  ])('inverse document frequency: %s', (_name, count, sentences, expected) => {
    expect(termWeights(new Map([['visit', count]]), sentences).get('visit')).toBe(expected);
  });

  it('boosts numbers over words of the same rarity', () => {
    expect(weights.get('24')).toBeCloseTo((weights.get('landmine') as number) * NUMBER_BOOST, 10);
  });
});
