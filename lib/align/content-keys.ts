import { isStopWord } from '../text/stop-words';
import { words } from '../text/tokenize';
import { wordKey } from '../text/word-key';

/**
 * The content of a sentence as sorted, unique word keys: function words dropped, case, spelling and
 * inflection folded. Two sentences that say the same thing in other words share most of these.
 * @example contentKeys('The programmes were cancelled.') // -> ['cancel', 'program']
 */
export function contentKeys(text: string): string[] {
  const keys = new Set<string>();
  for (const token of words(text)) {
    if (token.kind === 'word' && isStopWord(token.text)) continue;
    // Single letters are initials or list markers ("U", "S" of U.S.): not content on their own.
    if (token.kind === 'word' && token.text.length === 1 && !/[\u3040-\u30FF\u4E00-\u9FFF]/.test(token.text)) continue;
    keys.add(wordKey(token.text));
  }
  return [...keys].sort();
}
