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

  // A page's own date line (scraped or extracted pages keep it) says when it was written.
  const stamps = (text: string) => findDates(text, textWords(text)).map((d) => `${d.text}${d.stamp ? ' (stamp)' : ''}`);
  it.each([
    ['"Published" and a date with its year', 'Shooter Charged Published April 11, 2007 A man fired', ['April 11 (stamp)', '2007 (stamp)']],
    ['with a colon', 'Published: April 10, 2007 A man', ['April 10 (stamp)', '2007 (stamp)']],
    ['"on" a weekday, day before month', 'Published on Friday, 27 September 2013 Parliamentary elections', ['Friday (stamp)', 'September (stamp)', '2013 (stamp)']],
    ['a date, its year and a time of day', 'rehab May 3, 2013 at 7:31 AM ET', ['May 3 (stamp)', '2013 (stamp)']],
    ['"posted"', 'posted Jun 11th, 2012 at 1:23 PM Apple', ['Jun 11th (stamp)', '2012 (stamp)']],
    ['a date, its year and a time of day after a dash', 'Uninsured August 8, 2012 - 4:43 pm The fire', ['August 8 (stamp)', '2012 (stamp)']],
    ['a weekday, a date and a time, re-joined from tokens', 'Vigil Monday, March 11, 2013 23: 51 Police intervened', ['Monday (stamp)', 'March 11 (stamp)', '2013 (stamp)']],
    ['a date with no year and a time', 'BERTH Dec. 24 4:33 AM EST Andrew', ['Dec. 24 (stamp)']],
    ['a headline, its date and the body run together', 'Esther Williams dies June 06, 2013 Esther Williams, whose', ['June 06 (stamp)', '2013 (stamp)']],
    ['the text opening with its date', 'April 27, 2009 Biologists Call on Obama', ['April 27 (stamp)', '2009 (stamp)']],
    ['day before month, run into the body', 'fully restored: 4 November 2011 The break', ['November (stamp)', '2011 (stamp)']],
    ['a weekday and an ordinal day, upper case', 'RIP THURSDAY, JUNE 30th, 2005 Another officer', ['THURSDAY (stamp)', 'JUNE 30th (stamp)', '2005 (stamp)']],
    ['after "on" inside a headline', 'arrested on suspicion of DUI on Feb. 04, 2009 San Diego Chargers', ['Feb. 04 (stamp)', '2009 (stamp)']],
    ['a date opening its sentence without a comma is the story\'s', 'On Jan. 6, 2009 Jackson was arrested.', ['Jan. 6', '2009']],
    ['the same after a full stop', 'He left. In May 3, 2009 Smith came.', ['May 3', '2009']],
    ['a comma after the year is prose', 'On June 27, 1973, he pleaded guilty', ['June 27', '1973']],
    ['a lower-case word after the year is prose', 'the June 20, 2005 attempted murder', ['June 20', '2005']],
    ['a month and year without a day is prose', 'in December 2003 Republicans', ['December', '2003']],
    ['a year at the end of the text', 'He died on December 19, 2005', ['December 19', '2005']],
    ['a date in a sentence', 'He died in prison on December 19, 2005.', ['December 19', '2005']],
    ['no year: a fact of the story', 'comments to The New York Times published Saturday.', ['Saturday']],
    ['not right after the word', 'He published a book in May 2008.', ['May', '2008']],
    ['a year alone after the word', 'The report, published in 2009, found', ['2009']],
  ])('date lines: %s', (_name, text, expected) => {
    expect(stamps(text)).toEqual(expected);
  });
});
