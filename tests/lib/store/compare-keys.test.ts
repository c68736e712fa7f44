import { describe, expect, it } from 'vitest';
import { compareKeys } from '../../../lib/store/compare-keys';
import type { KvKey } from '../../../lib/store/types';

describe('compareKeys', () => {
  it.each<[string, KvKey, KvKey, number]>([
    ['numbers by value', 2, 10, -1],
    ['strings by code unit', 'head', 'Head', 1],
    ['a number before any string', 99, '0', -1],
    ['a string before any array', 'z', [0], -1],
    ['arrays element by element', [3, 1200], [3, 'head'], -1],
    ['a prefix first', [3], [3, 0], -1],
    ['equal arrays', [1, 'a'], [1, 'a'], 0],
  ])('%s', (_case, a, b, sign) => {
    expect(Math.sign(compareKeys(a, b))).toBe(sign);
    expect(Math.sign(compareKeys(b, a))).toBe(sign === 0 ? 0 : -sign);
  });
});
