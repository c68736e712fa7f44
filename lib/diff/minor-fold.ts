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
    .map((t) => americanSpelling(t.text.toLowerCase().replace(/'/g, '')))
    .join(' ');
}
