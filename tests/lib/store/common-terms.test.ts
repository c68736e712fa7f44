import { describe, expect, it } from 'vitest';
import { commonFloor, commonFrequency, commonTermsOf } from '../../../lib/store/common-terms';

describe('commonFloor', () => {
  it.each([
    ['an empty store: two, never fewer', 0, 2],
    ['a small store: still two (a term of one article is no common word)', 300, 2],
    ['the last size where 1/256 rounds up to two', 512, 2],
    ['one article more: three', 513, 3],
    ['10,000 articles', 10_000, 40],
    ['100,000 articles', 100_000, 391],
  ])('%s', (_name, size, floor) => {
    expect(commonFloor(size)).toBe(floor);
  });
});

describe('commonTermsOf', () => {
  it.each([
    ['keeps the terms at or over the floor from every head, sorted', [[['court', 'said'], [2, 9]], [['ahead', 'mayor'], [5, 1]]], { terms: ['ahead', 'court', 'said'], df: [5, 2, 9] }],
    ['no head: an empty table', [], { terms: [], df: [] }],
    ['no term common enough: an empty table', [[['rare'], [1]]], { terms: [], df: [] }],
  ] as const)('%s', (_name, heads, expected) => {
    const common = commonTermsOf(100);
    for (const [terms, df] of heads) common.add(terms, Uint32Array.from(df));
    const table = common.table();
    expect({ terms: table.terms, df: [...table.df] }).toEqual(expected);
  });
});

describe('commonFrequency', () => {
  const table = { terms: ['ahead', 'court', 'said'], df: Uint32Array.of(5, 2, 9) };
  it.each([
    ['a listed term', 'said', 9],
    ['the first', 'ahead', 5],
    ['a term not listed', 'mayor', undefined],
    ['a prefix of a listed term', 'sai', undefined],
  ])('%s', (_name, term, df) => {
    expect(commonFrequency(table, term)).toBe(df);
  });
});
