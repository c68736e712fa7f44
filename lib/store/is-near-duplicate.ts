import { shingleOverlap } from '../match/shingle-overlap';

/**
 * Share of each text's word 4-grams the other must carry for the two to be one article: a copy with
 * other furniture, or a version with a corrected line or an added paragraph. Two outlets writing up the
 * same event share far fewer (BASIL same-event pairs: at most 36 % of the shorter text's).
 */
export const NEAR_DUPLICATE_OVERLAP = 0.9;

/**
 * True when two texts (their wordShingles) are the same article word for word, or nearly: each carries
 * at least NEAR_DUPLICATE_OVERLAP of the other's 4-grams.
 * @example isNearDuplicate(wordShingles(story), wordShingles(`${story}\n\nUpdated at 10:42.`)) // -> true
 */
export function isNearDuplicate(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const { aInB, bInA } = shingleOverlap(a, b);
  return aInB >= NEAR_DUPLICATE_OVERLAP && bInA >= NEAR_DUPLICATE_OVERLAP;
}

/**
 * False when two texts' 4-gram counts alone rule out isNearDuplicate (the shared 4-grams are at most
 * the smaller count, and must be NEAR_DUPLICATE_OVERLAP of the larger): the store checks this on the
 * counts it keeps before it reads and splits a candidate's text.
 * @example couldBeNearDuplicate(1000, 850) // -> false
 */
export function couldBeNearDuplicate(aCount: number, bCount: number): boolean {
  return Math.min(aCount, bCount) >= NEAR_DUPLICATE_OVERLAP * Math.max(aCount, bCount);
}
