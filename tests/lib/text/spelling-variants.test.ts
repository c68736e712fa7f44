import { describe, expect, it } from 'vitest';
import { OUR_ENDING_EXCEPTIONS, SPELLING_VARIANTS } from '../../../lib/text/spelling-variants';
import { wordKey } from '../../../lib/text/word-key';

describe('SPELLING_VARIANTS (whole table)', () => {
  it.each([...SPELLING_VARIANTS])('%s and %s share a key', (british, american) => {
    expect(british).not.toBe(american);
    expect(british).toBe(british.toLowerCase());
    expect(wordKey(british)).toBe(wordKey(american));
  });

  it('has no American form that is itself listed as British', () => {
    const british = new Set(SPELLING_VARIANTS.keys());
    expect([...SPELLING_VARIANTS.values()].filter((v) => british.has(v))).toEqual([]);
  });
});

describe('OUR_ENDING_EXCEPTIONS (whole table)', () => {
  it.each([...OUR_ENDING_EXCEPTIONS])('%s keeps its -our', (word) => {
    expect(word.endsWith('our')).toBe(true);
    expect(wordKey(word)).toMatch(/our$/);
  });
});
