import { describe, expect, it } from 'vitest';
import { findDates } from '../../../lib/drift/find-dates';
import { textWords } from '../../../lib/drift/text-words';

const dates = (text: string) => findDates(text, textWords(text)).map((d) => [d.kind, d.text, d.key, d.day ?? 0, d.preposition ?? '']);

describe('findDates', () => {
  it.each([
    ['a year with its preposition', 'led since 2002', [['year', '2002', '2002', 0, 'since']]],
    ['a month with its day, abbreviated', 'on Jan. 3rd', [['month', 'Jan. 3rd', 'january', 3, '']]],
    ['a weekday', 'on Tuesday', [['weekday', 'Tuesday', 'tuesday', 0, '']]],
    ['"may" the verb is no month', 'It May Rain', []],
    ['"May" after a preposition is a month', 'in May', [['month', 'May', 'may', 0, '']]],
    ['a lower-case calendar word is no date', 'a march on the capital', []],
    ['money is no year', 'cost $2014', []],
    ['a number out of the years range is no year', 'in 1776 and 2100', []],
  ])('%s', (_name, text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});
