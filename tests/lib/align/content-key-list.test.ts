import { describe, expect, it } from 'vitest';
import { contentKeyList } from '../../../lib/align/content-key-list';

describe('contentKeyList', () => {
  it.each([
    ['keys in text order, repeats kept', 'The programmes were cancelled, programmes.', ['program', 'cancel', 'program']],
    ['function words in any case dropped', 'THE The the KIM Kim kim', ['kim', 'kim', 'kim']],
    ['single-letter initials dropped, numbers kept', 'The U.S. paid 8,656 dollars.', ['paid', '8656', 'dollar']],
    ['a number is never a stop word', 'one 1', ['1']],
    ['Chinese characters kept one by one', '普京', ['普', '京']],
    ['empty', '', []],
  ])('%s', (_name, text, expected) => {
    expect(contentKeyList(text)).toEqual(expected);
  });
});
