import { contentKeys } from './content-keys';
import { dice, makeBag } from './weighted-bag';

/**
 * How much two sentences say the same thing, 0..1: weighted Dice over their content keys, so case,
 * spelling variants, inflection and function words do not count against them. Without weights every
 * key counts 1; alignment passes rarity weights from the two articles.
 * @example sentenceSimilarity('The defence programmes are growing.', 'Defense programs grow.') // -> 1
 */
export function sentenceSimilarity(a: string, b: string, weight: (key: string) => number = () => 1): number {
  return dice(makeBag(contentKeys(a), weight), makeBag(contentKeys(b), weight));
}
