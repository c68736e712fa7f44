import { documentFrequencies } from './document-frequencies';

/**
 * Inverse document frequency of each key over a set of sentences: a word found in many sentences
 * ("Putin" in a Putin story) says little about which sentences match; a rare one ("landmine") says a lot.
 * Numbers weigh extra: a shared figure is strong evidence that two sentences report the same fact.
 * A caller that has counted the document frequencies of these sentences already passes them.
 * @example termWeights([['putin', 'kim'], ['putin']]).get('kim')! > termWeights([['putin', 'kim'], ['putin']]).get('putin')! // -> true
 */
export function termWeights(keyLists: readonly (readonly string[])[], df: ReadonlyMap<string, number> = documentFrequencies(keyLists)): Map<string, number> {
  const n = keyLists.length;
  const weights = new Map<string, number>();
  for (const [k, count] of df) {
    const idf = Math.log(1 + (n + 1) / (count + 0.5));
    weights.set(k, /^\p{N}/u.test(k) ? idf * NUMBER_BOOST : idf);
  }
  return weights;
}

/** How much more a shared number counts than a shared word of the same rarity. */
export const NUMBER_BOOST = 1.5;
