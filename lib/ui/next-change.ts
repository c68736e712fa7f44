import type { GroupKind } from '../types';

/**
 * The index of the next (step 1) or previous (step -1) changed row from `from`, for keyboard
 * navigation; -1 when there is none. `from` may be -1 (nothing focused yet): forward then starts at the top.
 * Rows the comparison makes no claim about (uncertain) are not changes.
 * @example nextChange(['same', 'added', 'same', 'omitted'], 1, 1) // -> 3
 * @example nextChange(['same', 'added'], 1, 1) // -> -1
 */
export function nextChange(kinds: readonly GroupKind[], from: number, step: 1 | -1): number {
  const start = from < 0 && step < 0 ? kinds.length : from;
  for (let i = start + step; i >= 0 && i < kinds.length; i += step) if (kinds[i] !== 'same' && kinds[i] !== 'uncertain') return i;
  return -1;
}
