import { describe, expect, it } from 'vitest';
import { linkSentences, type Alignment } from '../../../lib/align/link-sentences';
import { ALIGN_THRESHOLDS } from '../../../lib/align/thresholds';

const sides = (alignments: Alignment[]) => alignments.map((g) => [g.a, g.b]).sort((x, y) => String(x).localeCompare(String(y)));

const story = {
  a: [
    'Russian President Vladimir Putin arrived in Pyongyang early on Wednesday.',
    'Kim Jong-un welcomed him at the airport.',
    'The two leaders signed a mutual defence pact.',
    'Local markets stayed shut for the holiday.',
  ],
  b: [
    'Kim Jong Un and Putin signed a mutual defense pact on Wednesday.',
    'Putin landed in Pyongyang early Wednesday, where Kim Jong Un welcomed him at the airport.',
    'Washington said it was watching.',
  ],
};

describe('linkSentences', () => {
  it.each([
    ['reordered sentences', ['Kim met Putin in Pyongyang.', 'Sanctions were discussed at length.'], ['Sanctions were discussed at length today.', 'In Pyongyang, Kim met Putin.'], [[[0], [1]], [[1], [0]]]],
    ['nothing in common', ['Putin arrived in Pyongyang.'], ['Markets set record highs in Tokyo.'], []],
    ['empty sides', [], ['Anything at all here.'], []],
    ['two sentences covered by one', ['Putin arrived in Pyongyang on Wednesday.', 'He was greeted at the airport by Kim.'], ['Putin arrived in Pyongyang on Wednesday and was greeted at the airport by Kim.'], [[[0, 1], [0]]]],
  ])('aligns %s', (_name, a, b, expected) => {
    expect(sides(linkSentences(a, b).alignments)).toEqual(sides(expected.map(([x, y]) => ({ a: x as number[], b: y as number[], similarity: 0 }))));
  });

  it('aligns a story told in another order, merging where one sentence covers two', () => {
    expect(sides(linkSentences(story.a, story.b).alignments)).toEqual([
      [[0, 1], [1]],
      [[2], [0]],
    ]);
  });

  it.each([
    ['the default: the greeting and the pact', ALIGN_THRESHOLDS, [[1, 1], [2, 0]]],
    ['a lower link threshold (0.6): the arrival sentence merged into the greeting too (it carries part of it)', { ...ALIGN_THRESHOLDS, link: 0.6 }, [[0, 1], [1, 1], [2, 0]]],
  ])('links the pairs at or above the link threshold, %s', (_name, thresholds, expected) => {
    const links = linkSentences(story.a, story.b, { thresholds }).links;
    expect(links.map((l) => [l.a, l.b])).toEqual(expected);
    for (const l of links) expect(l.probability).toBeGreaterThanOrEqual(thresholds.link);
  });

  it.each([
    ['the default', ALIGN_THRESHOLDS],
    ['a lower driftLink', { ...ALIGN_THRESHOLDS, driftLink: 0.05 }],
    ['driftLink above every probability', { ...ALIGN_THRESHOLDS, driftLink: 1.1 }],
  ])('lists the near pairs (read for drift) at or above driftLink, strongest first, every link among them: %s', (_name, thresholds) => {
    const { near, links } = linkSentences(story.a, story.b, { thresholds });
    expect(near.every((n) => n.probability >= thresholds.driftLink)).toBe(true);
    expect(near.map((n) => n.probability)).toEqual([...near.map((n) => n.probability)].sort((x, y) => y - x));
    if (thresholds.driftLink <= thresholds.link) for (const l of links) expect(near).toContainEqual(l);
    if (thresholds.driftLink > 1) expect(near).toEqual([]);
    else expect(near.length).toBeGreaterThanOrEqual(links.length);
  });

  it('gives each sentence its strongest link probability, 0 when it shares nothing', () => {
    const { strongestA, strongestB } = linkSentences(story.a, story.b);
    expect(strongestA[3]).toBe(0);
    expect(strongestB[2]).toBe(0);
    expect(strongestA[2]).toBeGreaterThan(ALIGN_THRESHOLDS.align);
  });

  it('links a sentence that shares part of its content, outside every alignment, as partly covered', () => {
    const result = linkSentences(
      ['The senator resigned on Friday after a report about his taxes.', 'He denied wrongdoing.'],
      ['A report about the senator\u2019s taxes, published by the Times last month, found he paid nothing for a decade.', 'The governor will appoint a successor.'],
      { thresholds: { ...ALIGN_THRESHOLDS, align: 1.1, link: 0.3, joint: 1.1, mergeGain: 1.1 } },
    );
    expect(result.alignments).toEqual([]);
    expect(result.partial.map((p) => [p.side, p.index, p.others])).toEqual([
      ['a', 0, [0]],
      ['b', 0, [0]],
    ]);
  });

  it.each([
    ['a pair the model leaves below the link threshold', story.a, story.b, [3, 2] as const],
    ['a pair that is no candidate at all (no key in common)', ['Putin arrived.'], ['Markets rose in Tokyo.'], [0, 0] as const],
  ])('links two sentences that quote one remark: %s', (_name, a, b, [i, j]) => {
    expect(linkSentences(a, b).links.some((l) => l.a === i && l.b === j)).toBe(false);
    const result = linkSentences(a, b, { sameRemark: [[i, j]] });
    expect(result.links).toContainEqual({ a: i, b: j, probability: ALIGN_THRESHOLDS.link });
    expect(result.strongestA[i]).toBe(ALIGN_THRESHOLDS.link);
  });

  it('keeps a stronger link of two sentences that quote one remark as the model scored it', () => {
    const plain = linkSentences(story.a, story.b).links.find((l) => l.a === 2 && l.b === 0);
    expect(plain?.probability).toBeGreaterThan(ALIGN_THRESHOLDS.link);
    expect(linkSentences(story.a, story.b, { sameRemark: [[2, 0]] }).links.find((l) => l.a === 2 && l.b === 0)).toEqual(plain);
  });

  it('holds two sentences that quote two different remarks under a link, and keeps their probability as evidence', () => {
    const plain = linkSentences(story.a, story.b);
    const probability = plain.links.find((l) => l.a === 2 && l.b === 0)?.probability as number;
    expect(probability).toBeGreaterThan(ALIGN_THRESHOLDS.link);
    const apart = linkSentences(story.a, story.b, { otherRemarks: (i, j) => i === 2 && j === 0 });
    expect(apart.links.some((l) => l.a === 2 && l.b === 0)).toBe(false);
    expect(apart.alignments.some((g) => g.a.includes(2) && g.b.includes(0))).toBe(false);
    expect(apart.strongestA[2]).toBe(plain.strongestA[2]);
    // Every other pair as before.
    expect(apart.links.filter((l) => l.a === 1)).toEqual(plain.links.filter((l) => l.a === 1));
  });

  it('aligns nothing and links nothing when the thresholds are out of reach', () => {
    const result = linkSentences(story.a, story.b, { thresholds: { ...ALIGN_THRESHOLDS, align: 1.1, link: 1.1, joint: 1.1, mergeGain: 1.1 } });
    expect([result.alignments, result.partial, result.links]).toEqual([[], [], []]);
  });

  it('is symmetric: swapping the articles swaps the sides', () => {
    const forward = linkSentences(story.a, story.b);
    const backward = linkSentences(story.b, story.a);
    expect(sides(backward.alignments)).toEqual(sides(forward.alignments.map((g) => ({ a: g.b, b: g.a, similarity: g.similarity }))));
    expect(backward.links.map((l) => [l.b, l.a, l.probability]).sort()).toEqual(forward.links.map((l) => [l.a, l.b, l.probability]).sort());
    expect(backward.strongestA).toEqual(forward.strongestB);
  });

  it('never puts more than three sentences on one side of a group', () => {
    const a = ['Putin arrived.', 'Putin arrived in Pyongyang.', 'Putin arrived in Pyongyang on Wednesday.', 'Putin arrived in Pyongyang on Wednesday at dawn.', 'Putin arrived at dawn.'];
    const b = ['Putin arrived in Pyongyang on Wednesday at dawn, greeted by Kim.'];
    for (const g of linkSentences(a, b).alignments) expect(g.a.length).toBeLessThanOrEqual(3);
  });

  it('gives each sentence to at most one alignment and reports a similarity in 0..1', () => {
    const groups = linkSentences(story.a, story.b).alignments;
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
