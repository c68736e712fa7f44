import { describe, expect, it } from 'vitest';
import { sentenceBags } from '../../../lib/align/sentence-bags';

describe('sentenceBags', () => {
  const bags = sentenceBags(['Putin arrived in Pyongyang.', 'Kim greeted Putin.'], ['Putin landed in Pyongyang.']);

  it('numbers the keys of both sides in one sorted vocabulary, each sentence\'s numbers sorted', () => {
    for (const ids of [...bags.idsA, ...bags.idsB]) expect(ids).toEqual([...ids].sort((x, y) => x - y));
    // arriv, greet, kim, land, putin, pyongyang: putin is in all three sentences.
    expect(bags.df).toEqual([1, 1, 1, 1, 3, 2]);
  });

  it('weighs a key by its rarity across both articles', () => {
    const [first] = bags.bagsA;
    const weight = (id: number) => first!.weights[first!.keys.indexOf(id)] as number;
    expect(weight(0)).toBeGreaterThan(weight(5));
    expect(weight(5)).toBeGreaterThan(weight(4));
  });

  it.each([
    ['no sentences', [], []],
    ['sentences without content words', ['Of the.'], ['It is.']],
  ])('%s: empty bags, no keys', (_name, a, b) => {
    const empty = sentenceBags(a, b);
    expect(empty.df).toEqual([]);
    expect([...empty.bagsA, ...empty.bagsB].every((bag) => bag.total === 0)).toBe(true);
  });
});
