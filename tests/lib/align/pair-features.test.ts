import { describe, expect, it } from 'vitest';
import { candidatePairs } from '../../../lib/align/candidate-pairs';
import { pairFeatures, PAIR_FEATURES } from '../../../lib/align/pair-features';
import { sentenceBags } from '../../../lib/align/sentence-bags';

const featured = (a: string[], b: string[], headlines = false) => {
  const bags = sentenceBags(a, b);
  const pairs = pairFeatures(bags, candidatePairs(bags.idsA, bags.idsB, bags.df, 24), headlines, headlines);
  return (i: number, j: number) => {
    const pair = pairs.find((p) => p.i === i && p.j === j);
    return pair && Object.fromEntries(PAIR_FEATURES.map((name, k) => [name, pair.features[k] as number]));
  };
};

describe('pairFeatures', () => {
  const a = ['Putin met Kim in Pyongyang.', 'The talks lasted two hours in the capital.', 'Markets were calm.'];
  const b = ['Kim met Putin in Pyongyang on Wednesday.', 'The talks lasted two hours.', 'Seoul watched.'];
  const f = featured(a, b);

  it('reads the same sentences as the same (Dice 1, contained both ways)', () => {
    const same = featured(['Putin met Kim.'], ['Kim met Putin.'])(0, 0);
    expect(same).toMatchObject({ dice: 1, containMin: 1, containMax: 1, bestOfEither: 1, mutualBest: 1 });
  });

  it.each([
    ['a short sentence carried by a long one: contained in it, Dice lower', 0, 0, (x: Record<string, number>) => x.containMin === 1 && (x.dice as number) < 1],
    ['neighbours that match lend context', 1, 1, (x: Record<string, number>) => (x.context as number) > 0],
    ['the pair is each other\'s best', 1, 1, (x: Record<string, number>) => x.mutualBest === 1],
    ['a detail only these two give counts as rare', 1, 1, (x: Record<string, number>) => (x.rareShared as number) >= 2],
  ])('%s', (_name, i, j, check) => {
    expect(check(f(i, j) as Record<string, number>)).toBe(true);
  });

  it('gives no pair to sentences that share nothing', () => {
    expect(f(2, 2)).toBeUndefined();
  });

  it('knows headlines: either, and both', () => {
    const g = featured(['Putin visits Pyongyang', 'Putin arrived in Pyongyang today.'], ['Putin lands in Pyongyang', 'Putin landed in Pyongyang today.'], true);
    expect(g(0, 0)).toMatchObject({ headline: 1, headlines: 1 });
    expect(g(0, 1)).toMatchObject({ headline: 1, headlines: 0 });
    expect(g(1, 1)).toMatchObject({ headline: 0, headlines: 0 });
  });

  it('is symmetric: the mirrored pair has the same features', () => {
    const mirrored = featured(b, a);
    for (const [i, j] of [[0, 0], [1, 1], [0, 1]]) expect(mirrored(j!, i!)).toEqual(f(i!, j!));
  });
});
