/**
 * A set of word keys with a weight each, sorted by key. Sorting makes every sum run in the same order
 * whichever side a bag is on, so similarity is exactly symmetric and comparisons are deterministic.
 * Keys are word keys, or their numbers in a sorted vocabulary (faster to compare, same order).
 */
export interface WeightedBag<K extends string | number = string | number> {
  keys: readonly K[];
  weights: readonly number[];
  total: number;
}

const ascending = <K extends string | number>(x: K, y: K) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * Builds a bag from sorted unique keys and a weight function.
 * @example makeBag(['kim', 'putin'], () => 1).total // -> 2
 */
export function makeBag<K extends string | number>(sortedKeys: readonly K[], weight: (key: K) => number): WeightedBag<K> {
  const weights = sortedKeys.map(weight);
  return { keys: sortedKeys, weights, total: weights.reduce((sum, w) => sum + w, 0) };
}

/**
 * Total weight of the keys two bags share (a merge walk over the sorted keys).
 * @example sharedWeight(makeBag(['a', 'b'], () => 1), makeBag(['b', 'c'], () => 1)) // -> 1
 */
export function sharedWeight<K extends string | number>(x: WeightedBag<K>, y: WeightedBag<K>): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.keys.length && j < y.keys.length) {
    const a = x.keys[i] as K;
    const b = y.keys[j] as K;
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
export function unionBags<K extends string | number>(bags: readonly WeightedBag<K>[]): WeightedBag<K> {
  if (bags.length === 1) return bags[0] as WeightedBag<K>;
  const byKey = new Map<K, number>();
  for (const bag of bags) bag.keys.forEach((k, i) => byKey.set(k, bag.weights[i] as number));
  const keys = [...byKey.keys()].sort(ascending);
  return makeBag(keys, (k) => byKey.get(k) as number);
}

/**
 * Weighted Dice coefficient: twice the shared weight over both totals, 0..1.
 * @example dice(makeBag(['a', 'b'], () => 1), makeBag(['b', 'c'], () => 1)) // -> 0.5
 */
export function dice<K extends string | number>(x: WeightedBag<K>, y: WeightedBag<K>): number {
  const total = x.total + y.total;
  return total === 0 ? 0 : (2 * sharedWeight(x, y)) / total;
}
