import { contentKeys } from '../align/content-keys';
import { contentKeyList } from '../align/content-key-list';
import { tokenize } from '../text/tokenize';
import type { DiffToken } from '../types';

/**
 * One sentence's text as tokens that rebuild it exactly, marking its content words that `other` does not
 * have (as `delete` on side a, `insert` on side b: the op the word would have in a diff) and leaving every
 * other word, space and punctuation plain. For a partly covered sentence: what it says that the sentences it
 * shares part with do not. No alignment of the two texts is needed (they may be in any order), so this costs
 * one pass instead of a word diff of unrelated text.
 * @example sharedWordTokens('Putin arrived in Pyongyang on Wednesday.', 'Putin landed on Wednesday.', 'a')
 * // -> [{op:'equal',text:'Putin '},{op:'delete',text:'arrived'},{op:'equal',text:' in '},{op:'delete',text:'Pyongyang'},{op:'equal',text:' on Wednesday.'}]
 */
export function sharedWordTokens(text: string, other: string, side: 'a' | 'b'): DiffToken[] {
  const shared = new Set(contentKeys(other));
  const own = side === 'a' ? 'delete' : 'insert';
  const out: DiffToken[] = [];
  for (const token of tokenize(text)) {
    // A word's content key, if it has one ("the" has none and stays plain).
    const key = token.kind === 'word' || token.kind === 'number' ? contentKeyList(token.text)[0] : undefined;
    const op = key !== undefined && !shared.has(key) ? own : 'equal';
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += token.text;
    else out.push({ op, text: token.text });
  }
  // Two marked words with only a space between them are one mark ("Kim Jong Un", not three).
  const joined: DiffToken[] = [];
  for (let k = 0; k < out.length; k++) {
    const t = out[k] as DiffToken;
    const prev = joined[joined.length - 1];
    const next = out[k + 1];
    if (prev && prev.op === own && t.op === 'equal' && /^\s+$/.test(t.text) && next?.op === own) {
      prev.text += t.text + next.text;
      k++;
    } else joined.push(t);
  }
  return joined;
}
