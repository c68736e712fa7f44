import { describe, expect, it } from 'vitest';
import { appendToBlock, blockPostings, findTerm, packBlock, unionOfSorted, unpackBlock, type TermPostings } from '../../../lib/store/postings-block';

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

  it.each([
    [['kim', 'seoul'], ['putin', 'seoul'], ['kim', 'putin', 'seoul']],
    [[], ['kim'], ['kim']],
    [['kim'], [], ['kim']],
    [['b'], ['a', 'c'], ['a', 'b', 'c']],
  ])('unionOfSorted(%j, %j) -> %j', (a, b, union) => {
    expect(unionOfSorted(a, b)).toEqual(union);
  });

  it.each<[string, Map<string, Array<{ docNo: number; weight: number }>>]>([
    ['to a term it has and a new one', new Map([['putin', [{ docNo: 7, weight: 500 }]], ['abe', [{ docNo: 7, weight: 900 }, { docNo: 8, weight: 100 }]]])],
    ['nothing', new Map()],
  ])('appending %s equals packing the whole again', (_case, added) => {
    const whole = new Map([...postings].map(([term, p]) => [term, { docs: [...p.docs], weights: [...p.weights] }]));
    for (const [term, list] of added) {
      const p = whole.get(term) ?? { docs: [], weights: [] };
      whole.set(term, { docs: [...p.docs, ...list.map((x) => x.docNo)], weights: [...p.weights, ...list.map((x) => x.weight)] });
    }
    expect(appendToBlock(packBlock(postings), added)).toEqual(packBlock(whole));
  });
});
