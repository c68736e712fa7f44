import type { Speaker } from './speaker-of-phrase';

/**
 * Whether two quotes' speakers are one person: 'same' for one name (by surname: "Mr. Sheridan" and "Mark
 * D. Sheridan") or one role ("the letter"), 'different' for two names, 'unknown' when a side does not
 * say or one side gives a role and the other a name (the president may be Obama or his spokesman).
 * @example speakerRelation({ kind: 'name', text: 'Pelosi', key: 'pelosi' }, { kind: 'name', text: 'Josh Earnest', key: 'earnest' }) // -> 'different'
 */
export function speakerRelation(a: Speaker | undefined, b: Speaker | undefined): 'same' | 'different' | 'unknown' {
  if (!a || !b || a.kind !== b.kind) return 'unknown';
  if (a.key === b.key) return 'same';
  return a.kind === 'name' ? 'different' : 'unknown';
}
