import type { BaseIndex } from './base-index';
import { ALL_STORES, STORES } from './corpus-schema';
import { beginFold, readFoldCursor, type FoldCursor } from './fold-cursor';
import { foldEntries, foldSpan, type FoldEntries } from './fold-log';
import type { LogEntry } from './index-log';
import { INDEX_LAYOUT } from './index-layout';
import { shardsChanged } from './shards-changed';
import { META_KEYS, readState } from './store-state';
import type { KvDatabase } from './types';

/**
 * Makes the fold under way (fold-cursor.ts), one slice of INDEX_LAYOUT.foldShards shards per write
 * transaction, until it is done: the last slice takes the folded entries out of the log and keeps them
 * beside the shards for the refresh's snapshot (shardsChanged). A query waits for one slice at most.
 * Cut off (the page closed), the store stays whole: readers take the cursor into account, and the next
 * writer, or the norm refresh, goes on from where it stopped. Two callers at once share the slices.
 * Once `signal` is aborted (an import cancelled) it stops between slices, so cut off.
 * Returns how many slices it made (0: no fold under way).
 * @example await continueFold(db, base) // -> 16
 */
export async function continueFold(db: KvDatabase, base?: BaseIndex, signal?: { readonly aborted: boolean }): Promise<number> {
  const baseDf = base ? base.df : () => 0;
  let slices = 0;
  // The fold's entries, read once: they stay as they are while its cursor does (a delete of one of
  // them finishes the fold first), and an import batch's are megabytes.
  let read: { docNos: number[]; moving: LogEntry[]; prepared: FoldEntries } | undefined;
  const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((docNo, i) => docNo === b[i]);
  for (;;) {
    if (signal?.aborted) return slices;
    const step = await db.write(ALL_STORES, async (tx): Promise<'none' | 'more' | 'done'> => {
      const cursor = await readFoldCursor(tx);
      if (!cursor) return 'none';
      if (!read || !same(read.docNos, cursor.docNos)) {
        const docNos = new Set(cursor.docNos);
        const moving = (await tx.getAll<LogEntry>(STORES.log)).filter((entry) => docNos.has(entry.docNo));
        read = { docNos: cursor.docNos, moving, prepared: foldEntries(moving) };
      }
      const { moving, prepared } = read;
      const span = { from: cursor.next, to: Math.min(INDEX_LAYOUT.shards, cursor.next + INDEX_LAYOUT.foldShards) };
      await foldSpan(tx, prepared, span, cursor.nextDocNo, baseDf);
      if (span.to < INDEX_LAYOUT.shards) {
        tx.put(STORES.meta, { ...cursor, next: span.to } satisfies FoldCursor, META_KEYS.folding);
        return 'more';
      }
      if (moving.length) await shardsChanged(tx, moving);
      for (const { docNo } of moving) tx.delete(STORES.log, docNo);
      tx.delete(STORES.meta, META_KEYS.folding);
      return 'done';
    });
    if (step === 'none') return slices;
    slices++;
    if (step === 'done') return slices;
  }
}

/**
 * Folds the whole index log in slices (continueFold): the fold under way, or else one of every entry
 * the log holds now. What the norm refresh does first, so that its own fold, in one transaction, holds
 * only what came in meanwhile: after a feed refresh the log can hold dozens of changes, and one fold of
 * them all would hold up a popup for seconds at 100,000 articles. Returns how many slices it made.
 * @example await foldLogInSlices(db, base) // -> 16 (0 with an empty log)
 */
export async function foldLogInSlices(db: KvDatabase, base?: BaseIndex): Promise<number> {
  const begun = await db.write(ALL_STORES, async (tx) => {
    const [cursor, keys, state] = await Promise.all([readFoldCursor(tx), tx.getKeys(STORES.log), readState(tx)]);
    if (cursor) return true;
    if (!keys.length) return false;
    beginFold(tx, keys as number[], state.nextDocNo);
    return true;
  });
  return begun ? continueFold(db, base) : 0;
}
