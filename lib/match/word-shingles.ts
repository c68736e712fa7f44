import { words } from '../text/tokenize';

/** Word n-grams this long rarely repeat by chance across two different write-ups. */
const SHINGLE_WORDS = 4;

/**
 * The set of 4-word runs of a text, case and apostrophe style folded (a text shorter than four words
 * gives one shorter run). Only verbatim reuse is measured with these, so words are not stemmed: that
 * keeps the check cheap enough to run on every query.
 * @example wordShingles('Putin arrived in Pyongyang today.') // -> Set { 'putin arrived in pyongyang', 'arrived in pyongyang today' }
 */
export function wordShingles(text: string): Set<string> {
  const keys = words(text).map((t) => t.text.toLowerCase().replace(/[\u2019\u02BC]/g, "'"));
  const set = new Set<string>();
  for (let i = 0; i < Math.max(1, keys.length - SHINGLE_WORDS + 1); i++) {
    const shingle = keys.slice(i, i + SHINGLE_WORDS).join(' ');
    if (shingle) set.add(shingle);
  }
  return set;
}
