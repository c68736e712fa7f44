import type { DiffToken } from '../types';

/**
 * A group's tokens as the reader asked to see them. With `hideMinor`, a minor change (quote style,
 * punctuation, spelling variant) is shown as this outlet wrote it: its `delete` side becomes plain
 * text and its `insert` side disappears. Adjacent plain runs are joined so the text is not split up.
 * @example visibleTokens([{ op: 'delete', text: '"', minor: true }, { op: 'insert', text: '“', minor: true }, { op: 'equal', text: 'Hi' }], true)
 * // -> [{ op: 'equal', text: '"Hi' }]
 */
export function visibleTokens(tokens: readonly DiffToken[], hideMinor: boolean): DiffToken[] {
  if (!hideMinor) return [...tokens];
  const out: DiffToken[] = [];
  for (const token of tokens) {
    if (token.minor && token.op === 'insert') continue;
    const plain = token.op === 'equal' || token.minor;
    const last = out[out.length - 1];
    if (plain && last?.op === 'equal') last.text += token.text;
    else out.push(plain ? { op: 'equal', text: token.text } : { ...token });
  }
  return out;
}
