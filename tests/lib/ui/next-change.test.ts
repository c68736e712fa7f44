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

  it.each<[string, GroupKind[], number]>([
    ['nothing changed', ['same', 'same'], -1],
    ['rows without a claim are skipped', ['same', 'uncertain', 'partial'], 2],
    ['only rows without a claim', ['uncertain', 'uncertain'], -1],
  ])('forward from the top: %s', (_name, list, expected) => {
    expect(nextChange(list, -1, 1)).toBe(expected);
  });
});
