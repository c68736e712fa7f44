import { describe, expect, it } from 'vitest';
import { agreement } from '../../../../scripts/eval/truth/agreement';
import type { GoldPair } from '../../../../scripts/eval/truth/gold-types';

const judge = (links: GoldPair['links'], only: GoldPair['only'], quotes: GoldPair['quotes'] = []): GoldPair => ({
  year: '2010', a: 'x', b: 'y', split: 'dev', judged: { by: 'j', date: '2026-12-01' }, links, only, quotes, drift: [],
});

const first = judge([{ a: 't', b: 't', strength: 'must' }, { a: 'p0s0', b: 'p1s0', strength: 'must' }, { a: 'p1s0', b: 'p1s0', strength: 'may' }], { a: ['p2s0'], b: ['p0s0'] }, [{ a: 'p0s0', b: 'p1s0', class: 'trimmed' }]);

describe('agreement', () => {
  it.each([
    ['a judge against itself agrees fully', first, { mustLinks: 2, mustFound: 2, links: 3, linksTrue: 3, only: 2, onlyTrue: 2, goldOnly: 2, quotePairs: 1, quotePairsShared: 1, quoteClassSame: 1 }],
    [
      'a second judge missing a must link, adding a false one, calling a linked unit only and a quote identical',
      judge([{ a: 't', b: 't', strength: 'may' }, { a: 'p2s0', b: 'p0s0', strength: 'may' }], { a: ['p0s0'], b: [] }, [{ a: 'p0s0', b: 'p1s0', class: 'identical' }]),
      { mustLinks: 2, mustFound: 1, links: 2, linksTrue: 1, only: 1, onlyTrue: 0, goldOnly: 2, quotePairs: 1, quotePairsShared: 1, quoteClassSame: 0 },
    ],
  ])('%s', (_name, other, expected) => {
    expect(agreement(first, other)).toEqual(expected);
  });
});
