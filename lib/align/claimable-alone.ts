import { words } from '../text/tokenize';
import type { Sentence } from '../types';

/** The settings of ALIGN_THRESHOLDS this rule reads. */
export interface AloneLimits {
  leadWords: number;
  leadShare: number;
  claimNeighbours: number;
}

/**
 * Which sentences of one article may be claimed as carried by it alone (added or omitted) when the other
 * article has nothing near them, given which of its sentences the other article covers (aligned, partly
 * covered or linked). Two places are left without a claim, because there the other article's silence is
 * not telling: a lexical model misses the paraphrase, and the judges found a counterpart (truth gold, dev
 * pairs, claims made before this rule):
 * - the headline and the lead (every sentence that starts within the body's first `leadWords` words, or its
 *   first `leadShare` of words if that is less): every report of a story states its main facts there, each
 *   in its own words (4 of 9 such claims were right);
 * - a sentence with a covered sentence at most `claimNeighbours` sentences away in its own paragraph: the
 *   other article reports that passage, and the rest of it is mostly a clause of it put otherwise (15 of 25).
 *   The items of a bulleted list are not one passage: each is a point of its own.
 * When the other article covers nothing at all, the two are not reports of one story, and every sentence
 * may be claimed.
 * @example
 * const s = segmentSentences({ title: 'T', text: 'One two three.\n\nFour five six.' });
 * claimableAlone(s, new Set([2]), { leadWords: 3, leadShare: 0.5, claimNeighbours: 2 }) // -> [false, false, true]
 */
export function claimableAlone(sentences: readonly Sentence[], covered: ReadonlySet<number>, limits: AloneLimits): boolean[] {
  // Two articles with nothing in common are not two reports of one story: each has its lead to itself.
  if (!covered.size) return sentences.map(() => true);
  const counts = sentences.map((s) => (s.kind === 'headline' ? 0 : words(s.text).length));
  const lead = Math.min(limits.leadWords, limits.leadShare * counts.reduce((sum, n) => sum + n, 0));
  let before = 0;
  return sentences.map((s, k) => {
    if (s.kind === 'headline') return false;
    const inLead = before < lead;
    before += counts[k] as number;
    if (inLead) return false;
    // A list's items are points of their own, even when the list is one paragraph.
    if (s.kind === 'bullet') return true;
    for (let d = 1; d <= limits.claimNeighbours; d++) {
      for (const n of [sentences[k - d], sentences[k + d]]) if (n && n.paragraph === s.paragraph && n.kind !== 'bullet' && covered.has(n.index)) return false;
    }
    return true;
  });
}
