import { describe, expect, it } from 'vitest';
import { summaryParts } from '../../../lib/ui/summary-parts';
import type { ComparisonStats } from '../../../lib/types';

const stats = (words: ComparisonStats['words'], wordsA: number): ComparisonStats => ({
  sentences: { same: 1, reworded: 2, added: 3, omitted: 4 },
  words,
  wordsA,
  wordsB: 0,
  sharedShare: 0,
});

describe('summaryParts', () => {
  it.each([
    ['shares of the words shown', stats({ same: 5, reworded: 3, added: 2, omitted: 10 }, 10), [0.1, 0.5, 0.15, 0.25]],
    ['nothing to show', stats({ same: 0, reworded: 0, added: 0, omitted: 0 }, 0), [0, 0, 0, 0]],
  ])('%s', (_case, s, shares) => {
    const parts = summaryParts(s);
    expect(parts.map((p) => p.kind)).toEqual(['added', 'omitted', 'reworded', 'same']);
    expect(parts.map((p) => p.share)).toEqual(shares);
    expect(parts.map((p) => p.sentences)).toEqual([3, 4, 2, 1]);
  });
});
