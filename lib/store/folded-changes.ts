import type { CommonTerms } from './common-terms';
import { STORES } from './corpus-schema';
import { INDEX_LAYOUT } from './index-layout';
import type { LogEntry } from './index-log';
import { META_KEYS } from './store-state';
import type { KvReader, KvWriter, NormRefresh } from './types';

/**
 * The changes moved into the shards since the last norm refresh (folds of the index log, and a
 * writer's own changes made straight in the shards when the log was full), in the order they were
 * made, with that refresh's stamp and corpus size.
 *
 * Why: the refresh's snapshot file holds the shards as it walked them. A save only goes to the index
 * log, so the file still serves a query then (the log's changes come on top); but the first thing the
 * next refresh does is fold the log into the shards, and a writer that finds the log full folds it too.
 * Without these entries the file would be useless from that fold until the new refresh is kept (60-100
 * s at 100,000 articles, and for as long as saves keep coming), and each query would read hundreds of
 * shards from the database instead (seconds). With them, the file plus these plus the log is the
 * store as it is, as right after a save.
 */
export interface FoldedChanges {
  /** The refresh whose shards the entries go on from (NormRefresh.generation and .fingerprint). */
  generation: number;
  fingerprint: string;
  /** That refresh's corpus size (NormRefresh.size): its kept norms can still be carried forward. */
  size: number;
  /** That refresh's common terms with their counts then (NormRefresh.common): with these entries, their counts now. */
  common?: CommonTerms;
  entries: LogEntry[];
}

/**
 * Keeps, inside a write that moves `moved` into the shards, the changes since the last refresh: the
 * first change after the refresh starts them (the refresh record still has its size then), later ones
 * append while they fit (INDEX_LAYOUT.foldedEntries). A write that does not fit (an import batch)
 * drops them, and so does one with no refresh to go on from: queries then read the shards from the
 * database until the next refresh. Called before shardsChanged takes the size off the refresh record.
 * @example await keepFolded(tx, refresh, [{ docNo: 9, terms: 'kim', weights: new Uint32Array([1000]) }])
 */
export async function keepFolded(tx: KvWriter, refresh: NormRefresh | undefined, moved: readonly LogEntry[]): Promise<void> {
  const folded = await tx.get<FoldedChanges>(STORES.meta, META_KEYS.folded);
  const since: FoldedChanges | undefined =
    refresh?.size !== undefined
      ? { generation: refresh.generation, fingerprint: refresh.fingerprint, size: refresh.size, ...(refresh.common ? { common: refresh.common } : {}), entries: [] }
      : folded && refresh && folded.generation === refresh.generation && folded.fingerprint === refresh.fingerprint
        ? folded
        : undefined;
  if (since && since.entries.length + moved.length <= INDEX_LAYOUT.foldedEntries) {
    tx.put(STORES.meta, { ...since, entries: [...since.entries, ...moved] } satisfies FoldedChanges, META_KEYS.folded);
  } else if (folded) tx.delete(STORES.meta, META_KEYS.folded);
}

/**
 * The folded changes that still go on from `refresh`, read in a query's transaction (undefined when
 * there are none, or they are an earlier refresh's).
 * @example await readFolded(tx, refresh) // -> { generation: 4, fingerprint: 'ab12', size: 10005, entries: [...] }
 */
export async function readFolded(tx: KvReader, refresh: NormRefresh | undefined): Promise<FoldedChanges | undefined> {
  const folded = await tx.get<FoldedChanges>(STORES.meta, META_KEYS.folded);
  return folded && refresh && refresh.size === undefined && folded.generation === refresh.generation && folded.fingerprint === refresh.fingerprint ? folded : undefined;
}

/**
 * The changes since a refresh as one index log: the folded entries, then the log's. An article added
 * since and deleted again is in neither (the fold put it in the shards, so its deletion is a removal
 * entry in the log), and the entries come in docNo order, as the log does.
 * @example sinceRefresh([{ docNo: 9, terms: 'kim', weights }], [{ docNo: 9, terms: 'kim', weights, removed: true }]) // -> []
 */
export function sinceRefresh(folded: readonly LogEntry[], log: readonly LogEntry[]): LogEntry[] {
  const byDoc = new Map<number, LogEntry>();
  for (const entry of [...folded, ...log]) {
    const before = byDoc.get(entry.docNo);
    if (entry.removed && before && !before.removed) byDoc.delete(entry.docNo);
    else byDoc.set(entry.docNo, entry);
  }
  return [...byDoc.values()].sort((x, y) => x.docNo - y.docNo);
}
