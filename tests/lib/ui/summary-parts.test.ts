import { describe, expect, it } from 'vitest';
import { summaryParts } from '../../../lib/ui/summary-parts';
import type { ComparisonStats } from '../../../lib/types';

const stats = (words: ComparisonStats['words'], wordsA: number): ComparisonStats => ({
  sentences: { same: 1, reworded: 2, partial: 5, added: 3, omitted: 4, uncertain: 6 },
  words,
  wordsA,
  wordsB: 0,
  sharedShare: 0,
});

describe('summaryParts', () => {
  it.each([
    ['shares of the words shown', stats({ same: 5, reworded: 3, partial: 4, added: 2, omitted: 4, uncertain: 2 }, 10), [0.1, 0.2, 0.2, 0.15, 0.25, 0.1]],
    ['nothing to show', stats({ same: 0, reworded: 0, partial: 0, added: 0, omitted: 0, uncertain: 0 }, 0), [0, 0, 0, 0, 0, 0]],
  ])('%s', (_case, s, shares) => {
    const parts = summaryParts(s);
    expect(parts.map((p) => p.kind)).toEqual(['added', 'omitted', 'partial', 'reworded', 'same', 'uncertain']);
    expect(parts.map((p) => p.share)).toEqual(shares);
    expect(parts.map((p) => p.sentences)).toEqual([3, 4, 5, 2, 1, 6]);
  });
});
