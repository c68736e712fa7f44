import { describe, expect, it } from 'vitest';
import { DATE_WORDS, MONTH_ABBREVIATIONS, NUMBER_WORDS } from '../../../lib/diff/value-words';

describe('NUMBER_WORDS (whole table)', () => {
  it.each([...NUMBER_WORDS])('%s -> %s', (word, value) => {
    expect(word).toMatch(/^[a-z]+$/);
    expect(value).toMatch(/^\d+(st|nd|rd|th)?$/);
  });
});

describe('DATE_WORDS (whole table)', () => {
  it.each([...DATE_WORDS])('%s is a lower-case calendar word', (word) => {
    expect(word).toMatch(/^[a-z]+$/);
  });
});

describe('MONTH_ABBREVIATIONS (whole table)', () => {
  it.each([...MONTH_ABBREVIATIONS])('%s folds to %s, both calendar words', (abbr, month) => {
    expect(DATE_WORDS.has(abbr)).toBe(true);
    expect(DATE_WORDS.has(month)).toBe(true);
    expect(month.startsWith(abbr.slice(0, 3))).toBe(true);
  });
});
