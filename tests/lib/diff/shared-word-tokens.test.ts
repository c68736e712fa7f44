import { describe, expect, it } from 'vitest';
import { sharedWordTokens } from '../../../lib/diff/shared-word-tokens';

const marks = (tokens: ReturnType<typeof sharedWordTokens>) => tokens.filter((t) => t.op !== 'equal').map((t) => t.text);

describe('sharedWordTokens', () => {
  it.each([
    ['marks the content words the other lacks, in any order', 'Putin arrived in Pyongyang on Wednesday.', 'On Wednesday Putin landed.', ['arrived', 'Pyongyang']],
    ['function words and punctuation stay plain', 'It was the end of it.', 'Nothing here.', ['end']],
    ['inflection and spelling variants count as shared', 'The programmes were cancelled.', 'A program cancels.', []],
    ['adjacent marked words are one mark', 'Kim Jong Un greeted him.', 'Putin greeted him.', ['Kim Jong Un']],
    ['nothing shared: every content word marked', 'Rates held steady.', 'The team won.', ['Rates held steady']],
    ['empty text', '', 'Anything.', []],
  ])('%s', (_name, text, other, expected) => {
    expect(marks(sharedWordTokens(text, other, 'a'))).toEqual(expected);
  });

  it.each(['a', 'b'] as const)('rebuilds the text exactly, marking with the op of side %s', (side) => {
    const text = 'Putin arrived in Pyongyang, \u201Cearly\u201D on Wednesday.';
    const tokens = sharedWordTokens(text, 'Putin landed on Wednesday.', side);
    expect(tokens.map((t) => t.text).join('')).toBe(text);
    expect(new Set(tokens.map((t) => t.op))).toEqual(new Set(['equal', side === 'a' ? 'delete' : 'insert']));
  });
});
