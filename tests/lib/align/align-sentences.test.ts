import { describe, expect, it } from 'vitest';
import { alignSentences, type Alignment } from '../../../lib/align/align-sentences';

const sides = (alignments: Alignment[]) => alignments.map((g) => [g.a, g.b]).sort((x, y) => String(x).localeCompare(String(y)));

const story = {
  a: [
    'Russian President Vladimir Putin arrived in Pyongyang early on Wednesday.',
    'Kim Jong-un welcomed him at the airport.',
    'The two leaders signed a mutual defence pact.',
    'Local markets were closed for the holiday.',
  ],
  b: [
    'Kim Jong Un and Putin signed a mutual defense pact on Wednesday.',
    'Putin landed in Pyongyang early Wednesday, where Kim Jong Un welcomed him at the airport.',
    'Washington said it was watching closely.',
  ],
};

describe('alignSentences', () => {
  it.each([
    ['reordered sentences', ['Kim met Putin in Pyongyang.', 'Sanctions were discussed at length.'], ['Sanctions were discussed at length today.', 'In Pyongyang, Kim met Putin.'], [[[0], [1]], [[1], [0]]]],
    ['nothing in common', ['Putin arrived in Pyongyang.'], ['Markets set record highs in Tokyo.'], []],
    ['empty sides', [], ['Anything at all here.'], []],
    ['two sentences covered by one', ['Putin arrived in Pyongyang on Wednesday.', 'He was greeted at the airport by Kim.'], ['Putin arrived in Pyongyang on Wednesday and was greeted at the airport by Kim.'], [[[0, 1], [0]]]],
  ])('%s', (_name, a, b, expected) => {
    expect(sides(alignSentences(a, b))).toEqual(sides(expected.map(([x, y]) => ({ a: x as number[], b: y as number[], similarity: 0 }))));
  });

  it('aligns a story told in another order, merging where one sentence covers two', () => {
    expect(sides(alignSentences(story.a, story.b))).toEqual([
      [[0, 1], [1]],
      [[2], [0]],
    ]);
  });

  it('is symmetric: swapping the articles swaps the sides', () => {
    const forward = alignSentences(story.a, story.b);
    const backward = alignSentences(story.b, story.a);
    expect(sides(backward)).toEqual(sides(forward.map((g) => ({ a: g.b, b: g.a, similarity: g.similarity }))));
  });

  it('never puts more than three sentences on one side of a group', () => {
    const a = ['Putin arrived.', 'Putin arrived in Pyongyang.', 'Putin arrived in Pyongyang on Wednesday.', 'Putin arrived in Pyongyang on Wednesday at dawn.', 'Putin arrived at dawn.'];
    const b = ['Putin arrived in Pyongyang on Wednesday at dawn, greeted by Kim.'];
    for (const g of alignSentences(a, b)) expect(g.a.length).toBeLessThanOrEqual(3);
  });

  it('gives each sentence to at most one group and reports a similarity in 0..1', () => {
    const groups = alignSentences(story.a, story.b);
    const usedA = groups.flatMap((g) => g.a);
    const usedB = groups.flatMap((g) => g.b);
    expect(new Set(usedA).size).toBe(usedA.length);
    expect(new Set(usedB).size).toBe(usedB.length);
    for (const g of groups) {
      expect(g.similarity).toBeGreaterThan(0);
      expect(g.similarity).toBeLessThanOrEqual(1);
    }
  });
});
