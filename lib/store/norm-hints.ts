import { IDF_PRIOR_DOCUMENTS } from '../corpus/term-weights';
import { INDEX_LAYOUT } from './index-layout';

/**
 * Approximate norms of INDEX_LAYOUT.hintBlock articles (a per-article block, see article-slot.ts), used
 * only to choose which candidates a query scores exactly while the store has changed since its last
 * norm refresh (see store-coverage-source.ts and refresh-norms.ts).
 *
 * Why approximate: an article's norm uses the IDF of each of its terms, and every add or delete moves the
 * corpus size and some document frequencies, so a stored norm is stale at once; keeping them exact
 * would mean rewriting every article's norm on every change. The hint keeps three sums per article
 * instead, so the corpus size can change freely: with w a term's weight and l = ln(df + 0.5),
 *   a = sum w^2,  b = sum w^2 l,  c = sum w^2 l^2,   and with L = ln(N + prior),
 *   hint^2 = a L^2 - 2 b L + c = sum w^2 (L - l)^2.
 * L - l = ln((N + prior) / (df + 0.5)) is just under the IDF ln(1 + (N + prior) / (df + 0.5)), so the hint
 * is a little under the norm and the score it suggests a little over: a safe error, the candidate is
 * scored exactly. The unsafe error comes from document frequencies that grew after the sums were taken
 * (l grew, the true norm shrank): for rare terms, where that matters, the sums are updated as articles
 * arrive (INDEX_LAYOUT.hintFanOut).
 */
export interface HintBlock {
  a: Float32Array;
  b: Float32Array;
  c: Float32Array;
}

/** The three sums of one article. */
export interface NormHint {
  a: number;
  b: number;
  c: number;
}

export const emptyHintBlock = (): HintBlock => ({
  a: new Float32Array(INDEX_LAYOUT.hintBlock),
  b: new Float32Array(INDEX_LAYOUT.hintBlock),
  c: new Float32Array(INDEX_LAYOUT.hintBlock),
});

const level = (df: number) => Math.log(df + 0.5);

/**
 * The hint sums of an article from its weights (thousandths, in term order) and the document frequency
 * of each term in the corpus as it is now.
 * @example normHint(new Uint32Array([1000]), [1]) // -> { a: 1, b: Math.log(1.5), c: Math.log(1.5) ** 2 }
 */
export function normHint(weights: Uint32Array, documentFrequencies: readonly number[]): NormHint {
  let a = 0;
  let b = 0;
  let c = 0;
  weights.forEach((milli, i) => {
    const w2 = (milli / 1000) ** 2;
    const l = level(documentFrequencies[i] as number);
    a += w2;
    b += w2 * l;
    c += w2 * l * l;
  });
  return { a, b, c };
}

/**
 * How an article's b and c sums move when one of its terms (weight in thousandths) goes from `before`
 * to `after` articles.
 * @example hintShift(1000, 1, 2) // -> { b: Math.log(2.5) - Math.log(1.5), c: Math.log(2.5) ** 2 - Math.log(1.5) ** 2 }
 */
export function hintShift(milli: number, before: number, after: number): { b: number; c: number } {
  const w2 = (milli / 1000) ** 2;
  const l0 = level(before);
  const l1 = level(after);
  return { b: w2 * (l1 - l0), c: w2 * (l1 * l1 - l0 * l0) };
}

/**
 * The approximate norm of the article in `slot` of a hint block, for a corpus of `corpusSize` articles.
 * @example hintedNorm(block, 0, 10_000) // -> about the article's exact norm, a little under it
 */
export function hintedNorm(block: HintBlock, slot: number, corpusSize: number): number {
  const L = Math.log(corpusSize + IDF_PRIOR_DOCUMENTS);
  const squared = (block.a[slot] as number) * L * L - 2 * (block.b[slot] as number) * L + (block.c[slot] as number);
  return Math.sqrt(Math.max(0, squared));
}
