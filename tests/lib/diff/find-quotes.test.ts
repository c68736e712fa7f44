import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../lib/diff/find-quotes';

describe('findQuotes', () => {
  it.each([
    ['curly quotes', 'He said \u201Cwe will go there\u201D and left.', ['we will go there']],
    ['straight quotes after a space', 'He said "we will go there" and left.', ['we will go there']],
    ['guillemets', 'Il a dit \u00ABnous irons l\u00E0-bas\u00BB hier.', ['nous irons là-bas']],
    ['two quotes', '\u201COne two three,\u201D he said, \u201Cfour five six.\u201D', ['One two three,', 'four five six.']],
    ['scare quote too short', 'faces \u201Caggression\u201D now', []],
    ['single quotes are apostrophes, not quotes', "Kim's visit wasn't 'a big deal at all'", []],
    ['unclosed quote', 'He said \u201Cwe will go', []],
    ['no quotes', 'Plain text.', []],
    ['low opening quote', 'Er sagte \u201Ewir gehen dorthin\u201D heute.', ['wir gehen dorthin']],
    ['closing marks without an opening one', 'He said we will go there\u201D and left\u00BB.', []],
  ])('%s', (_name, text, expected) => {
    expect(findQuotes(text).map((q) => q.text)).toEqual(expected);
  });

  it('offsets point at the quoted words', () => {
    const text = 'Kirby said \u201Cwe know that well\u201D today.';
    const [q] = findQuotes(text);
    expect(q && text.slice(q.start, q.end)).toBe('we know that well');
  });
});
