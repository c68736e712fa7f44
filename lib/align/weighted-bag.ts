/**
 * A set of word keys with a weight each, sorted by key. Sorting makes every sum run in the same order
 * whichever side a bag is on, so similarity is exactly symmetric and comparisons are deterministic.
 */
export interface WeightedBag {
  keys: readonly string[];
  weights: readonly number[];
  total: number;
}

/**
 * Builds a bag from sorted unique keys and a weight function.
 * @example makeBag(['kim', 'putin'], () => 1).total // -> 2
 */
export function makeBag(sortedKeys: readonly string[], weight: (key: string) => number): WeightedBag {
  const weights = sortedKeys.map(weight);
  return { keys: sortedKeys, weights, total: weights.reduce((sum, w) => sum + w, 0) };
}

/**
 * Total weight of the keys two bags share (a merge walk over the sorted keys).
 * @example sharedWeight(makeBag(['a', 'b'], () => 1), makeBag(['b', 'c'], () => 1)) // -> 1
 */
export function sharedWeight(x: WeightedBag, y: WeightedBag): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.keys.length && j < y.keys.length) {
    const a = x.keys[i] as string;
    const b = y.keys[j] as string;
    if (a === b) {
      shared += x.weights[i] as number;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return shared;
}

/**
 * The union of bags (a sentence group read as one text).
 * @example unionBags([makeBag(['a'], () => 1), makeBag(['a', 'b'], () => 1)]).keys // -> ['a', 'b']
 */
export function unionBags(bags: readonly WeightedBag[]): WeightedBag {
  const byKey = new Map<string, number>();
  for (const bag of bags) bag.keys.forEach((k, i) => byKey.set(k, bag.weights[i] as number));
  const keys = [...byKey.keys()].sort();
  return makeBag(keys, (k) => byKey.get(k) as number);
}

/**
 * Weighted Dice coefficient: twice the shared weight over both totals, 0..1.
 * @example dice(makeBag(['a', 'b'], () => 1), makeBag(['b', 'c'], () => 1)) // -> 0.5
 */
export function dice(x: WeightedBag, y: WeightedBag): number {
  const total = x.total + y.total;
  return total === 0 ? 0 : (2 * sharedWeight(x, y)) / total;
}
