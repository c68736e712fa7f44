import { describe, expect, it } from 'vitest';
import { minorFold } from '../../../lib/diff/minor-fold';

describe('minorFold', () => {
  it.each([
    ['quote style', '\u201CWe know\u201D', '"We know"'],
    ['apostrophe style', 'Kim\u2019s', "Kim's"],
    ['hyphenated name', 'Kim Jong-un', 'Kim Jong Un'],
    ['spelling variant', 'defence programmes', 'defense programs'],
    ['punctuation only', 'said,', 'said'],
    ['spacing', 'a  b', 'a b'],
    ['dash style', '1950\u201353', '1950-53'],
  ])('%s: equal folds', (_name, a, b) => {
    expect(minorFold(a)).toBe(minorFold(b));
  });

  it.each([
    ['a different word', 'greatly', 'highly'],
    ['a different number', '24 years', '25 years'],
    ['an extra word', 'the visit', 'the first visit'],
  ])('%s: different folds', (_name, a, b) => {
    expect(minorFold(a)).not.toBe(minorFold(b));
  });
});
