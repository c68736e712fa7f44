import { normalizeText } from '../text/normalize-text';
import { words } from '../text/tokenize';
import { americanSpelling } from '../text/word-key';

/**
 * Folds away what a reader would not call a change of wording: quote style, dashes and hyphens,
 * punctuation, spacing, case and British/American spelling. Two texts with equal folds differ only
 * in a minor way.
 * @example minorFold('Kim Jong-un’s “programme”') === minorFold('Kim Jong Un\'s "program"') // -> true
 */
export function minorFold(text: string): string {
  return words(normalizeText(text))
    .map((t) => foldWord(t.text))
    .join(' ');
}

// Every diff region is folded, and regions repeat the same words: remember each word's fold (bounded).
const CACHE_LIMIT = 20_000;
const cache = new Map<string, string>();
function foldWord(word: string): string {
  let folded = cache.get(word);
  if (folded === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    folded = americanSpelling(word.toLowerCase().replace(/'/g, ''));
    cache.set(word, folded);
  }
  return folded;
}
