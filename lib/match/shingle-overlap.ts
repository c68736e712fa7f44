import { words } from '../text/tokenize';
import { wordKey } from '../text/word-key';

/** Word n-grams this long rarely repeat by chance across two different write-ups. */
const SHINGLE_WORDS = 4;

/** The set of word-key n-grams of a text (one shorter shingle for a text shorter than n words). */
function shingles(text: string): Set<string> {
  const keys = words(text).map((t) => wordKey(t.text));
  const set = new Set<string>();
  for (let i = 0; i < Math.max(1, keys.length - SHINGLE_WORDS + 1); i++) {
    const shingle = keys.slice(i, i + SHINGLE_WORDS).join(' ');
    if (shingle) set.add(shingle);
  }
  return set;
}

export interface ShingleOverlap {
  /** Share of a's shingles that b also has, 0..1. */
  aInB: number;
  /** Share of b's shingles that a also has, 0..1. */
  bInA: number;
}

/**
 * How much of one text is in the other, word for word: the test for "this page IS that article", which a
 * topical score cannot make (two outlets on one story share words, but rarely four-word runs throughout).
 * @example shingleOverlap('Putin arrived in Pyongyang today.', 'Putin arrived in Pyongyang today. Read more') // -> { aInB: 1, bInA: 0.5 }
 */
export function shingleOverlap(a: string, b: string): ShingleOverlap {
  const sa = shingles(a);
  const sb = shingles(b);
  let shared = 0;
  for (const s of sa) if (sb.has(s)) shared++;
  return { aInB: sa.size ? shared / sa.size : 0, bInA: sb.size ? shared / sb.size : 0 };
}
