import { forEachShingle } from '../match/word-shingles';
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

/**
 * False when a stored text's own 4-grams, read in order, already miss `a` more than isNearDuplicate
 * allows, given the text's count of distinct 4-grams (`shingles`, kept with the record): it stops there,
 * building no set of them. An add reads every stored text that shares a sketch value with the new one,
 * most of them not copies (6.6 an add on the bench's store of 100,000), and splitting seven such texts
 * into sets took 2.8 ms at the median, 13 ms at the 95th percentile, in Node. Never false for a pair
 * isNearDuplicate accepts; a true answer is only a maybe, which isNearDuplicate then settles.
 * @example couldBeNearDuplicateText(wordShingles(story), { text: otherStory, shingles: 120 }) // -> false
 */
export function couldBeNearDuplicateText(a: ReadonlySet<string>, b: { text: string; shingles: number }): boolean {
  const missed = new Set<string>();
  // Distinct 4-grams of b that a lacks: b's share carried by a can only fall as they come.
  const tooMany = () => (b.shingles - missed.size) / b.shingles < NEAR_DUPLICATE_OVERLAP;
  forEachShingle(b.text, (shingle) => {
    if (a.has(shingle)) return true;
    missed.add(shingle);
    return !tooMany();
  });
  return !tooMany();
}
