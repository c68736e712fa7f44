import { STORES } from './corpus-schema';
import { readFoldCursor, type FoldCursor } from './fold-cursor';
import { INDEX_LAYOUT } from './index-layout';
import { recordTerms } from './record-terms';
import { shardOfTerm } from './shard-of-term';
import type { KvReader, KvWriter, StoredArticle } from './types';

/**
 * One change to the index not yet folded into the shards, at key docNo: an article added (its terms,
 * weights and published date, what a query and the fold need) or, marked `removed`, one deleted while
 * its postings are still in the shards.
 *
 * Why a log: an add that updates the shards rewrites the head of every shard of its terms (about 215
 * records); appended here it writes one, and the shards take many changes at once later (foldLog).
 * DocNos grow and an import folds the log before it indexes, so every article in the log is newer than
 * every article in the shards: a query meets a term's log postings after its shard postings, in docNo
 * order, as a batch build would.
 */
export interface LogEntry extends Pick<StoredArticle, 'docNo' | 'terms' | 'weights' | 'published'> {
  removed?: true;
}

/**
 * The log read once: what a query or a check needs from it by term and by article.
 */
export interface IndexLog {
  entries: LogEntry[];
  /** Added articles by docNo. */
  added: Map<number, LogEntry>;
  /** Deleted articles whose postings the shards still hold. */
  removed: Set<number>;
  /** Each term's change in document frequency (adds minus removals). */
  dfDelta(term: string): number;
  /** A term's postings among the added articles, in docNo order (weights in thousandths). */
  postings(term: string): ReadonlyArray<readonly [docNo: number, weight: number]>;
  /** The largest rise and the largest fall of any term's document frequency (0 when none). */
  dfRange: { rise: number; fall: number };
  /** A fold under way (fold-cursor.ts): its entries are in the shards below `next` already. */
  folding?: { docNos: ReadonlySet<number>; next: number; nextDocNo: number };
  /** What a term's shard in the database does not hold yet of dfDelta: all of it unless a fold under way has passed the shard. */
  shardDfDelta(term: string): number;
  /** What a term's shard in the database does not hold yet of its log postings. */
  shardPostings(term: string): ReadonlyArray<readonly [docNo: number, weight: number]>;
  /** Whether a shard in the database holds this entry's change already (a fold under way has passed it). */
  inShard(shard: number, docNo: number): boolean;
}

const NONE: ReadonlyArray<readonly [number, number]> = [];

/** Each term's change in document frequency and its postings among added entries, over some entries. */
function termChanges(entries: readonly LogEntry[]) {
  const delta = new Map<string, number>();
  const postings = new Map<string, Array<[number, number]>>();
  for (const entry of entries) {
    const sign = entry.removed ? -1 : 1;
    recordTerms(entry).forEach((term, i) => {
      delta.set(term, (delta.get(term) ?? 0) + sign);
      if (entry.removed) return;
      const list = postings.get(term);
      const posting: [number, number] = [entry.docNo, entry.weights[i] as number];
      if (list) list.push(posting);
      else postings.set(term, [posting]);
    });
  }
  return { delta, postings };
}

/**
 * The log as an IndexLog; `folding` is the fold under way (readFoldCursor), if any.
 * @example indexLog([{ docNo: 9, terms: 'kim', weights: new Uint32Array([1000]) }]).postings('kim') // -> [[9, 1000]]
 */
export function indexLog(entries: LogEntry[], folding?: FoldCursor): IndexLog {
  const added = new Map<number, LogEntry>();
  const removed = new Set<number>();
  for (const entry of entries) {
    if (entry.removed) removed.add(entry.docNo);
    else added.set(entry.docNo, entry);
  }
  const { delta, postings } = termChanges(entries);
  let rise = 0;
  let fall = 0;
  for (const change of delta.values()) {
    rise = Math.max(rise, change);
    fall = Math.max(fall, -change);
  }
  const dfDelta = (term: string) => delta.get(term) ?? 0;
  const termPostings = (term: string) => postings.get(term) ?? NONE;
  const log = { entries, added, removed, dfDelta, postings: termPostings, dfRange: { rise, fall } };
  if (!folding) return { ...log, shardDfDelta: dfDelta, shardPostings: termPostings, inShard: () => false };
  const docNos = new Set(folding.docNos);
  const { next, nextDocNo } = folding;
  // The shards below `next` hold the fold's entries: only the others are still to come there.
  const rest = termChanges(entries.filter((entry) => !docNos.has(entry.docNo)));
  const passed = (term: string) => shardOfTerm(term) < next;
  return {
    ...log,
    folding: { docNos, next, nextDocNo },
    shardDfDelta: (term) => (passed(term) ? (rest.delta.get(term) ?? 0) : dfDelta(term)),
    shardPostings: (term) => (passed(term) ? (rest.postings.get(term) ?? NONE) : termPostings(term)),
    inShard: (shard, docNo) => shard < next && docNos.has(docNo),
  };
}

/**
 * The log as stored, in docNo order, with the fold under way.
 * @example (await readLog(tx)).entries.length // -> 0 right after a fold
 */
export async function readLog(tx: KvReader): Promise<IndexLog> {
  const [entries, folding] = await Promise.all([tx.getAll<LogEntry>(STORES.log), readFoldCursor(tx)]);
  return indexLog(entries, folding);
}

/**
 * The docNos the log has entries for: all a writer needs to decide whether its change fits and how to
 * log a removal, without decoding the entries (the log can hold a few hundred KB of terms).
 * @example await logKeys(tx) // -> Set {10000, 10001}
 */
export async function logKeys(tx: KvReader): Promise<Set<number>> {
  return new Set((await tx.getKeys(STORES.log)) as number[]);
}

/**
 * Whether `changes` more entries still fit in a log of `size` entries (INDEX_LAYOUT.logCeiling, the
 * room kept for saves while a fold is under way); past that the writer folds the whole log and makes
 * its own change in the shards.
 * @example logHasRoom(3, 1) // -> true while INDEX_LAYOUT.logCeiling >= 4
 */
export function logHasRoom(size: number, changes: number): boolean {
  return size + changes <= INDEX_LAYOUT.logCeiling;
}

/**
 * Whether a log of `size` entries is due for a fold (INDEX_LAYOUT.logEntries).
 * @example logIsFull(INDEX_LAYOUT.logEntries) // -> true
 */
export function logIsFull(size: number): boolean {
  return size >= INDEX_LAYOUT.logEntries;
}

/**
 * Logs new articles (one record each).
 * @example logAdditions(tx, [record])
 */
export function logAdditions(tx: KvWriter, records: readonly StoredArticle[]): void {
  for (const { docNo, terms, weights, published } of records) tx.put(STORES.log, { docNo, terms, weights, ...(published === undefined ? {} : { published }) } satisfies LogEntry);
}

/**
 * Logs deleted articles: one still in the log (`logged`: its docNos) is simply taken out of it, one in
 * the shards gets a removal entry (its postings there are skipped until the fold takes them out). A
 * stored article's docNo in the log is always an addition: a removal entry's article is gone.
 * @example logRemovals(tx, await logKeys(tx), [record])
 */
export function logRemovals(tx: KvWriter, logged: ReadonlySet<number>, records: readonly StoredArticle[]): void {
  for (const { docNo, terms, weights } of records) {
    if (logged.has(docNo)) tx.delete(STORES.log, docNo);
    else tx.put(STORES.log, { docNo, terms, weights, removed: true } satisfies LogEntry);
  }
}
