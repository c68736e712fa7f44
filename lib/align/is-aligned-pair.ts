import type { AlignThresholds } from './thresholds';
import type { WeightedBag } from './weighted-bag';

/**
 * Whether two sentences say the same thing: weighted Dice at the pair threshold, or the shorter one
 * mostly contained in the longer one (the longer adds details) at a lower Dice, if it has enough content
 * words for containment to mean something.
 * @example isAlignedPair(3, makeBag(['a', 'b', 'c'], () => 1), makeBag(['a', 'b', 'c', 'd', 'e', 'f'], () => 1), ALIGN_THRESHOLDS) // -> true
 */
export function isAlignedPair(shared: number, x: WeightedBag, y: WeightedBag, thresholds: AlignThresholds): boolean {
  const total = x.total + y.total;
  if (total === 0) return false;
  const similarity = (2 * shared) / total;
  if (similarity >= thresholds.pair) return true;
  const smaller = x.total <= y.total ? x : y;
  return (
    smaller.keys.length >= thresholds.minContainedKeys && shared / smaller.total >= thresholds.containment && similarity >= thresholds.containedPair
  );
}
