import { describe, expect, it } from 'vitest';
import { claimableAlone } from '../../../lib/align/claimable-alone';
import { ALIGN_THRESHOLDS } from '../../../lib/align/thresholds';
import { segmentSentences } from '../../../lib/text/segment-sentences';

// Sentences of four words each ("S1 w w w."), paragraphs as written: the lead limit counts these words.
const article = (paragraphs: number[]) => {
  let n = 0;
  const text = paragraphs.map((size) => Array.from({ length: size }, () => `S${++n} w w w.`).join(' ')).join('\n\n');
  return segmentSentences({ title: 'The headline', text });
};
const claimable = (paragraphs: number[], covered: number[], leadWords = 8, claimNeighbours = 2, leadShare = 1) =>
  claimableAlone(article(paragraphs), new Set(covered), { leadWords, leadShare, claimNeighbours })
    .flatMap((ok, i) => (ok ? [i] : []));

describe('claimableAlone', () => {
  // Index 0 is the headline; body sentences are 1.., four words each, so a lead of 8 words is sentences 1 and 2.
  it.each<[string, number[], number[], number[], number?, number?, number?]>([
    ['the headline and the lead are never claimed, the rest are', [1, 1, 1, 1, 1], [5], [3, 4, 5]],
    ['nothing covered: two articles with nothing in common, every sentence may be claimed', [1, 1, 1], [], [0, 1, 2, 3]],
    ['a sentence starting at exactly the lead limit is past the lead', [3], [0], [3]],
    ['a lead of one word still holds the first sentence back', [3], [0], [2, 3], 1],
    ['no lead: every body sentence may be claimed', [3], [0], [1, 2, 3], 0],
    ['a short piece: its lead is its first quarter of words (4 of 16: one sentence)', [1, 1, 1, 1], [0], [2, 3, 4], 90, 2, 0.25],
    ['a covered sentence one or two away in its paragraph holds it back, three away does not', [2, 5], [7], [3, 4, 7]],
    ['the covered sentence itself is not held back (the caller asks only of sentences alone)', [2, 3], [4], [4]],
    ['a covered sentence in the next paragraph does not hold it back', [2, 1, 1], [4], [3, 4]],
    ['the headline is in a paragraph of its own: covered, it holds back no body sentence', [3], [0], [1, 2, 3], 0],
    ['no neighbours looked at when the setting is 0', [2, 3], [4], [3, 4, 5], 8, 0],
  ])('%s', (_, paragraphs, covered, expected, leadWords = 8, neighbours = 2, share = 1) => {
    expect(claimable(paragraphs, covered, leadWords, neighbours, share)).toEqual(expected);
  });

  it('one long paragraph: only sentences away from every covered one are claimed', () => {
    // 12 sentences in one paragraph, sentence 7 covered: 5, 6, 8 and 9 are held back, 1 and 2 are the lead.
    expect(claimable([12], [7])).toEqual([3, 4, 7, 10, 11, 12]);
  });

  it('the calibrated limits hold back the headline and a lead of three 38-word sentences, not the sentences after', () => {
    const lead = 'The senator said on Tuesday that the chamber would vote on the measure next week, after a month of talks between the two parties over what it should cost and who should pay for it in the end.';
    const s = segmentSentences({ title: 'Vote set', text: Array.from({ length: 11 }, () => lead).join('\n\n') });
    expect(claimableAlone(s, new Set([0]), ALIGN_THRESHOLDS)).toEqual([false, false, false, false, ...new Array(8).fill(true)]);
  });
});
