import { describe, expect, it } from 'vitest';
import { quoteWords } from '../../../lib/quotes/quote-words';

describe('quoteWords', () => {
  it.each([
    ['case and apostrophes folded', 'I’m Here', ['im', 'here']],
    ['an editor’s letters in brackets join the word', '[W]e write', ['we', 'write']],
    ['a bracketed insertion is one word', 'If they [the Democrats] fail', ['if', 'they', 'the democrats', 'fail']],
    ['a parenthesised insertion is one word', 'these (local) supervisors', ['these', '(local)', 'supervisors']],
    ['an initialism is one word', 'the F.B.I. and the FBI', ['the', 'fbi', 'and', 'the', 'fbi']],
    ['number words fold to digits', 'one-in-three', ['1', 'in', '3']],
    ['an ampersand is "and"', 'good & bad', ['good', 'and', 'bad']],
    ['British spelling folds', 'our defence programme', ['our', 'defense', 'program']],
  ])('%s', (_name, text, folds) => {
    expect(quoteWords(text).map((w) => w.fold)).toEqual(folds);
  });

  it('marks content words, clause marks, ellipses and insertions', () => {
    const ws = quoteWords("We won, we've [now] won... again");
    expect(ws.map((w) => [w.text, w.content, w.breakBefore, w.ellipsisBefore, w.bracketed])).toEqual([
      ['We', false, false, false, false],
      ['won', true, false, false, false],
      ["we've", false, true, false, false],
      ['[now]', false, false, false, true],
      ['won', true, false, false, false],
      ['again', false, true, true, false],
    ]);
  });
});
