import { IDF_PRIOR_DOCUMENTS } from '../corpus/term-weights';

/** How far any stored article's norm can have moved since the last refresh, as factors of its norm then. */
export interface NormRatioBounds {
  low: number;
  high: number;
}

// Relative slack for floating point, far above the error of the few logarithms below.
const SLACK = 1e-9;

/** ln(1 + c / x) / ln(1 + a / x): one term's IDF now over its IDF then, its count unchanged (x = df + 0.5). */
const ratio = (c: number, a: number, x: number) => Math.log1p(c / x) / Math.log1p(a / x);

/**
 * Factors that every article the last refresh normed (and still stored) has its norm now within, times
 * its norm then, given only how the corpus size moved (`sizeThen` to `sizeNow`, bundled articles
 * included) and the largest rise and fall of any term's document frequency since (the index log's
 * changes). No article is read: the pruned search bounds a changed store's candidates with them.
 *
 * Why it holds: a norm is sqrt(sum (w idf)^2), so it moves by a factor between the least and the most
 * any of its terms' IDF moves. With x = df + 0.5 then (at least 1.5: the article uses the term, and still
 * does, so x + change is at least 1.5 too), A = N then + prior and C = N now + prior, a term's IDF moves by
 * ln(1 + C / (x + change)) / ln(1 + A / x), which falls as the change grows. With no change it is monotone
 * in x (so its extremes are at x = 1.5 and at x = N then + 0.5); with one, x + change is bounded by
 * x (1 + change / X) over each doubling [X, 2X] of x, which leaves a monotone function on each: its
 * extremes are at the ends.
 * @example normRatioBounds({ sizeThen: 100_000, sizeNow: 100_001, dfRise: 1, dfFall: 0 }) // -> { low: 0.95…, high: 1.00… }
 */
export function normRatioBounds(change: { sizeThen: number; sizeNow: number; dfRise: number; dfFall: number }): NormRatioBounds {
  const a = change.sizeThen + IDF_PRIOR_DOCUMENTS;
  const c = change.sizeNow + IDF_PRIOR_DOCUMENTS;
  const top = change.sizeThen + 0.5;
  let low = Number.POSITIVE_INFINITY;
  let high = 0;
  const at = (cx: number, x: number) => {
    const r = ratio(cx, a, x);
    low = Math.min(low, r);
    high = Math.max(high, r);
  };
  // Every count moved by `moved` (negative: fallen), over x from 1.5 (and 1.5 - moved) to N then + 0.5.
  const over = (moved: number) => {
    const from = 1.5 + Math.max(0, -moved);
    if (from > top) return;
    if (moved === 0) {
      at(c, from);
      at(c, top);
      return;
    }
    for (let x = from; x < top; x *= 2) {
      // On [x, 2x]: x' + moved lies within x' (1 + moved / x), above it for a fall, under it for a rise.
      const cx = c / (1 + moved / x);
      at(cx, x);
      at(cx, Math.min(2 * x, top));
    }
    if (from === top) at(c / (1 + moved / from), from);
  };
  // The least factor comes with the largest rise (the ratio falls as the count grows, for any x); the
  // most with no change or the largest fall: a smaller fall gives less at any x, and at the x only it
  // reaches (below 1.5 + the largest fall) less than the largest fall gives at its own least x.
  over(0);
  over(Math.max(0, change.dfRise));
  over(-Math.max(0, change.dfFall));
  return { low: low * (1 - SLACK), high: high * (1 + SLACK) };
}
