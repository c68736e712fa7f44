import type { BaseIndex } from './base-index';
import { STORES } from './corpus-schema';
import { indexArticles } from './index-articles';
import type { IndexLog } from './index-log';
import type { KvWriter } from './types';
import { unindexArticles } from './unindex-articles';

/**
 * Moves every change the log holds into the shards, inside a write transaction, and empties the log:
 * the removed articles' postings and counts are taken out, then the added articles are indexed (they
 * are newer than everything in the shards). One rewrite of each shard the changes touch, however many
 * changes there are: the reason adds go through the log. `nextDocNo` is the store's next docNo.
 * Returns how many entries it folded.
 * @example await foldLog(tx, await readLog(tx), state.nextDocNo, base ? base.df : () => 0) // -> 12
 */
export async function foldLog(tx: KvWriter, log: IndexLog, nextDocNo: number, baseDf: BaseIndex['df']): Promise<number> {
  if (!log.entries.length) return 0;
  const removed = log.entries.filter((entry) => entry.removed);
  const added = log.entries.filter((entry) => !entry.removed);
  if (removed.length) await unindexArticles(tx, removed, baseDf);
  if (added.length) await indexArticles(tx, added, nextDocNo, baseDf);
  tx.delete(STORES.log, { lower: Number.NEGATIVE_INFINITY });
  return log.entries.length;
}
