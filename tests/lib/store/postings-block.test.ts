import { describe, expect, it } from 'vitest';
import { blockPostings, findTerm, packBlock, unpackBlock, type TermPostings } from '../../../lib/store/postings-block';

const postings = new Map<string, TermPostings>([
  ['putin', { docs: [1, 4], weights: [1414, 2000] }],
  ['kim', { docs: [4], weights: [1000] }],
  ['empty', { docs: [], weights: [] }],
]);

describe('postings blocks', () => {
  it('pack sorts the terms and leaves out terms without postings', () => {
    const block = packBlock(postings);
    expect(block.terms).toEqual(['kim', 'putin']);
    expect(Array.from(block.ends)).toEqual([1, 3]);
    expect(Array.from(block.docs)).toEqual([4, 1, 4]);
  });

  it.each([
    ['kim', { docs: [4], weights: [1000] }],
    ['putin', { docs: [1, 4], weights: [1414, 2000] }],
    ['absent', undefined],
  ])('blockPostings(%s)', (term, expected) => {
    const found = blockPostings(packBlock(postings), term);
    expect(found && { docs: Array.from(found.docs), weights: Array.from(found.weights) }).toEqual(expected);
  });

  it('unpack gives back what was packed', () => {
    const again = unpackBlock(packBlock(postings));
    expect(again).toEqual(new Map([...postings].filter(([, p]) => p.docs.length)));
  });

  it.each([
    [['a', 'b', 'c'], 'b', 1],
    [['a', 'b', 'c'], 'a', 0],
    [['a', 'b', 'c'], 'd', -1],
    [[], 'a', -1],
  ])('findTerm(%j, %s) -> %i', (terms, term, at) => {
    expect(findTerm(terms, term)).toBe(at);
  });
});
