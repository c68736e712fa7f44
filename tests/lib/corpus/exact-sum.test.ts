import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactSum } from '../../../lib/corpus/exact-sum';

const sum = (values: number[]) => {
  const exact = new ExactSum();
  values.forEach((v) => exact.add(v));
  return exact.value();
};

describe('ExactSum', () => {
  it.each([
    ['nothing', [], 0],
    ['a tenth ten times (naive adding gives 0.9999999999999999)', Array(10).fill(0.1), 1],
    ['a huge term cancelled', [1e100, 1, -1e100], 1],
    ['tiny terms beside a large one', [1, 1e-16, 1e-16], 1.0000000000000002],
    ['a tie, rounded to even', [1, 2 ** -53], 1],
    ['the same tie and one more bit', [1, 2 ** -53, 2 ** -105], 1.0000000000000002],
  ])('%s', (_case, values, expected) => {
    expect(sum(values)).toBe(expected);
  });

  it('gives the same double in any order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }), { maxLength: 40 }), fc.nat(), (values, seed) => {
        const shuffled = [...values].sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13) || a - b);
        expect(sum(shuffled)).toBe(sum(values));
        expect(sum([...values].reverse())).toBe(sum(values));
      }),
    );
  });
});
