import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../lib/drift/find-quantities';
import { textWords } from '../../../lib/drift/text-words';

const quantities = (text: string) => findQuantities(text, textWords(text)).map((q) => [q.text, q.value, q.units.join('+'), q.bound ?? (q.hedged ? 'hedged' : '')]);

describe('findQuantities', () => {
  it.each([
    ['a counted noun, and an ordinal', 'his first visit in 24 years', [['first visit', 1, 'visit', ''], ['24 years', 24, 'year', '']]],
    ['money with a scale and a hedge', 'They paid nearly $44 million in taxes.', [['nearly $44 million', 44e6, 'usd', 'hedged']]],
    ['a currency word', 'It cost 5 million dollars.', [['5 million dollars', 5e6, 'usd', '']]],
    ['a percent sign and word', 'rates of 35.7% and 45.8 percent', [['35.7', 35.7, '%', ''], ['45.8 percent', 45.8, '%', '']]],
    ['a bound; two unit words', 'more than 10 people died', [['more than 10 people died', 10, 'peopl+death', 'min']]],
    ['number words, hyphenated', 'Twenty-three minutes, later', [['Twenty-three minutes', 23, 'minut', '']]],
    ['function words between number and noun are passed over', '19 other children', [['19 other children', 19, 'children', '']]],
    ['capitalised words qualify the unit', '11 Pacific Rim nations', [['11 Pacific Rim nations', 11, 'nation', '']]],
    ['death words count one thing', '12 dead and 14 killed', [['12 dead', 12, 'death', ''], ['14 killed', 14, 'death', '']]],
    ['a year is a date', 'since 2002', []],
    ['money in a year-like number is money', '$2014 in cash', [['$2014', 2014, 'usd', '']]],
    ['a calendar day is a date', 'on Jan. 1 there', []],
    ['"9/11" and "24/7" are names', 'after 9/11 and 24/7 coverage', []],
    ['"one of" is no count', 'one of the senators', []],
    ['a bare number has no unit', 'Cowan, 43, is a lawyer', [['43', 43, '', '']]],
    ['a range is no one value', 'The Orioles offered seven years, $140-150 million.', [['seven years', 7, 'year', '']]],
    ['a number that ends a name counts nothing', 'Six AK-47 rifles, two F-16 jets, COVID-19 cases and AK 47 rounds', [['Six', 6, '', ''], ['two', 2, '', '']]],
    ['a time of day is no count, re-joined from tokens too', 'Updated 01: 03 PM A woman died at 5:50 PM', []],
    ['a number after a colon is a count', 'He said: 3 people died', [['3 people died', 3, 'peopl+death', '']]],
    ['nor a score (en dash too)', 'a 3-2 win after a 4\u20131 loss', []],
    ['a scale written against a sum of money', 'paying $281m in cash, £1.2bn in stock and $50k in fees', [['$281m', 281e6, 'usd', ''], ['£1.2bn', 1.2e9, 'gbp', ''], ['$50k', 5e4, 'usd', '']]],
    ['a suffix after no currency sign is no scale (60m is metres)', 'fell about 60m down', [['about 60m', 60, 'm', 'hedged']]],
    ['a range with "between"', 'an offer between $140 and $150 million over seven years', [['over seven years', 7, 'year', 'min']]],
    ['a phone number\'s digit groups count nothing', 'call 0800 555 111 or 0845 125 2222', []],
    ['a whole and its fraction, slash spaced or not', 'after 4 1/2 hours and 4 1 / 2 months', []],
    ['a number touching a character lost in decoding', 'served 4\uFFFD months in prison', []],
    ['a thousands separator re-joined with a space', 'with 4, 183 passing yards', []],
    ['a decimal point re-joined with a space', 'The 6. 1 - magnitude quake', []],
    ['a year, a comma and a count are two numbers', 'In 2008, 183 people died', [['183 people died', 183, 'peopl+death', '']]],
    ['a comma between two counts', 'scored 12, 14 points', [['12', 12, '', ''], ['14 points', 14, 'point', '']]],
  ])('%s', (_name, text, expected) => {
    expect(quantities(text)).toEqual(expected);
  });

  it.each([
    ['29 of 34 passes', ['34 passes']],
    ['five of the team\'s first eight points', ['eight points']],
    ['eight of their last 10 games', ['10 games']],
    ['20 of the 50 homes', ['50 homes']],
    ['20 homes, of which 5 burned', []],
    ['34 passes', []],
  ])('the whole a part is counted out of, in %s', (text, wholes) => {
    const qs = findQuantities(text, textWords(text));
    expect(qs.filter((q) => q.whole).map((q) => q.text)).toEqual(wholes);
  });

  it.each([
    ['1.4 million', 1e5],
    ['50,000', 1e4],
    ['35.72', 0.01],
    ['7', 1],
  ])('the precision of %s is %d', (written, precision) => {
    const [q] = findQuantities(`${written} people`, textWords(`${written} people`));
    expect(q?.precision).toBeCloseTo(precision);
  });

  it('marks ordinals', () => {
    expect(findQuantities('the 1st and second visit', textWords('the 1st and second visit')).map((q) => q.ordinal)).toEqual([true, true]);
  });
});
