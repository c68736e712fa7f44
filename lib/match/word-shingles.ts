import { words } from '../text/tokenize';

/** Word n-grams this long rarely repeat by chance across two different write-ups. */
const SHINGLE_WORDS = 4;

/**
 * Visits a text's 4-word runs in order, case and apostrophe style folded (a text shorter than four words
 * gives one shorter run), repeats included, until `visit` returns false: a check can stop as soon as it
 * knows its answer, without building the set.
 * @example forEachShingle('Putin arrived in Pyongyang today.', (s) => void console.log(s)) // logs 'putin arrived in pyongyang', 'arrived in pyongyang today'
 */
export function forEachShingle(text: string, visit: (shingle: string) => boolean | void): void {
  const keys = words(text).map((t) => t.text.toLowerCase().replace(/[\u2019\u02BC]/g, "'"));
  for (let i = 0; i < Math.max(1, keys.length - SHINGLE_WORDS + 1); i++) {
    const shingle = keys.slice(i, i + SHINGLE_WORDS).join(' ');
    if (shingle && visit(shingle) === false) return;
  }
}

/**
 * The set of 4-word runs of a text (forEachShingle). Only verbatim reuse is measured with these, so words
 * are not stemmed: that keeps the check cheap enough to run on every query.
 * @example wordShingles('Putin arrived in Pyongyang today.') // -> Set { 'putin arrived in pyongyang', 'arrived in pyongyang today' }
 */
export function wordShingles(text: string): Set<string> {
  const set = new Set<string>();
  forEachShingle(text, (shingle) => void set.add(shingle));
  return set;
}
