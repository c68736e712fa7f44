import { describe, expect, it } from 'vitest';
import { GROUP_FILTERS, filterGroups, type GroupFilter } from '../../../lib/ui/group-filter';
import type { Group, GroupKind } from '../../../lib/types';

const group = (kind: GroupKind): Group => ({ kind, a: [], b: [], similarity: 0, tokens: [] });
const groups = (['same', 'reworded', 'added', 'same', 'omitted', 'added', 'partial', 'uncertain'] as GroupKind[]).map(group);

describe('filterGroups', () => {
  it.each<[GroupFilter, number[]]>([
    ['all', [0, 1, 2, 3, 4, 5, 6, 7]],
    ['changes', [1, 2, 4, 5, 6]],
    ['added', [2, 5]],
    ['omitted', [4]],
    ['partial', [6]],
    ['reworded', [1]],
  ])('%s keeps groups %j with their original indices', (filter, indices) => {
    const kept = filterGroups(groups, filter);
    expect(kept.map((x) => x.index)).toEqual(indices);
    expect(kept.every((x) => x.group === groups[x.index])).toBe(true);
  });

  it('offers every filter once, "all" first', () => {
    expect(GROUP_FILTERS[0]).toBe('all');
    expect(new Set(GROUP_FILTERS).size).toBe(GROUP_FILTERS.length);
  });
});
