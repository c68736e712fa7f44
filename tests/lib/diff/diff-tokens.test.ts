import { describe, expect, it } from 'vitest';
import { diffTokens } from '../../../lib/diff/diff-tokens';
import { rebuild, show } from './helpers';

describe('diffTokens', () => {
  it.each([
    ['one word swapped', 'We greatly appreciate', 'We highly appreciate', 'We[- greatly-]{+ highly+} appreciate'],
    ['punctuation is its own token', 'He said, then left', 'He said then left', 'He said[-,-] then left'],
    ['identical', 'Same text.', 'Same text.', 'Same text.'],
    ['spacing differs around an equal word', 'a  b', 'a b', 'a[-  -]~{+ +}~b'],
    ['a empty', '', 'New words', '{+New words+}'],
    ['b empty', 'Old words', '', '[-Old words-]'],
  ])('%s', (_name, a, b, expected) => {
    expect(show(diffTokens(a, b))).toBe(expected);
  });

  it.each([
    ['paraphrase', 'Putin thanked Kim\u2019s government for helping the war effort.', 'Putin hailed Kim\u2019s leadership for its assistance in the war effort.'],
    ['leading and trailing space', '  padded ', 'padded'],
    ['newlines inside', 'line one\nline two', 'line one line two'],
  ])('equal + delete rebuild a and equal + insert rebuild b: %s', (_name, a, b) => {
    expect(rebuild(diffTokens(a, b))).toEqual({ a, b });
  });
});
