import { describe, expect, it } from 'vitest';
import { normalizeText, TYPOGRAPHIC_EQUIVALENTS } from '../../../lib/text/normalize-text';

describe('normalizeText', () => {
  it.each([
    ['curly double quotes', '\u201CYes\u201D', '"Yes"'],
    ['curly apostrophe', 'Putin\u2019s', "Putin's"],
    ['em dash', 'a \u2014 b', 'a - b'],
    ['en dash in a range', '1950\u201353', '1950-53'],
    ['minus sign', '\u22125', '-5'],
    ['zero-width space inside a word', 'Pyong\u200Byang', 'Pyongyang'],
    ['soft hyphen', 'inter\u00ADnational', 'international'],
    ['no-break and thin spaces', 'a\u00A0b\u2009c', 'a b c'],
    ['runs of whitespace and newlines', '  a \n\n\t b  ', 'a b'],
    ['full-width letters (NFKC)', '\uFF21\uFF22', 'AB'],
    ['ellipsis character', 'wait\u2026', 'wait...'],
    ['case is kept', 'Kim Jong Un', 'Kim Jong Un'],
    ['plain ASCII only has its spaces folded', ' He said: "no" -- \'twice\'\t', 'He said: "no" -- \'twice\''],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it.each(TYPOGRAPHIC_EQUIVALENTS)('folds %j to %j (whole table)', (from, to) => {
    expect(normalizeText(`x${from}y`)).toBe(`x${to}y`);
    expect(to).toMatch(/^[\x20-\x7E]+$/);
  });
});
