import { describe, expect, it } from 'vitest';
import { articleNorm } from '../../../lib/corpus/article-norm';
import { emptyHintBlock, hintedNorm, hintShift, normHint } from '../../../lib/store/norm-hints';

const weights = new Uint32Array([1414, 1000, 2236, 500]);
const terms = ['a', 'b', 'c', 'd'];
const hintIn = (dfs: number[]) => {
  const block = emptyHintBlock();
  const { a, b, c } = normHint(weights, dfs);
  [block.a[3], block.b[3], block.c[3]] = [a, b, c];
  return block;
};
const exact = (dfs: number[], n: number) => articleNorm(terms.map((t, i) => [t, weights[i]! / 1000] as const), (t) => dfs[terms.indexOf(t)]!, n);

describe('norm hints', () => {
  it.each([
    ['a small corpus, rare terms', [1, 1, 2, 3], 10],
    ['a large corpus, rare terms', [1, 1, 2, 3], 100_000],
    ['a large corpus, common terms', [40_000, 900, 12, 1], 100_000],
  ])('%s: a little under the exact norm, within 5 %', (_case, dfs, n) => {
    const hinted = hintedNorm(hintIn(dfs), 3, n);
    const norm = exact(dfs, n);
    expect(hinted).toBeLessThanOrEqual(norm * 1.0001); // under before rounding: the norm is rounded to thousandths, the sums are floats
    expect(hinted / norm).toBeGreaterThan(0.95);
  });

  it('follows the corpus size without being rewritten (the sums do not depend on it)', () => {
    const block = hintIn([1, 1, 2, 3]);
    for (const n of [10, 1000, 100_000]) expect(hintedNorm(block, 3, n) / exact([1, 1, 2, 3], n)).toBeGreaterThan(0.97);
  });

  it('a shift is what recomputing the sums with the new frequency gives', () => {
    const before = normHint(weights, [1, 1, 2, 3]);
    const after = normHint(weights, [1, 4, 2, 3]);
    const shift = hintShift(1000, 1, 4);
    expect(before.b + shift.b).toBeCloseTo(after.b, 10);
    expect(before.c + shift.c).toBeCloseTo(after.c, 10);
  });

  it('an empty slot hints a norm of 0', () => {
    expect(hintedNorm(emptyHintBlock(), 5, 100)).toBe(0);
  });
});
