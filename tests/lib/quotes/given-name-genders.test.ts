import { describe, expect, it } from 'vitest';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from '../../../lib/quotes/given-name-genders';

describe.each([
  ['MALE_GIVEN_NAMES', MALE_GIVEN_NAMES, FEMALE_GIVEN_NAMES],
  ['FEMALE_GIVEN_NAMES', FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES],
])('%s (whole table)', (_name, table, other) => {
  it.each([...table])('%s is one lower-case word, not in the other list', (name) => {
    expect(name).toMatch(/^[a-z]+$/);
    expect(other.has(name)).toBe(false);
  });

  it.each(['pat', 'chris', 'alex', 'jordan', 'taylor', 'kelly'])('leaves out %s, a name for both', (name) => {
    expect(table.has(name)).toBe(false);
  });
});
