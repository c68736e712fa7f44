import type { DiffToken } from '../types';

/**
 * One outlet's side of a group's word diff: side `a` (this outlet) is the equal and delete tokens,
 * side `b` (the other outlet) the equal and insert tokens; each rebuilds that outlet's text exactly.
 * @example sideTokens([{ op: 'equal', text: 'Kim ' }, { op: 'delete', text: 'met' }, { op: 'insert', text: 'greeted' }], 'b')
 * // -> [{ op: 'equal', text: 'Kim ' }, { op: 'insert', text: 'greeted' }]
 */
export function sideTokens(tokens: readonly DiffToken[], side: 'a' | 'b'): DiffToken[] {
  const drop = side === 'a' ? 'insert' : 'delete';
  return tokens.filter((t) => t.op !== drop);
}
