import { describe, expect, it } from 'vitest';
import { wordShingles } from '../../../lib/match/word-shingles';

describe('wordShingles', () => {
  it.each([
    ['five words give two runs', 'Putin arrived in Pyongyang today.', ['putin arrived in pyongyang', 'arrived in pyongyang today']],
    ['case and punctuation are folded', 'PUTIN, arrived — in "Pyongyang"!', ['putin arrived in pyongyang']],
    ['curly and straight apostrophes are one', 'Putin’s visit to Pyongyang', ["putin's visit to pyongyang"]],
    ['a text under four words is one short run', 'Putin arrived.', ['putin arrived']],
    ['repeated runs count once', 'a b c d a b c d', ['a b c d', 'b c d a', 'c d a b', 'd a b c']],
    ['an empty text has none', '', []],
  ])('%s', (_case, text, expected) => {
    expect([...wordShingles(text)]).toEqual(expected);
  });
});
