import { describe, expect, it } from 'vitest';
import { shingleOverlap } from '../../../lib/match/shingle-overlap';

const story = 'Putin arrived in Pyongyang early on Wednesday. Kim Jong Un greeted him at the airport with a hug.';

describe('shingleOverlap', () => {
  it.each([
    ['identical texts', story, story, 1, 1],
    ['the same text with other quotes, case and spacing', story, story.toUpperCase().replace(/ /g, '  '), 1, 1],
    ['texts with no run of four words in common', story, 'Heavy rain flooded the valley towns overnight, officials reported.', 0, 0],
    ['a text and the same text with furniture after it', story, `${story} Read more stories like this one on our website today.`, 1, 15 / 25], // 15 runs of 4 in the 18-word story, 25 in 28 words
    ['a short text under four words', 'Putin arrived.', 'Putin arrived.', 1, 1],
    ['an empty text', '', story, 0, 0],
  ])('%s', (_case, a, b, aInB, bInA) => {
    const overlap = shingleOverlap(a, b);
    expect(overlap.aInB).toBeCloseTo(aInB, 5);
    expect(overlap.bInA).toBeCloseTo(bInA, 5);
  });

  it('is symmetric: swapping the texts swaps the shares', () => {
    const text = `${story} More news.`;
    const there = shingleOverlap(story, text);
    const back = shingleOverlap(text, story);
    expect([back.aInB, back.bInA]).toEqual([there.bInA, there.aInB]);
  });
});
