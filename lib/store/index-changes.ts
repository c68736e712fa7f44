import type { BaseIndex } from './base-index';
import { beginFold, readFoldCursor, type FoldCursor } from './fold-cursor';
import { foldLog } from './fold-log';
import { indexArticles } from './index-articles';
import { logAdditions, logHasRoom, logIsFull, logKeys, logRemovals, readLog } from './index-log';
import type { KvWriter, StoredArticle } from './types';
import { unindexArticles } from './unindex-articles';

/** The index log as a writer reads it with its first reads: its keys and the fold under way. */
export interface LogAtStart {
  keys: Set<number>;
  folding: FoldCursor | undefined;
}

/**
 * The log's keys and the fold under way, read at once (for indexChanges).
 * @example await logAtStart(tx) // -> { keys: Set {10000}, folding: undefined }
 */
export async function logAtStart(tx: KvWriter): Promise<LogAtStart> {
  const [keys, folding] = await Promise.all([logKeys(tx), readFoldCursor(tx)]);
  return { keys, folding };
}

/**
 * Puts a writer's articles into the index, inside its transaction: new articles (docNos from
 * `nextDocNo` up) and removed ones (replaced or deleted). While the index log has room they are only
 * logged (a record each: a single save or delete stays a handful of writes); the writer that fills the
 * log begins a fold (fold-cursor.ts), which continueFold makes in slices once this transaction is over.
 * Past the log's ceiling, or when the change removes an article a fold under way is moving, the whole
 * log is folded into the shards here and these changes go straight there with it, so an import batch
 * rewrites each shard once. `log` is what the writer read with its first reads, in the same
 * transaction (logAtStart): one round of requests fewer. Returns whether a fold waits for continueFold.
 * @example await indexChanges(tx, { added: [record], removed: [], nextDocNo: state.nextDocNo }, base) // -> false
 */
export async function indexChanges(tx: KvWriter, changes: { added: readonly StoredArticle[]; removed: readonly StoredArticle[]; nextDocNo: number }, base: BaseIndex | undefined, log?: LogAtStart): Promise<boolean> {
  const { added, removed, nextDocNo } = changes;
  if (!added.length && !removed.length) return false;
  const { keys, folding } = log ?? (await logAtStart(tx));
  // A fold under way moves its entries as they are: an article of it deleted must leave the shards it has passed too.
  const moving = new Set(folding?.docNos);
  const movedByFold = removed.some((record) => moving.has(record.docNo));
  if (!movedByFold && logHasRoom(keys.size, added.length + removed.length)) {
    logRemovals(tx, keys, removed);
    logAdditions(tx, added);
    if (folding) return true;
    const after = new Set(keys);
    for (const { docNo } of removed) {
      if (keys.has(docNo)) after.delete(docNo);
      else after.add(docNo);
    }
    for (const { docNo } of added) after.add(docNo);
    if (!logIsFull(after.size)) return false;
    beginFold(tx, after, nextDocNo + added.length);
    return true;
  }
  const baseDf = base ? base.df : () => 0;
  await foldLog(tx, await readLog(tx), nextDocNo, baseDf);
  if (removed.length) await unindexArticles(tx, removed, baseDf);
  if (added.length) await indexArticles(tx, added, nextDocNo + added.length, baseDf);
  return false;
}
