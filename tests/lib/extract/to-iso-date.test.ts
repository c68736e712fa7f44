import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../../lib/extract/to-iso-date';

describe('toIsoDate', () => {
  it.each([
    ['bare date kept as a date', '2024-06-19', '2024-06-19'],
    ['offset date-time to UTC', '2024-06-19T08:30:00+09:00', '2024-06-18T23:30:00.000Z'],
    ['UTC date-time', '2019-11-20T07:29:00Z', '2019-11-20T07:29:00.000Z'],
    ['surrounding whitespace', '  2024-06-19  ', '2024-06-19'],
    ['not a date', 'yesterday', undefined],
    ['empty', '', undefined],
    ['null', null, undefined],
    ['undefined', undefined, undefined],
  ])('%s', (_name, value, expected) => {
    expect(toIsoDate(value)).toBe(expected);
  });
});
