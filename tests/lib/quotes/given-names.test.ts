import { describe, expect, it } from 'vitest';
import { GIVEN_NAME_FORMS } from '../../../lib/quotes/given-names';

describe('GIVEN_NAME_FORMS (whole table)', () => {
  it.each(GIVEN_NAME_FORMS.map(([short, long]) => [short, long]))('%s / %s: two lower-case words, not the same', (short, long) => {
    expect(short).toMatch(/^[a-z]+$/);
    expect(long).toMatch(/^[a-z]+$/);
    expect(short).not.toBe(long);
  });

  it('lists each pair once', () => {
    const pairs = GIVEN_NAME_FORMS.map((p) => p.join(' '));
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});
