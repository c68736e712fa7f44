/**
 * Inverse document frequency of each key, from the number of sentences it occurs in (see
 * sentenceBags) out of `sentenceCount`: a word found in many sentences ("Putin" in a Putin story)
 * says little about which sentences match; a rare one ("landmine") says a lot.
 * Numbers weigh extra: a shared figure is strong evidence that two sentences report the same fact.
 * @example termWeights(new Map([['putin', 2], ['kim', 1]]), 2).get('kim')! > termWeights(new Map([['putin', 2], ['kim', 1]]), 2).get('putin')! // -> true
 */
export function termWeights(df: ReadonlyMap<string, number>, sentenceCount: number): Map<string, number> {
  const weights = new Map<string, number>();
  for (const [k, count] of df) {
    const idf = Math.log(1 + (sentenceCount + 1) / (count + 0.5));
    weights.set(k, /^\p{N}/u.test(k) ? idf * NUMBER_BOOST : idf);
  }
  return weights;
}

/** How much more a shared number counts than a shared word of the same rarity. */
export const NUMBER_BOOST = 1.5;
