import { describe, expect, it } from 'vitest';
import { shingleOverlap } from '../../../lib/match/shingle-overlap';
import { wordShingles } from '../../../lib/match/word-shingles';

const story = 'Putin arrived in Pyongyang early on Wednesday. Kim Jong Un greeted him at the airport with a hug.';
const overlap = (a: string, b: string) => shingleOverlap(wordShingles(a), wordShingles(b));

describe('shingleOverlap', () => {
  it.each([
    ['identical texts', story, story, 1, 1],
    ['the same text in other case and spacing', story, story.toUpperCase().replace(/ /g, '  '), 1, 1],
    ['texts with no run of four words in common', story, 'Heavy rain flooded the valley towns overnight, officials reported.', 0, 0],
    // 15 runs of 4 in the 18-word story, 25 in the 28 words with furniture.
    ['a text and the same text with furniture after it', story, `${story} Read more stories like this one on our website today.`, 1, 15 / 25],
    ['two short texts under four words', 'Putin arrived.', 'Putin arrived.', 1, 1],
    ['an empty text', '', story, 0, 0],
  ])('%s', (_case, a, b, aInB, bInA) => {
    const result = overlap(a, b);
    expect(result.aInB).toBeCloseTo(aInB, 5);
    expect(result.bInA).toBeCloseTo(bInA, 5);
  });

  it.each([
    ['two empty sets', new Set<string>(), new Set<string>(), 0, 0],
    ['half shared', new Set(['a b c d', 'b c d e']), new Set(['a b c d']), 0.5, 1],
  ])('works on any shingle sets: %s', (_case, a, b, aInB, bInA) => {
    expect(shingleOverlap(a, b)).toEqual({ aInB, bInA });
  });

  it('is symmetric: swapping the texts swaps the shares', () => {
    const text = `${story} More news.`;
    const there = overlap(story, text);
    const back = overlap(text, story);
    expect([back.aInB, back.bInA]).toEqual([there.bInA, there.aInB]);
  });
});
