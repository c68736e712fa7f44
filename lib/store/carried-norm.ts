import { inverseDocumentFrequency } from '../corpus/inverse-document-frequency';
import { IDF_PRIOR_DOCUMENTS } from '../corpus/term-weights';

/** What the last norm refresh kept of one article, unrounded (refresh-norms.ts). */
export interface NormMoments {
  /** The sum of its squared term scores, sum (w idf)^2, over the IDF of then. */
  squares: number;
  /** sum w^2 idf / (df + 0.5 + N + prior) over the same IDF: how fast the squares move with the corpus size. */
  slope: number;
}

/** An article's terms now, against the last refresh. */
export interface CarriedTerms {
  /** The article's terms and weights. */
  weights: Iterable<readonly [string, number]>;
  /** The corpus size (store and bundled) at the refresh, and now. */
  sizeThen: number;
  sizeNow: number;
  /** How a term's document frequency changed since the refresh (0 for most terms). */
  dfChange: (term: string) => number;
  /** A term's document frequency now; asked only for the terms whose frequency changed. */
  dfNow: (term: string) => number;
}

/**
 * One term's share of an article's slope, per unit of w^2: idf / (df + 0.5 + N + prior). The refresh sums
 * it and carriedNorm takes it off again for the terms whose frequency changed, so both use this one form.
 * @example termSlope(Math.log(2), 0, 0) // -> Math.log(2) / 500.5
 */
export const termSlope = (idf: number, df: number, corpusSize: number): number => idf / (df + 0.5 + corpusSize + IDF_PRIOR_DOCUMENTS);

// Rounding slack: the interval is widened by this share of its size, far more than the floating-point
// error of the sums on either side, so a norm it settles is the one articleNorm gives to the last bit.
const SLACK = 1e-9;

// articleNorm's rounding: three decimals.
const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * An article's exact norm now (as articleNorm gives it, three decimals) from what the last refresh kept,
 * reading the document frequencies of only the terms whose frequency changed since; undefined when the
 * bounds do not settle the third decimal (then the caller reads every term's frequency).
 *
 * Why it works: with x = df + 0.5, A = N + prior, a term whose frequency did not change has
 * idf' = ln(1 + (A + D) / x) = idf + ln(1 + u), u = D / (x + A), D the change in corpus size. With
 * u - c u^2 <= ln(1 + u) <= u (c = 1 when D >= 0, 1 / (1 - |u|max) otherwise), the sum of its squares
 * moves by 2 D slope, within a second-order term of about (D / N)^2 of the squares: one more decimal
 * place than the norm keeps at 100,000 articles, and the terms whose frequency did change are summed
 * anew exactly. Adding one article therefore leaves nearly every kept norm usable: a query right after a
 * save reads a few shard heads instead of every candidate term's.
 * @example carriedNorm({ squares: 4, slope: 0 }, { weights: [], sizeThen: 10, sizeNow: 10, dfChange: () => 0, dfNow: () => 1 }) // -> 2
 */
export function carriedNorm(kept: NormMoments, now: CarriedTerms): number | undefined {
  const { sizeThen, sizeNow } = now;
  const a = sizeThen + IDF_PRIOR_DOCUMENTS;
  const change = sizeNow - sizeThen;
  // |u| <= |D| / (A + 0.5): x is at least 0.5.
  const most = Math.abs(change) / (a + 0.5);
  if (most >= 0.5) return undefined;
  const c = change < 0 ? 1 / (1 - most) : 1;
  let changedThen = 0;
  let changedSlope = 0;
  let changedNow = 0;
  let weightSquares = 0;
  for (const [term, weight] of now.weights) {
    const w2 = weight * weight;
    weightSquares += w2;
    const delta = now.dfChange(term);
    if (delta === 0) continue;
    const dfNow = now.dfNow(term);
    const dfThen = dfNow - delta;
    const idfThen = inverseDocumentFrequency(dfThen, sizeThen);
    changedThen += w2 * idfThen * idfThen;
    changedSlope += w2 * termSlope(idfThen, dfThen, sizeThen);
    changedNow += (weight * inverseDocumentFrequency(dfNow, sizeNow)) ** 2;
  }
  const unchanged = kept.squares - changedThen;
  const slope = kept.slope - changedSlope;
  // sum w^2 idf / (x + A)^2 <= slope / (A + 0.5); sum w^2 u^2 (1 + c|u|)^2 <= weightSquares most^2 (1 + c most)^2.
  const linear = 2 * change * slope;
  const secondOrder = 2 * c * change * change * (Math.max(0, slope) / (a + 0.5));
  const squared = weightSquares * (most * (1 + c * most)) ** 2;
  const low = unchanged + linear - secondOrder + changedNow;
  const high = unchanged + linear + squared + changedNow;
  const slack = SLACK * Math.abs(high) + 1e-12;
  if (low - slack < 0) return undefined;
  const norm = round(Math.sqrt(low - slack));
  return norm === round(Math.sqrt(high + slack)) ? norm : undefined;
}
