/**
 * Alignment thresholds. The link probabilities (align, link, only) are chosen on the dev pairs of the truth gold
 * (`npm run eval:truth`, docs/truth-annotation.md), where they trade must-link recall against link precision and
 * the precision of "only one outlet has it" against its recall; the held-out pairs are only reported. The merge
 * values were set on the golden story fixtures, whose diffs are reviewed by hand.
 */
export const ALIGN_THRESHOLDS = {
  /** Link probability (lib/align/link-model.ts) at or above which two sentences are aligned as saying the same thing. */
  align: 0.8,
  /** Link probability at or above which two sentences are linked: the one carries (part of) the other's content. */
  link: 0.6,
  /**
   * A sentence with no link whose strongest link probability is below this is claimed by one outlet only
   * (added or omitted); between this and `link` nothing is claimed either way (uncertain).
   */
  only: 0.1,
  /** A sentence that says what two or three of the other's say together: Dice of it with their union at least this. */
  joint: 0.4,
  /** An extra sentence joins a group when this share of its weight is found in the other side and not yet explained. */
  mergeGain: 0.4,
  /** At most this many sentences on one side of a group (n:1 and 1:n up to 3). */
  maxGroupSide: 3,
  /**
   * Keys found in more sentences than this are not used to retrieve candidates (they still count in
   * scores; a sentence's rarest key always retrieves). A fixed cap keeps the candidate pairs near-linear
   * in the text: a key in k sentences of each side yields up to k x k pairs. 24 rather than 40: a
   * 10,000-word compare 88-118 -> 74-82 ms, and not one aligned group changed on 874 groups of the BASIL
   * same-event pairs or on 43 bench pairs of 1,000-10,000 words (16 changed one BASIL group).
   */
  maxPostings: 24,
} as const;

export type AlignThresholds = { readonly [K in keyof typeof ALIGN_THRESHOLDS]: number };
