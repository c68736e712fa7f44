/**
 * Weights of the link model (lib/align/link-model.ts), in PAIR_FEATURES order. Written by
 * `npx tsx scripts/eval/train-link-model.ts` from the 22 dev pairs of the truth gold
 * (4969 candidate pairs, 479 linked by the judges); do not edit by hand.
 */
export const LINK_MODEL_WEIGHTS = {
  weights: [3.0125, 1.9957, 2.9819, 1.1848, 0.6218, 7.0787, -0.1891, 0.0158, -0.007, 0.3376, 1.6928],
  bias: -5.4489,
} as const;
