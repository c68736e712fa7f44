import { STORES } from './corpus-schema';
import type { ShardPosting } from './shard-head';
import { META_KEYS } from './store-state';
import type { KvReader, KvWriter } from './types';

/**
 * A fold of the index log into the shards under way, made in slices of shards (continueFold), each
 * its own write transaction.
 *
 * Why in slices: at 100,000 articles one fold of a full log rewrites some 5,700 shard heads in about 4 s,
 * and a query (the popup's) waits for a write transaction that began before it: a popup opened at the
 * wrong moment waited 5 s, once every INDEX_LAYOUT.logEntries saves. In slices it waits for one slice.
 *
 * Meanwhile the entries being folded stay in the log (a query that reads the refresh's snapshot file
 * needs them whole), and the shards below `next` already hold them: a reader of the shards in the
 * database takes those entries' changes only for the shards from `next` on (IndexLog.shardDfDelta,
 * .shardPostings, .inShard). The last slice takes them out of the log and drops the cursor, in one
 * transaction.
 */
export interface FoldCursor {
  /** The log entries being folded (docNos); entries logged since wait for the next fold. */
  docNos: number[];
  /** The first shard that does not hold them yet. */
  next: number;
  /** The store's next docNo when the fold began (above every docNo folded): a sealed head starts there. */
  nextDocNo: number;
}

/**
 * Shards `from` up to (not including) `to`: what one slice of a fold rewrites, with the folded articles'
 * postings by shard (postingsByShard) when the fold worked them out once for all its slices (an import
 * batch's are 200,000).
 */
export interface ShardSpan {
  from: number;
  to: number;
  postings?: Map<number, ShardPosting[]>;
}

/**
 * The fold under way, if any.
 * @example await readFoldCursor(tx) // -> { docNos: [10000, 10001], next: 2048, nextDocNo: 10002 }
 */
export function readFoldCursor(tx: KvReader): Promise<FoldCursor | undefined> {
  return tx.get<FoldCursor>(STORES.meta, META_KEYS.folding);
}

/**
 * Begins a fold of these log entries, inside the write that decides it; continueFold makes it.
 * `nextDocNo` is the store's next docNo after that write (above every entry's).
 * @example beginFold(tx, [10000, 10001], 10002)
 */
export function beginFold(tx: KvWriter, docNos: Iterable<number>, nextDocNo: number): void {
  tx.put(STORES.meta, { docNos: [...docNos].sort((x, y) => x - y), next: 0, nextDocNo } satisfies FoldCursor, META_KEYS.folding);
}
