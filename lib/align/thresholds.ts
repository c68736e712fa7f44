/**
 * Alignment thresholds. The link probabilities (align, link, only) are chosen on the dev pairs of the truth gold
 * (`npm run eval:truth`, docs/truth-annotation.md), where they trade must-link recall against link precision and
 * the precision of "only one outlet has it" against its recall; the held-out pairs are only reported. The merge
 * values were set on the golden story fixtures, whose diffs are reviewed by hand.
 */
export const ALIGN_THRESHOLDS = {
  /** Link probability (lib/align/link-model.ts) at or above which two sentences are aligned as saying the same thing. */
  align: 0.8,
  /**
   * The same for the two headlines: two outlets' headlines on one story announce its main fact in few words of
   * their own, so a link between them is an alignment (dev link precision 0.783 -> 0.790, held out 0.855 -> 0.869).
   */
  alignHeadlines: 0.6,
  /**
   * Link probability at or above which two sentences are linked: the one carries (part of) the other's content, and
   * a sentence in no alignment with such a link is shown as partly covered. Chosen on the dev pairs as the lowest
   * setting with link precision over 0.9 (5 December; 0.6 / 0.7 / 0.72 / 0.75 / 0.8: dev link precision 0.865 /
   * 0.892 / 0.896 / 0.917 / 0.932, must-link recall 0.492 / 0.450 / 0.443 / 0.435 / 0.405; held out, reported only:
   * 0.879 / 0.873 / 0.883 / 0.904 / 0.912 and 0.525 / 0.467 / 0.458 / 0.442 / 0.433). A false link is a false claim;
   * a pair under it is left uncertain, never claimed as one outlet's alone (`cover`).
   */
  link: 0.75,
  /**
   * Link probability at or above which a sentence counts as covered by the other side when claims of "only one
   * outlet has it" are weighed (lib/align/claimable-alone.ts: not beside a covered sentence). Weaker than a link:
   * a pair the model gives 0.6 is too uncertain to show as coverage but still evidence that the other side is not
   * silent there. Apart from `link` since 5 December, it keeps the "only one" claims exactly as they were with
   * links at 0.6 (dev precision 0.904, recall 0.466; with the neighbours covered at 0.75 instead: 0.903 / 0.481).
   */
  cover: 0.6,
  /**
   * A sentence with no link whose strongest link probability is below this is claimed by one outlet only
   * (added or omitted); between this and `link` nothing is claimed either way (uncertain).
   */
  only: 0.1,
  /**
   * No sentence that starts within the body's first this many words (nor the headline) is claimed by one outlet
   * only: every report of a story states its main facts in its lead, in its own words (lib/align/claimable-alone.ts).
   * With the next setting, on the truth gold: "only one" precision dev 0.872 -> 0.952, held out 0.826 -> 0.883,
   * all 0.854 -> 0.926; recall 0.477 -> 0.435 (on the dev pairs 90 and 120 words did alike, 30-70 less well).
   */
  leadWords: 90,
  /** ... or its first this share of words, if that is less: a short piece has a short lead. */
  leadShare: 0.25,
  /** Nor is a sentence with a covered sentence at most this many sentences away in its own paragraph. */
  claimNeighbours: 2,
  /**
   * Two sentences at least this share quotation (by characters) that quote no remark in common are two
   * different remarks and are never linked on their words (lib/quotes/other-remarks.ts). On the dev pairs:
   * link precision 0.797 -> 0.842, must-link recall 0.494 -> 0.482 ("only one outlet has it" unchanged;
   * 0.5: 0.838 / 0.470; 0.9: 0.824 / 0.494); held out unchanged (0.869 / 0.532).
   */
  remarkShare: 0.7,
  /**
   * Link probability at or above which two sentences in different groups are still read for drift: a value two
   * reports state differently is often in a sentence that shares only that fact with the other ("his term ends in
   * 2019" beside another clause), so never aligned. Such passages are read as not aligned (findDrift's `passing`).
   * Hand-judged drifts found (full gold and drift gold: 16) / items listed over all 300 BASIL pairs: aligned
   * groups only 3 / 4; >= 0.45: 4 / 5, all 5 judged real; >= 0.3: 4 / 7; >= 0.2: 4 / 9; >= 0.1: 4 / 13. Without
   * `passing`, >= 0.45 listed 10, and only 5 were judged real (tests/fixtures/truth/verdicts/drift-linked.json).
   */
  driftLink: 0.45,
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
