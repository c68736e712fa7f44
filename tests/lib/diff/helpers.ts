import type { DiffToken } from '../../../lib/types';

/** The readable serialisation used across the diff tests: [-deleted-] and {+inserted+}, ~ for minor. */
export function show(tokens: readonly DiffToken[]): string {
  return tokens.map((t) => (t.op === 'equal' ? t.text : t.op === 'delete' ? `[-${t.text}-]` : `{+${t.text}+}`) + (t.minor && t.op !== 'equal' ? '~' : '')).join('');
}

/** Equal + delete tokens rebuild the a text; equal + insert the b text. */
export function rebuild(tokens: readonly DiffToken[]): { a: string; b: string } {
  return {
    a: tokens.filter((t) => t.op !== 'insert').map((t) => t.text).join(''),
    b: tokens.filter((t) => t.op !== 'delete').map((t) => t.text).join(''),
  };
}
