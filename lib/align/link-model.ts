import { LINK_MODEL_WEIGHTS } from './link-model-weights';
import { PAIR_FEATURES } from './pair-features';

/**
 * The probability that two sentences of two outlets' reports carry the same fact or statement (in full or
 * in part), from their pair features: a logistic model fitted on the hand-judged BASIL pairs of the dev
 * split (`npx tsx scripts/eval/train-link-model.ts` writes the weights; docs/truth-annotation.md).
 * @example linkProbability([1, 1, 1, 3, 4, 0.5, 1, 1, 2, 0]) // -> 0.99…
 */
export function linkProbability(features: readonly number[]): number {
  let z = LINK_MODEL_WEIGHTS.bias;
  for (let k = 0; k < PAIR_FEATURES.length; k++) z += (LINK_MODEL_WEIGHTS.weights[k] as number) * (features[k] as number);
  return 1 / (1 + Math.exp(-z));
}
