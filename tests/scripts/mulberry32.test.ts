import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/mulberry32';

describe('mulberry32', () => {
  it.each([
    ['seed 42, first draw', 42, 0, 0.6011037519201636],
    ['seed 42, second draw', 42, 1, 0.44829055899754167],
    ['seed 7, first draw', 7, 0, 0.011704753153026104],
  ])('%s is the same on every run', (_name, seed, draw, expected) => {
    const rand = mulberry32(seed);
    for (let i = 0; i < draw; i++) rand();
    expect(rand()).toBe(expected);
  });

  it('draws in [0, 1)', () => {
    const rand = mulberry32(1);
    const draws = Array.from({ length: 10_000 }, rand);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
  });
});
