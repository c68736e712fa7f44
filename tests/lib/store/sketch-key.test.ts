import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { couldBeNearDuplicate } from '../../../lib/store/is-near-duplicate';
import { isBareSketchKey, sizeClass, sketchHash, sketchKey, sketchNeighbours, sketchValueRange } from '../../../lib/store/sketch-key';

/** Whether a stored key falls in a range of string keys (both ends inclusive), as the database compares. */
const inRange = (key: string, range: { lower?: unknown; upper?: unknown }) => key >= (range.lower as string) && key <= (range.upper as string);

describe('sketch keys', () => {
  it.each([
    ['no 4-grams', 0, 0],
    ['one', 1, 0],
    ['a headline', 10, 21],
    ['a short article', 400, 56],
    ['a long article', 5000, 80],
  ])('sizeClass: %s (%i 4-grams) -> %i', (_case, shingles, expected) => {
    expect(sizeClass(shingles)).toBe(expected);
  });

  it('two counts that could be near-identical texts are at most one class apart (the look-up never misses one)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000 }), fc.double({ min: 0.9, max: 1, noNaN: true }), (count, ratio) => {
        const other = Math.ceil(count * ratio);
        fc.pre(couldBeNearDuplicate(count, other));
        expect(Math.abs(sizeClass(count) - sizeClass(other))).toBeLessThanOrEqual(1);
      }),
      { numRuns: 5000 },
    );
  });

  it('every count up to 200,000 and the fewest a near-identical text may have are at most one class apart', () => {
    const apart: number[] = [];
    for (let count = 1; count <= 200_000; count++) {
      const fewest = Math.ceil(count * 0.9);
      if (!couldBeNearDuplicate(count, fewest)) apart.push(-count);
      else if (sizeClass(count) - sizeClass(fewest) > 1) apart.push(count);
    }
    expect(apart).toEqual([]);
  });

  it.each([
    ['the same class', 1000, 1000, true],
    ['a near-identical copy 10 % shorter', 1000, 900, true],
    ['one 10 % longer', 1000, 1111, true],
    ['half as long', 1000, 500, false],
    ['twice as long', 1000, 2000, false],
  ])('sketchNeighbours: a text of %s is looked up: %s', (_case, own, other, found) => {
    const range = sketchNeighbours(sketchKey('00a1b2c3', own));
    expect(inRange(sketchKey('00a1b2c3', other), range)).toBe(found);
    // Another sketch value is never in the range, whatever the size.
    expect(inRange(sketchKey('00a1b2c4', own), range)).toBe(false);
  });

  it.each([
    ['the same value, any size class', sketchKey('00a1b2c3', 5), true],
    ['the same value, the largest class', '00a1b2c3.999', true],
    ['the bare value a version-3 record keeps', '00a1b2c3', true],
    ['the next value', sketchKey('00a1b2c4', 1000), false],
    ['the value before', sketchKey('00a1b2c2', 1000), false],
  ])('sketchValueRange takes in %s: %s', (_case, other, inside) => {
    expect(inRange(other, sketchValueRange(sketchKey('00a1b2c3', 1000)))).toBe(inside);
  });

  it('the smallest class looks up its own and the next, not a negative one', () => {
    expect(sketchNeighbours(sketchKey('ffffffff', 1))).toEqual({ lower: 'ffffffff.000', upper: 'ffffffff.001' });
  });

  it.each([
    ['a sized key', '00a1b2c3.062', '00a1b2c3', false],
    ['a bare value (schema version 3)', '00a1b2c3', '00a1b2c3', true],
  ])('%s: value %s, bare %s', (_case, key, hash, bare) => {
    expect(sketchHash(key)).toBe(hash);
    expect(isBareSketchKey(key)).toBe(bare);
  });
});
