import { INDEX_LAYOUT } from './index-layout';
import { findTerm } from './postings-block';

/**
 * The store's commonest terms and how many stored articles used each when the norms were last refreshed
 * (NormRefresh.common): until the next change, a query weighs these terms without reading their shards.
 */
export interface CommonTerms {
  /** Sorted. */
  terms: string[];
  df: Uint32Array;
}

/**
 * The least document frequency that lists a term among the common ones of a store of `storeSize`
 * articles: INDEX_LAYOUT.commonShare of them, and never under two (a term of one article is no common word).
 * @example commonFloor(100_000) // -> 391
 */
export function commonFloor(storeSize: number): number {
  return Math.max(2, Math.ceil(storeSize * INDEX_LAYOUT.commonShare));
}

/**
 * Collects the common terms of a store, shard head by shard head, as the norm refresh walks them.
 * @example const common = commonTermsOf(10_000); common.add(head.terms, head.df); common.table() // -> { terms: ['said', …], df: … }
 */
export function commonTermsOf(storeSize: number): { add(terms: readonly string[], df: Uint32Array): void; table(): CommonTerms } {
  const floor = commonFloor(storeSize);
  const found: Array<[string, number]> = [];
  return {
    add(terms, df) {
      terms.forEach((term, i) => {
        if ((df[i] as number) >= floor) found.push([term, df[i] as number]);
      });
    },
    table() {
      found.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
      return { terms: found.map(([term]) => term), df: Uint32Array.from(found, ([, df]) => df) };
    },
  };
}

/**
 * A term's document frequency as the table lists it, or undefined when it is not common.
 * @example commonFrequency({ terms: ['said'], df: Uint32Array.of(812) }, 'said') // -> 812
 */
export function commonFrequency(common: CommonTerms, term: string): number | undefined {
  const i = findTerm(common.terms, term);
  return i < 0 ? undefined : common.df[i];
}
