import { describe, expect, it } from 'vitest';
import { BOUND_WORDS, CURRENCIES, DATE_WORDS, HEDGE_WORDS, MONTH_ABBREVIATIONS, NUMBER_WORDS, PERCENT_WORDS, ROLE_WORDS, SCALE_SUFFIXES, SCALE_WORDS, UNIT_SYNONYMS, YEAR_PREPOSITIONS } from '../../../lib/drift/value-words';

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

describe('SCALE_WORDS (whole table)', () => {
  it.each([...SCALE_WORDS])('%s is a power of a thousand', (word, scale) => {
    expect(word).toMatch(/^[a-z]+$/);
    expect(Number.isInteger(Math.log10(scale) / 3)).toBe(true);
  });
});

describe('SCALE_SUFFIXES (whole table)', () => {
  it.each([...SCALE_SUFFIXES])('%s is a short lower-case suffix for a power of a thousand a scale word says too', (suffix, scale) => {
    expect(suffix).toMatch(/^[a-z]{1,2}$/);
    expect([...SCALE_WORDS.values()]).toContain(scale);
  });
});

describe('CURRENCIES (whole table)', () => {
  it.each([...CURRENCIES])('%s names %s', (word, code) => {
    expect(word).toMatch(/^(?:[a-z]+|[$€£])$/);
    expect(code).toMatch(/^[a-z]{3}$/);
  });
});

describe('PERCENT_WORDS, HEDGE_WORDS and YEAR_PREPOSITIONS (whole tables)', () => {
  it.each([...PERCENT_WORDS, ...HEDGE_WORDS, ...YEAR_PREPOSITIONS])('%s is one lower-case word', (word) => {
    expect(word).toMatch(/^[a-z]+$/);
  });
});

describe('BOUND_WORDS (whole table)', () => {
  it.each([...BOUND_WORDS])('%s makes a %s bound', (words, bound) => {
    expect(words).toMatch(/^[a-z]+(?: [a-z]+){0,2}$/);
    expect(['min', 'max']).toContain(bound);
  });
});

describe('UNIT_SYNONYMS (whole table)', () => {
  it.each([...UNIT_SYNONYMS])('%s counts %s', (key, unit) => {
    // Keys are word keys: what the unit words fold to, so the table is read with wordKey's output.
    expect(key).toMatch(/^[a-z]+$/);
    expect([...UNIT_SYNONYMS.values()]).toContain(unit);
  });
});

describe('ROLE_WORDS (whole table)', () => {
  it.each([...ROLE_WORDS])('%s is one lower-case word', (word) => {
    expect(word).toMatch(/^[a-z]+$/);
  });
});
