import { describe, expect, it } from 'vitest';
import { outletFromHost } from '../../../lib/extract/outlet-from-host';
import { SECOND_LEVEL_SUFFIXES } from '../../../lib/extract/second-level-suffixes';

describe('SECOND_LEVEL_SUFFIXES', () => {
  it('has no repeats', () => {
    expect(new Set(SECOND_LEVEL_SUFFIXES).size).toBe(SECOND_LEVEL_SUFFIXES.length);
  });

  it.each(SECOND_LEVEL_SUFFIXES.map((suffix) => [suffix]))('%s has two lower-case labels and names the label before it', (suffix) => {
    expect(suffix).toMatch(/^[a-z]+\.[a-z]{2}$/);
    expect(outletFromHost(`www.dailynews.${suffix}`)).toBe('Dailynews');
  });
});
