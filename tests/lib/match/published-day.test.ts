import { describe, expect, it } from 'vitest';
import { publishedDay } from '../../../lib/match/published-day';

describe('publishedDay', () => {
  it.each([
    ['a bare date', '2019-01-04', 17900],
    ['a UTC date-time late in the day: the same day', '2019-01-04T23:59:59Z', 17900],
    ['the next UTC day', '2019-01-05T00:00:00Z', 17901],
    ['the epoch', '1970-01-01', 0],
  ])('%s', (_case, published, day) => {
    expect(publishedDay(published)).toBe(day);
  });

  it.each([
    ['no date', undefined],
    ['an empty string', ''],
    ['text that is not a date', 'last Tuesday'],
  ])('is NaN for %s', (_case, published) => {
    expect(publishedDay(published)).toBeNaN();
  });
});
