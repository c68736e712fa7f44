import { describe, expect, it } from 'vitest';
import { textKey } from '../../../lib/store/text-key';

describe('textKey', () => {
  it.each([
    ['spacing', 'Kim met  Putin.', 'Kim met Putin.', true],
    ['case', 'Kim met Putin.', 'KIM MET PUTIN.', true],
    ['curly quotes', 'He said “yes”.', 'He said "yes".', true],
    ['a changed word', 'Kim met Putin.', 'Kim met Xi.', false],
  ])('%s', (_case, a, b, same) => {
    expect(textKey(a) === textKey(b)).toBe(same);
  });
});
