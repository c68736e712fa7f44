import { describe, expect, it } from 'vitest';
import { contentKeys } from '../../../lib/align/content-keys';

describe('contentKeys', () => {
  it.each([
    ['drops function words and folds spelling', 'The programmes were cancelled.', ['cancel', 'program']],
    ['sorted and unique', 'Kim met Kim and Putin.', ['kim', 'met', 'putin']],
    ['reads an initialism as one word', 'The U.S. said no.', ['us']],
    ['keeps numbers without separators', 'It cost 8,656 dollars.', ['8656', 'cost', 'dollar']],
    ['name variants meet', 'Kim Jong-un', ['jong', 'kim', 'un']],
    ['keeps Chinese characters', '普京', ['京', '普']],
    ['empty', '', []],
    ['a word in any case is the same stop word or key', 'THE The the KIM Kim kim', ['kim']],
    ['a number is never a stop word', 'one 1 1', ['1']],
  ])('%s', (_name, text, expected) => {
    expect(contentKeys(text)).toEqual(expected);
  });

  it('sees Kim Jong-un and Kim Jong Un as the same', () => {
    expect(contentKeys('Kim Jong-un arrived')).toEqual(contentKeys('Kim Jong Un arrives'));
  });
});
