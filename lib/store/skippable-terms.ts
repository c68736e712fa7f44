import { candidateScore } from '../match/candidate-score';

/**
 * How many of a query's terms, taken commonest first, can be left unread: the longest run whose part of
 * the query's norm stays under `share`. By Cauchy–Schwarz an article sharing only those terms with the
 * query has a cosine with it of at most their norm over the query's (its cosine with the query cut down
 * to them), so none of those articles can score `share`; and the commonest terms have the longest
 * postings, the most a query would read.
 * @example skippableTerms([0.5, 1, 4], 10, 0.12) // -> 2 (the first two weigh 1.12 of 10, the first three 4.15)
 */
export function skippableTerms(commonestFirst: readonly number[], queryNorm: number, share: number): number {
  let squares = 0;
  let count = 0;
  for (const weight of commonestFirst) {
    squares += weight * weight;
    if (!(Math.sqrt(squares) < share * queryNorm)) break;
    count++;
  }
  return count;
}

/** Relative room for rounding in the sums, far above what summing a few hundred terms in another order moves. */
const ROUNDING = 1e-9;

/**
 * The highest score an article can reach when only some of the query's terms were summed: `dot` and
 * `squares` (its weights times IDF, squared) over the terms read; `low`, the least the norm its exact
 * score divides by can be, and `high`, the most its true norm can be (a refreshed store's kept norm is
 * rounded to three decimals: low is it, high 0.0005 more; a changed store's lie within the bounds of
 * normRatioBounds); `unreadNorm` the norm of the query's unread terms. The unread terms add at most
 * unreadNorm times the part of the article's norm the read terms left (Cauchy–Schwarz again). Never
 * under the exact candidateScore.
 * @example upperScore({ dot: 2, squares: 4, low: 3, high: 3.0005 }, 1, 4, 1) // -> 0.353 (the exact score lies in 0.167..0.353)
 */
export function upperScore(read: { dot: number; squares: number; low: number; high: number }, unreadNorm: number, queryNorm: number, dateFactor: number): number {
  const rest = Math.sqrt(Math.max(0, read.high ** 2 - read.squares));
  return candidateScore(read.dot + unreadNorm * rest, queryNorm, read.low, dateFactor) * (1 + ROUNDING);
}
