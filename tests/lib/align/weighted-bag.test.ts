import { describe, expect, it } from 'vitest';
import { dice, makeBag, sharedWeight, unionBags } from '../../../lib/align/weighted-bag';

const w: Record<string, number> = { a: 1, b: 2, c: 3, d: 4 };
const bag = (...keys: string[]) => makeBag(keys, (k) => w[k] ?? 0);

describe('weighted bags', () => {
  it.each([
    ['identical', bag('a', 'b'), bag('a', 'b'), 3, 1],
    ['disjoint', bag('a'), bag('b'), 0, 0],
    ['partial overlap', bag('a', 'b'), bag('b', 'c'), 2, 4 / 8],
    ['empty with something', bag(), bag('a'), 0, 0],
    ['both empty', bag(), bag(), 0, 0],
  ])('%s: shared weight and Dice', (_name, x, y, shared, similarity) => {
    expect(sharedWeight(x, y)).toBe(shared);
    expect(dice(x, y)).toBeCloseTo(similarity, 10);
    expect(dice(y, x)).toBe(dice(x, y));
  });

  it('totals the weights', () => {
    expect(bag('a', 'c', 'd').total).toBe(8);
  });

  it('unions bags keeping keys sorted and unique', () => {
    const u = unionBags([bag('c', 'd'), bag('a', 'c')]);
    expect(u.keys).toEqual(['a', 'c', 'd']);
    expect(u.total).toBe(8);
  });
});
