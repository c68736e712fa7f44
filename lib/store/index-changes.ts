import type { BaseIndex } from './base-index';
import { foldLog } from './fold-log';
import { indexArticles } from './index-articles';
import { logAdditions, logHasRoom, logKeys, logRemovals, readLog } from './index-log';
import type { KvWriter, StoredArticle } from './types';
import { unindexArticles } from './unindex-articles';

/**
 * Puts a writer's articles into the index, inside its transaction: new articles (docNos from
 * `nextDocNo` up) and removed ones (replaced or deleted). While the index log has room they are only
 * logged (a record each: a single save or delete stays a handful of writes); otherwise the log is
 * folded into the shards and these changes go straight there with it, so an import batch rewrites each
 * shard once. `logged` is the log's keys (logKeys) when the writer read them with its first reads, in the
 * same transaction: one round of requests fewer.
 * @example await indexChanges(tx, { added: [record], removed: [], nextDocNo: state.nextDocNo }, base)
 */
export async function indexChanges(tx: KvWriter, changes: { added: readonly StoredArticle[]; removed: readonly StoredArticle[]; nextDocNo: number }, base: BaseIndex | undefined, logged?: Set<number>): Promise<void> {
  const { added, removed, nextDocNo } = changes;
  if (!added.length && !removed.length) return;
  logged ??= await logKeys(tx);
  if (logHasRoom(logged.size, added.length + removed.length)) {
    logRemovals(tx, logged, removed);
    logAdditions(tx, added);
    return;
  }
  const baseDf = base ? base.df : () => 0;
  await foldLog(tx, await readLog(tx), nextDocNo, baseDf);
  if (removed.length) await unindexArticles(tx, removed, baseDf);
  if (added.length) await indexArticles(tx, added, nextDocNo + added.length, baseDf);
}
