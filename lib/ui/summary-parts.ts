import type { ComparisonStats, GroupKind } from '../types';

export interface SummaryPart {
  kind: GroupKind;
  sentences: number;
  words: number;
  /** Share of all words shown (this outlet's words plus the other's omitted ones), 0..1. */
  share: number;
}

/** The summary bar's order: what this outlet did, then what it shares, then what no claim is made about. */
const ORDER: readonly GroupKind[] = ['added', 'omitted', 'partial', 'reworded', 'same', 'uncertain'];

/**
 * The summary bar's segments: sentences and words per kind, and each kind's share of the words the
 * reader sees (this outlet's text plus the other's sentences shown inline), so the shares add up to 1.
 * @example summaryParts({ sentences: { same: 1, reworded: 0, partial: 0, added: 1, omitted: 0, uncertain: 0 }, words: { same: 6, reworded: 0, partial: 0, added: 2, omitted: 0, uncertain: 0 }, wordsA: 8, wordsB: 6, sharedShare: 0.75 })[0]
 * // -> { kind: 'added', sentences: 1, words: 2, share: 0.25 }
 */
export function summaryParts(stats: ComparisonStats): SummaryPart[] {
  const total = ORDER.reduce((sum, kind) => sum + stats.words[kind], 0);
  return ORDER.map((kind) => ({ kind, sentences: stats.sentences[kind], words: stats.words[kind], share: total ? stats.words[kind] / total : 0 }));
}
