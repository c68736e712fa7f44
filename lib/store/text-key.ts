import { hashString } from '../extract/hash-string';
import { normalizeText } from '../text/normalize-text';

/**
 * The key of an article's text for exact-duplicate checks: a hash of the text normalised (spacing,
 * quotes, dashes) and case-folded, so a re-extraction with other typesetting is the same text.
 * @example textKey('Kim met  Putin.') === textKey('kim met Putin.') // -> true
 */
export function textKey(text: string): string {
  return hashString(normalizeText(text).toLowerCase());
}
