import { describe, expect, it } from 'vitest';
import { nextChange } from '../../../lib/ui/next-change';
import type { GroupKind } from '../../../lib/types';

const kinds: GroupKind[] = ['same', 'added', 'same', 'omitted', 'reworded', 'same'];

describe('nextChange', () => {
  it.each<[number, 1 | -1, number]>([
    [-1, 1, 1],
    [1, 1, 3],
    [3, 1, 4],
    [4, 1, -1],
    [4, -1, 3],
    [1, -1, -1],
    [-1, -1, 4],
    [5, -1, 4],
  ])('from %i step %i -> %i', (from, step, expected) => {
    expect(nextChange(kinds, from, step)).toBe(expected);
  });

  it('finds nothing when nothing changed', () => {
    expect(nextChange(['same', 'same'], -1, 1)).toBe(-1);
  });
});
