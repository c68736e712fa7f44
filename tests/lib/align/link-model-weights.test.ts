import { describe, expect, it } from 'vitest';
import { LINK_MODEL_WEIGHTS } from '../../../lib/align/link-model-weights';
import { PAIR_FEATURES } from '../../../lib/align/pair-features';

describe('LINK_MODEL_WEIGHTS (whole table)', () => {
  it.each(PAIR_FEATURES.map((name, k) => [name, LINK_MODEL_WEIGHTS.weights[k]] as const))('%s has a finite weight', (_name, weight) => {
    expect(Number.isFinite(weight)).toBe(true);
    expect(Math.abs(weight as number)).toBeLessThan(20);
  });

  it('has a finite, negative bias: a pair sharing nothing is not a link', () => {
    expect(Number.isFinite(LINK_MODEL_WEIGHTS.bias)).toBe(true);
    expect(LINK_MODEL_WEIGHTS.bias).toBeLessThan(0);
  });
});
