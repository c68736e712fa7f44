import { isStopWord } from '../text/stop-words';
import { tokenize } from '../text/tokenize';
import { wordKey } from '../text/word-key';

/**
 * The word keys of a sentence's content words in text order, repeats kept: function words dropped,
 * case, spelling and inflection folded. contentKeys sorts them; alignment numbers them as they come.
 * @example contentKeyList('The programmes were cancelled, programmes.') // -> ['program', 'cancel', 'program']
 */
export function contentKeyList(text: string): string[] {
  const keys: string[] = [];
  for (const token of tokenize(text)) {
    if (token.kind !== 'word' && token.kind !== 'number') continue;
    let key = cache.get(token.text);
    if (key === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      key = contentKey(token.text, token.kind === 'word');
      cache.set(token.text, key);
    }
    if (key !== null) keys.push(key);
  }
  return keys;
}

// Each word is keyed and checked against the stop words many times: remember the outcome (bounded).
// A token's kind follows from its text (numbers start with a digit, words never do).
const CACHE_LIMIT = 50_000;
const cache = new Map<string, string | null>();

/** The key of one word or number, or null for a word that is not content. */
function contentKey(text: string, isWord: boolean): string | null {
  if (isWord && isStopWord(text)) return null;
  // Single letters are initials or list markers ("U", "S" of U.S.): not content on their own.
  if (isWord && text.length === 1 && !/[\u3040-\u30FF\u4E00-\u9FFF]/.test(text)) return null;
  return wordKey(text);
}
