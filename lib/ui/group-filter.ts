import type { Group } from '../types';

/** The reader's filter over a comparison's groups. */
export type GroupFilter = 'all' | 'changes' | 'added' | 'omitted' | 'partial' | 'reworded';

/** Every filter, in the order the filter bar shows them. */
export const GROUP_FILTERS: readonly GroupFilter[] = ['all', 'changes', 'added', 'omitted', 'partial', 'reworded'];

/** A group with its position in `comparison.groups` (quotes and drift refer to groups by that index). */
export interface IndexedGroup {
  group: Group;
  index: number;
}

/**
 * The groups a filter keeps, with their original indices: `changes` is what differs (everything but `same`,
 * and `uncertain`, about which nothing is claimed); a kind keeps only that kind.
 * @example filterGroups([{ kind: 'same' }, { kind: 'added' }] as Group[], 'changes') // -> [{ group: { kind: 'added' }, index: 1 }]
 */
export function filterGroups(groups: readonly Group[], filter: GroupFilter): IndexedGroup[] {
  const keep = (g: Group) => filter === 'all' || (filter === 'changes' ? g.kind !== 'same' && g.kind !== 'uncertain' : g.kind === filter);
  return groups.flatMap((group, index) => (keep(group) ? [{ group, index }] : []));
}
