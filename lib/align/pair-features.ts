import type { SentenceBags } from './sentence-bags';
import type { WeightedBag } from './weighted-bag';

/**
 * What the link model reads about a candidate pair, in this order. Each is cheap to compute from the two
 * sentences' weighted bags and their neighbours:
 * - dice: weighted Dice of the two bags (how much they say the same thing);
 * - containMin / containMax: the shared weight over the smaller / larger bag (a short sentence carried by a long one);
 * - logShared: how much is shared, absolutely (log 1 + weight): five shared rare words beat one;
 * - rareShared: shared keys found in no other sentence of either article (up to 4): a detail only these two give;
 * - context: the best Dice of the neighbouring pairs (i-1, j-1) and (i+1, j+1), times containMin: outlets keep runs
 *   of facts together, but a neighbour vouches only for a pair that shares something itself (a weekday is not enough);
 * - bestOfEither / mutualBest: whether one of them, or each, is the other's closest sentence by Dice (both
 *   read the pair the same way from either side, so the model stays symmetric);
 * - logKeys: log 1 + the smaller sentence's number of content keys (short sentences match by chance);
 * - headline: either sentence is a headline (headlines compress, so they share less with what they announce);
 * - headlines: both are (two outlets' headlines on one story mostly announce the same main fact).
 */
export const PAIR_FEATURES = ['dice', 'containMin', 'containMax', 'logShared', 'rareShared', 'context', 'bestOfEither', 'mutualBest', 'logKeys', 'headline', 'headlines'] as const;

export interface FeaturedPair {
  i: number;
  j: number;
  /** Weight of the keys the two bags share. */
  shared: number;
  /** Weighted Dice, 0..1. */
  similarity: number;
  /** Values in PAIR_FEATURES order. */
  features: number[];
}

const MAX_RARE = 4;

/** Shared weight and the number of shared keys no third sentence has, in one walk over the sorted keys. */
function overlap(x: WeightedBag<number>, y: WeightedBag<number>, df: readonly number[]): { shared: number; rare: number } {
  let i = 0;
  let j = 0;
  let shared = 0;
  let rare = 0;
  while (i < x.keys.length && j < y.keys.length) {
    const a = x.keys[i] as number;
    const b = y.keys[j] as number;
    if (a === b) {
      shared += x.weights[i] as number;
      if ((df[a] as number) <= 2) rare++;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return { shared, rare };
}

/**
 * The features of each candidate pair (see PAIR_FEATURES). `headlineA` / `headlineB` say whether the first
 * sentence of a side is its headline.
 * @example pairFeatures(sentenceBags(['Putin arrived.'], ['Putin landed.']), [[0, 0]], false, false)[0].features.length // -> 11
 */
export function pairFeatures(bags: SentenceBags, pairs: ReadonlyArray<readonly [number, number]>, headlineA: boolean, headlineB: boolean): FeaturedPair[] {
  const { bagsA, bagsB, df } = bags;
  const width = bagsB.length;
  const measured = pairs.map(([i, j]) => {
    const x = bagsA[i] as WeightedBag<number>;
    const y = bagsB[j] as WeightedBag<number>;
    const { shared, rare } = overlap(x, y, df);
    const total = x.total + y.total;
    return { i, j, shared, rare, similarity: total === 0 ? 0 : (2 * shared) / total };
  });
  const diceOf = new Map<number, number>();
  const bestA = new Float64Array(bagsA.length);
  const bestB = new Float64Array(bagsB.length);
  for (const p of measured) {
    diceOf.set(p.i * width + p.j, p.similarity);
    if (p.similarity > (bestA[p.i] as number)) bestA[p.i] = p.similarity;
    if (p.similarity > (bestB[p.j] as number)) bestB[p.j] = p.similarity;
  }
  const dice = (i: number, j: number) => (i < 0 || j < 0 || j >= width ? 0 : (diceOf.get(i * width + j) ?? 0));
  return measured.map(({ i, j, shared, rare, similarity }) => {
    const x = bagsA[i] as WeightedBag<number>;
    const y = bagsB[j] as WeightedBag<number>;
    const small = Math.min(x.total, y.total);
    const large = Math.max(x.total, y.total);
    const ofA = similarity > 0 && similarity >= (bestA[i] as number) ? 1 : 0;
    const ofB = similarity > 0 && similarity >= (bestB[j] as number) ? 1 : 0;
    const features = [
      similarity,
      small ? shared / small : 0,
      large ? shared / large : 0,
      Math.log1p(shared),
      Math.min(rare, MAX_RARE),
      Math.max(dice(i - 1, j - 1), dice(i + 1, j + 1)) * (small ? shared / small : 0),
      Math.max(ofA, ofB),
      ofA * ofB,
      Math.log1p(Math.min(x.keys.length, y.keys.length)),
      (headlineA && i === 0) || (headlineB && j === 0) ? 1 : 0,
      headlineA && headlineB && i === 0 && j === 0 ? 1 : 0,
    ];
    return { i, j, shared, similarity, features };
  });
}
