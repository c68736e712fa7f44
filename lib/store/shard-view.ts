import type { PostingsBlock } from './postings-block';
import { headFrequency, shardPostings, type ShardHead } from './shard-head';

/** One run of a term's postings: articles in ascending docNo and their weights (thousandths). */
export interface PostingsRun {
  docs: Uint32Array;
  weights: Uint32Array;
}

/** What a search asks of one shard's document frequencies. */
export interface ShardFrequencies {
  /** How many stored articles use `term` (0 when the shard does not list it). */
  df(term: string): number;
}

/**
 * What a search asks of one shard, however it was read: the database's records (recordsView) or the
 * refresh's snapshot file (shard-snapshot.ts), which reads only the asked terms' postings.
 */
export interface ShardView extends ShardFrequencies {
  /**
   * The term's postings in ascending docNo, in one run or several (views, not copies); none when the
   * shard lacks it. A snapshot's views are into one buffer it reuses: they hold until the next
   * postings() of any of its shards, so a caller sums them before asking for the next term's.
   */
  postings(term: string): readonly PostingsRun[];
}

/**
 * A shard's records as the database keeps them (its sealed blocks, then its head) seen as a ShardView.
 * @example recordsView([block, head]).df('kim') // -> 3
 */
export function recordsView(records: ReadonlyArray<PostingsBlock | ShardHead>): ShardView {
  const last = records.at(-1);
  const head = last && 'open' in last ? last : undefined;
  return { df: (term) => headFrequency(head, term), postings: (term) => shardPostings(records, term) };
}

/**
 * A shard's frequencies from its head alone (a read of one small record): for a term's count, never its postings.
 * @example headView(head).df('kim') // -> 3
 */
export const headView = (head: ShardHead | undefined): ShardFrequencies => ({ df: (term) => headFrequency(head, term) });
