import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateScore } from '../../../lib/match/candidate-score';
import { skippableTerms, upperScore } from '../../../lib/store/skippable-terms';

describe('skippableTerms', () => {
  it.each([
    ['the commonest run under the share', [0.5, 1, 4], 10, 0.12, 2],
    ['no terms', [], 10, 0.5, 0],
    ['the first term already reaches the share', [3, 1], 10, 0.2, 0],
    ['a norm exactly at the share is not under it', [3, 4], 10, 0.5, 1],
    ['every term, when they all weigh little', [0.1, 0.1, 0.1], 10, 0.5, 3],
    ['a share of minus infinity (nothing known yet): none', [0.1], 10, Number.NEGATIVE_INFINITY, 0],
  ])('%s', (_name, weights, queryNorm, share, count) => {
    expect(skippableTerms(weights, queryNorm, share)).toBe(count);
  });
});

describe('upperScore', () => {
  it.each([
    ['the unread terms can add at most their norm times what the read ones left of the article', { dot: 2, squares: 4, low: 3, high: 3.0005 }, 1, 4, 1, 0.3531],
    ['nothing unread: the read sum is the score (a hair over)', { dot: 2, squares: 4, low: 3, high: 3.0005 }, 0, 4, 1, 0.1667],
    ['the date factor lowers it as it lowers the score', { dot: 2, squares: 4, low: 3, high: 3.0005 }, 1, 4, 0.6, 0.2118],
    ['a norm known only within bounds (a changed store): the least norm divides, the most leaves room', { dot: 2, squares: 4, low: 2.85, high: 3.15 }, 1, 4, 1, 0.3889],
  ])('%s', (_name, read, unreadNorm, queryNorm, dateFactor, expected) => {
    expect(upperScore(read, unreadNorm, queryNorm, dateFactor)).toBeCloseTo(expected, 4);
  });

  // Whatever the query and the article, and whichever of the query's terms were read: the bound is never
  // under the exact score (the norm rounded to three decimals, as the store keeps it). Weights are 0 or
  // at least 0.001 (the store keeps thousandths, the IDF is over 0.5), so no square underflows.
  it('is never under the exact score (property)', () => {
    const weight = fc.oneof(fc.constant(0), fc.double({ min: 0.0005, max: 20, noNaN: true }));
    fc.assert(
      fc.property(fc.array(fc.tuple(weight, weight, fc.boolean()), { minLength: 1, maxLength: 40 }), fc.array(weight, { maxLength: 20 }), (shared, own) => {
        let dot = 0;
        let readDot = 0;
        let readSquares = 0;
        let unreadSquares = 0;
        let querySquares = 0;
        let articleSquares = 0;
        for (const [q, d, read] of shared) {
          dot += q * d;
          querySquares += q * q;
          articleSquares += d * d;
          if (read) {
            readDot += q * d;
            readSquares += d * d;
          } else unreadSquares += q * q;
        }
        for (const d of own) articleSquares += d * d;
        const queryNorm = Math.sqrt(querySquares);
        const norm = Math.round(Math.sqrt(articleSquares) * 1000) / 1000;
        if (queryNorm === 0) return;
        const exact = candidateScore(dot, queryNorm, norm, 1);
        expect(upperScore({ dot: readDot, squares: readSquares, low: norm, high: norm + 0.0005 }, Math.sqrt(unreadSquares), queryNorm, 1)).toBeGreaterThanOrEqual(exact);
      }),
      { numRuns: 2000 },
    );
  });
});
