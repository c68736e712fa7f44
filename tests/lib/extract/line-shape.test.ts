import { describe, expect, it } from 'vitest';
import { lineShape } from '../../../lib/extract/line-shape';

describe('lineShape', () => {
  it.each([
    ['sentence', 'Putin arrived in Pyongyang.', { words: 4, endsSentence: true, bullet: false, capitals: false }],
    ['sentence inside closing quote', '“We know,” Kirby said. “It matters.”', { words: 6, endsSentence: true, bullet: false, capitals: false }],
    ['headline without stop', 'Putin Lands In Pyongyang', { words: 4, endsSentence: false, bullet: false, capitals: false }],
    ['question subhead', 'What is on the agenda?', { words: 5, endsSentence: true, bullet: false, capitals: false }],
    ['label ending in colon', 'Also Read:', { words: 2, endsSentence: true, bullet: false, capitals: false }],
    ['cut-off teaser with ellipsis', 'Posting a photo of the meeting…', { words: 6, endsSentence: false, bullet: false, capitals: false }],
    ['three dots', 'The talks focus on...', { words: 4, endsSentence: false, bullet: false, capitals: false }],
    ['kicker in capitals', 'MOST POPULAR', { words: 2, endsSentence: false, bullet: false, capitals: true }],
    ['bullet', '- Kim thanked Putin.', { words: 3, endsSentence: true, bullet: true, capitals: false }],
    ['numbered item (the number counts as a word)', '1. Delhi: Power Demand', { words: 4, endsSentence: false, bullet: true, capitals: false }],
    ['Japanese sentence counts about two characters a word', '報道によると、今回販売されたのは。', { words: 8, endsSentence: true, bullet: false, capitals: false }],
    ['lone number is not capitals', '2024', { words: 1, endsSentence: false, bullet: false, capitals: false }],
  ])('%s', (_name, line, expected) => {
    expect(lineShape(line)).toEqual(expected);
  });
});
