import { describe, expect, it } from 'vitest';
import { QUOTE_KIND_MARKS } from '../../../lib/format/quote-kind-marks';

describe('QUOTE_KIND_MARKS (whole table)', () => {
  it.each(Object.entries(QUOTE_KIND_MARKS))('%s has one sign of its own', (_kind, mark) => {
    expect([...mark]).toHaveLength(1);
    expect(Object.values(QUOTE_KIND_MARKS).filter((m) => m === mark)).toHaveLength(1);
  });

  it('covers the three classes', () => {
    expect(Object.keys(QUOTE_KIND_MARKS).sort()).toEqual(['identical', 'reworded', 'trimmed']);
  });
});
