/**
 * Weights of the link model (lib/align/link-model.ts), in PAIR_FEATURES order. Written by
 * `npx tsx scripts/eval/train-link-model.ts` from the 12 dev pairs of the truth gold
 * (2491 candidate pairs, 288 linked by the judges); do not edit by hand.
 */
export const LINK_MODEL_WEIGHTS = {
  weights: [2.0956, 2.2102, 1.8887, 1.3761, 0.4707, 7.2591, -0.1843, 0.3238, -0.0791, 0.1555, 1.1071],
  bias: -5.2616,
} as const;
