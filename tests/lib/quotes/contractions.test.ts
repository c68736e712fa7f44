import { describe, expect, it } from 'vitest';
import { CONTRACTIONS } from '../../../lib/quotes/contractions';

describe('CONTRACTIONS', () => {
  it.each([...CONTRACTIONS])('%s reads as words of letters only', (contraction, readings) => {
    expect(contraction).toMatch(/^[a-z']+$/);
    expect(readings.length).toBeGreaterThan(0);
    for (const r of readings) expect(r).toMatch(/^[a-z]+( [a-z]+)+$|^cannot$/);
  });
});
