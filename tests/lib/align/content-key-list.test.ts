import { describe, expect, it } from 'vitest';
import { contentKeyList } from '../../../lib/align/content-key-list';

describe('contentKeyList', () => {
  it.each([
    ['keys in text order, repeats kept', 'The programmes were cancelled, programmes.', ['program', 'cancel', 'program']],
    ['function words in any case dropped', 'THE The the KIM Kim kim', ['kim', 'kim', 'kim']],
    ['an initialism is one word, numbers kept', 'The U.S. paid 8,656 dollars.', ['us', 'paid', '8656', 'dollar']],
    ['single-letter initials dropped', 'Author J. K. Rowling wrote.', ['author', 'rowl', 'wrot']],
    ['dotted and plain acronyms meet', 'The F.B.I. and the FBI', ['fbi', 'fbi']],
    ['an expansion adds its acronym after it', 'the Internal Revenue Service said', ['internal', 'revenu', 'servic', 'irs']],
    ['a word standing for an acronym folds into it', 'Republicans and the G.O.P.', ['gop', 'gop']],
    ['a capitalised function word stays one, a listed acronym does not', 'THE US and IT', ['us']],
    ['numbers written out meet digits, from two', 'one of two or 2 and twenty', ['2', '2', '20']],
    ['hundreds and millions stay words', 'hundreds of millions', ['hundr', 'million']],
    ['a number is never a stop word', 'one 1', ['1']],
    ['Chinese characters kept one by one', '普京', ['普', '京']],
    ['empty', '', []],
  ])('%s', (_name, text, expected) => {
    expect(contentKeyList(text)).toEqual(expected);
  });
});
