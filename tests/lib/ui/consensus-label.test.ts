import { describe, expect, it } from 'vitest';
import { consensusLabel } from '../../../lib/ui/consensus-label';
import type { SentenceConsensus } from '../../../lib/match/types';

const sentences: SentenceConsensus[] = [
  { index: 0, text: 'A.', carriedBy: ['b', 'c', 'd'] },
  { index: 1, text: 'B.', carriedBy: ['b'] },
  { index: 2, text: 'C.', carriedBy: [] },
];

describe('consensusLabel', () => {
  it.each([
    ['a sentence every other outlet carries', [0], 3, { key: 'consensusCount', subs: ['4', '4'] }],
    ['a sentence one other carries', [1], 3, { key: 'consensusCount', subs: ['2', '4'] }],
    ['a sentence no other carries', [2], 3, { key: 'consensusOnlyThis', subs: [] }],
    ['a group of sentences: the least carried one', [0, 1], 3, { key: 'consensusCount', subs: ['2', '4'] }],
    ['a sentence missing from the consensus', [9], 3, { key: 'consensusOnlyThis', subs: [] }],
    ['no sentence of this outlet (an omitted group)', [], 3, undefined],
    ['no other outlet', [0], 0, undefined],
  ])('%s', (_case, indices, others, expected) => {
    expect(consensusLabel(indices, sentences, others)).toEqual(expected);
  });
});
