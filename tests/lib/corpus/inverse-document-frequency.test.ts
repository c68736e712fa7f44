import { describe, expect, it } from 'vitest';
import { inverseDocumentFrequency as idf } from '../../../lib/corpus/inverse-document-frequency';

describe('inverseDocumentFrequency', () => {
  it.each([
    ['a term in no document', 0, 10],
    ['a term in every document', 10_000, 10_000],
    ['an empty corpus', 0, 0],
  ])('is positive and finite for %s', (_case, df, n) => {
    expect(idf(df, n)).toBeGreaterThan(0);
    expect(Number.isFinite(idf(df, n))).toBe(true);
  });

  it.each([1, 10, 100, 1000])('decreases as the document frequency grows past %i', (df) => {
    expect(idf(df, 10_000)).toBeLessThan(idf(df - 1, 10_000));
  });

  it.each([
    ['a tiny corpus is nearly flat', 5, 1, 1.5],
    ['a large corpus discriminates', 10_000, 3, Infinity],
  ])('%s (n = %i: unique over ubiquitous between %f and %f)', (_case, n, min, max) => {
    const ratio = idf(1, n) / idf(n, n);
    expect(ratio).toBeGreaterThan(min);
    expect(ratio).toBeLessThan(max);
  });
});
