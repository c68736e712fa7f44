import type { BaseIndex } from './base-index';
import { STORES } from './corpus-schema';
import type { ShardSpan } from './fold-cursor';
import { indexArticles } from './index-articles';
import type { IndexLog, LogEntry } from './index-log';
import { INDEX_LAYOUT } from './index-layout';
import { postingsByShard } from './postings-by-shard';
import type { ShardPosting } from './shard-head';
import { shardsChanged } from './shards-changed';
import { META_KEYS } from './store-state';
import type { KvWriter } from './types';
import { unindexArticles } from './unindex-articles';

/**
 * Moves some log entries into the shards of one span (a slice of a fold made in slices): the removed
 * articles' postings and counts out, then the added ones in. The caller says the shards changed once
 * every span is done. `nextDocNo` is the store's next docNo when the fold began.
 * @example await foldSpan(tx, foldEntries(entries), { from: 0, to: 1024 }, cursor.nextDocNo, base ? base.df : () => 0)
 */
export async function foldSpan(tx: KvWriter, entries: FoldEntries, span: ShardSpan, nextDocNo: number, baseDf: BaseIndex['df']): Promise<void> {
  const { removed, added } = entries;
  if (removed.entries.length) await unindexArticles(tx, removed.entries, baseDf, { ...span, postings: removed.postings });
  if (added.entries.length) await indexArticles(tx, added.entries, nextDocNo, baseDf, { ...span, postings: added.postings });
}

/** A fold's entries, removals and additions apart, each with its postings by shard: worked out once for every slice. */
export interface FoldEntries {
  removed: { entries: LogEntry[]; postings: Map<number, ShardPosting[]> };
  added: { entries: LogEntry[]; postings: Map<number, ShardPosting[]> };
}

/**
 * The entries of a fold as its slices use them.
 * @example foldEntries(log.entries).added.entries.length // -> 32
 */
export function foldEntries(entries: readonly LogEntry[]): FoldEntries {
  const part = (kept: LogEntry[]) => ({ entries: kept, postings: postingsByShard(kept) });
  return { removed: part(entries.filter((entry) => entry.removed)), added: part(entries.filter((entry) => !entry.removed)) };
}

/**
 * Moves every change the log holds into the shards, inside a write transaction, and empties the log:
 * the removed articles' postings and counts are taken out, then the added articles are indexed (they
 * are newer than everything in the shards). One rewrite of each shard the changes touch, however many
 * changes there are: the reason adds go through the log. A fold made in slices and cut off (fold-cursor.ts)
 * is finished first: its entries go into the shards it has not reached. `nextDocNo` is the store's next
 * docNo. Returns how many entries it folded.
 * @example await foldLog(tx, await readLog(tx), state.nextDocNo, base ? base.df : () => 0) // -> 12
 */
export async function foldLog(tx: KvWriter, log: IndexLog, nextDocNo: number, baseDf: BaseIndex['df']): Promise<number> {
  const { folding } = log;
  if (folding) {
    const moving = log.entries.filter((entry) => folding.docNos.has(entry.docNo));
    await foldSpan(tx, foldEntries(moving), { from: folding.next, to: INDEX_LAYOUT.shards }, folding.nextDocNo, baseDf);
    if (moving.length) await shardsChanged(tx, moving);
    tx.delete(STORES.meta, META_KEYS.folding);
  }
  const rest = folding ? log.entries.filter((entry) => !folding.docNos.has(entry.docNo)) : log.entries;
  const removed = rest.filter((entry) => entry.removed);
  const added = rest.filter((entry) => !entry.removed);
  if (removed.length) await unindexArticles(tx, removed, baseDf);
  if (added.length) await indexArticles(tx, added, nextDocNo, baseDf);
  if (log.entries.length) tx.delete(STORES.log, { lower: Number.NEGATIVE_INFINITY });
  return log.entries.length;
}
