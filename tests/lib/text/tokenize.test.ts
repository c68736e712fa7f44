import { describe, expect, it } from 'vitest';
import { tokenize, words } from '../../../lib/text/tokenize';

describe('tokenize', () => {
  it.each([
    ['words, spaces and final stop', 'Putin arrived.', ['Putin', ' ', 'arrived', '.']],
    ['possessive stays one word', 'Kim\u2019s plane', ['Kim\u2019s', ' ', 'plane']],
    ['hyphenated name splits at the hyphen', 'Jong-un', ['Jong', '-', 'un']],
    ['thousands separator stays in the number', '8,656 MW', ['8,656', ' ', 'MW']],
    ['decimal number', '3.5 percent', ['3.5', ' ', 'percent']],
    ['number range', '1950-53', ['1950', '-', '53']],
    ['quotes are their own tokens', '\u201CWe know,\u201D', ['\u201C', 'We', ' ', 'know', ',', '\u201D']],
    ['Chinese text without spaces: one token per character', '普京访问', ['普', '京', '访', '问']],
    ['Arabic words', 'بوتين في', ['بوتين', ' ', 'في']],
    ['accented letters with combining marks', 'Pe\u0301rez', ['Pe\u0301rez']],
    ['zero-width space counts as space', 'a\u200Bb', ['a', '\u200B', 'b']],
    ['empty text', '', []],
    // Where a hand-scanned ASCII run meets a non-ASCII character or an apostrophe, the token is still the pattern's.
    ['ASCII word running into accented letters', 'Perez\u00E9s x', ['Perez\u00E9s', ' ', 'x']],
    ['straight apostrophes inside a word', "rock'n'roll", ["rock'n'roll"]],
    ['apostrophe before a digit ends the word', "x'1", ['x', "'", '1']],
    ['trailing apostrophe is punctuation', "Kim' ", ['Kim', "'", ' ']],
    ['digits running into Arabic-Indic digits', '12\u0663 3.\u0665', ['12\u0663', ' ', '3.\u0665']],
    ['separators between digits only', '1,000,000.5, 3. 4', ['1,000,000.5', ',', ' ', '3', '.', ' ', '4']],
    ['space running into a no-break space', 'a \u00A0\n b', ['a', ' \u00A0\n ', 'b']],
    ['letters then digits are one word', 'G20 2nd', ['G20', ' ', '2', 'nd']],
  ])('%s', (_name, input, expected) => {
    expect(tokenize(input).map((t) => t.text)).toEqual(expected);
  });

  it.each([['plain'], ['Mixed “quotes”, 24 years — and 普京.\n\nNew para']])('tokens cover the text exactly with offsets: %j', (text) => {
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text).join('')).toBe(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('classifies token kinds', () => {
    expect(tokenize('Kim, 24').map((t) => t.kind)).toEqual(['word', 'punct', 'space', 'number']);
    expect(tokenize('\u00E9t\u00E9 \u00A0\u0663\u201C').map((t) => t.kind)).toEqual(['word', 'space', 'number', 'punct']);
  });
});

describe('words', () => {
  it('keeps only words and numbers', () => {
    expect(words('U.S. troops, 24 of them').map((t) => t.text)).toEqual(['U', 'S', 'troops', '24', 'of', 'them']);
  });
});
