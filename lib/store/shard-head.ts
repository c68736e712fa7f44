import { INDEX_LAYOUT } from './index-layout';
import { appendToBlock, blockPostings, findTerm, packBlock, unionOfSorted, unpackBlock, type PostingsBlock, type TermPostings } from './postings-block';

const EMPTY_BLOCK: PostingsBlock = packBlock(new Map());

/**
 * The newest record of a shard, at key [shard, 'head']: every term of the shard with its document
 * frequency (so one small read answers "how many articles use this term"), and the postings of the
 * shard's newest articles (docNo >= openFrom). Older postings are in sealed blocks at [shard, firstDocNo].
 */
export interface ShardHead {
  /** Sorted; exactly the shard's terms used by at least one article. */
  terms: string[];
  df: Uint32Array;
  openFrom: number;
  open: PostingsBlock;
}

/** One posting to add to or remove from a shard. */
export interface ShardPosting {
  term: string;
  docNo: number;
  weight: number;
}

/** The head key of a shard and the key range of all its records (sealed blocks first, then the head). */
export const headKey = (shard: number): [number, string] => [shard, 'head'];
export const shardRange = (shard: number) => ({ lower: [shard, 0], upper: [shard, 'head'] });

/**
 * The document frequency a head records for a term (0 when the shard has no such term).
 * @example headFrequency(head, 'pyongyang') // -> 3
 */
export function headFrequency(head: ShardHead | undefined, term: string): number {
  if (!head) return 0;
  const i = findTerm(head.terms, term);
  return i < 0 ? 0 : (head.df[i] as number);
}

/** A head's term -> df as an editable map. */
function frequencies(head: ShardHead | undefined): Map<string, number> {
  const map = new Map<string, number>();
  head?.terms.forEach((term, i) => map.set(term, head.df[i] as number));
  return map;
}

function packHead(df: Map<string, number>, openFrom: number, open: Map<string, TermPostings>): ShardHead {
  const terms = [...df.keys()].filter((t) => (df.get(t) as number) > 0).sort();
  return { terms, df: Uint32Array.from(terms, (t) => df.get(t) as number), openFrom, open: packBlock(open) };
}

export interface ShardAddition {
  head: ShardHead;
  /** The head's postings sealed into a block, when they grew past INDEX_LAYOUT.openPostings. */
  sealed?: { firstDocNo: number; block: PostingsBlock };
}

/**
 * Adds postings of new articles (docNos above every docNo in the shard, ascending) to a shard's head,
 * counting each term's new articles in its document frequency. When the head then holds more than
 * INDEX_LAYOUT.openPostings postings, they are sealed into a block starting at the old openFrom and the
 * head starts afresh at `nextDocNo`.
 * @example addToShard(undefined, [{ term: 'kim', docNo: 0, weight: 1414 }], 1).head.terms // -> ['kim']
 */
export function addToShard(head: ShardHead | undefined, postings: readonly ShardPosting[], nextDocNo: number): ShardAddition {
  const added = new Map<string, ShardPosting[]>();
  for (const posting of postings) {
    const list = added.get(posting.term);
    if (list) list.push(posting);
    else added.set(posting.term, [posting]);
  }
  // Merged, not rebuilt through maps: every add rewrites a couple of hundred heads.
  const terms = unionOfSorted(head?.terms ?? [], [...added.keys()].sort());
  const df = new Uint32Array(terms.length);
  let old = 0;
  terms.forEach((term, i) => {
    const before = head && head.terms[old] === term ? (head.df[old++] as number) : 0;
    df[i] = before + (added.get(term)?.length ?? 0);
  });
  const open = appendToBlock(head?.open ?? EMPTY_BLOCK, added);
  const openFrom = head?.openFrom ?? (postings[0]?.docNo as number);
  if (open.docs.length <= INDEX_LAYOUT.openPostings) return { head: { terms, df, openFrom, open } };
  return { head: { terms, df, openFrom: nextDocNo, open: EMPTY_BLOCK }, sealed: { firstDocNo: openFrom, block: open } };
}

/** Removes the given articles' postings from one block's map (in place); returns whether anything went. */
function dropPostings(block: Map<string, TermPostings>, postings: readonly ShardPosting[]): boolean {
  let changed = false;
  for (const { term, docNo } of postings) {
    const list = block.get(term);
    const at = list ? list.docs.indexOf(docNo) : -1;
    if (!list || at < 0) continue;
    list.docs.splice(at, 1);
    list.weights.splice(at, 1);
    changed = true;
  }
  return changed;
}

export interface ShardRemoval {
  /** The new head, or undefined when the shard has no term left (delete its records). */
  head: ShardHead | undefined;
  /** Sealed blocks rewritten (by firstDocNo); an undefined block is now empty and is deleted. */
  blocks: Map<number, PostingsBlock | undefined>;
}

/**
 * Removes articles' postings from a shard: from the head (and its document frequencies) and from the
 * sealed blocks given (keyed by firstDocNo; pass every block that may hold one of the docNos).
 * @example removeFromShard(head, new Map(), [{ term: 'kim', docNo: 0, weight: 1414 }]).head // -> undefined (kim was its only term)
 */
export function removeFromShard(head: ShardHead, sealed: ReadonlyMap<number, PostingsBlock>, postings: readonly ShardPosting[]): ShardRemoval {
  const df = frequencies(head);
  for (const { term } of postings) df.set(term, (df.get(term) ?? 0) - 1);
  const open = unpackBlock(head.open);
  dropPostings(open, postings.filter((p) => p.docNo >= head.openFrom));
  const blocks = new Map<number, PostingsBlock | undefined>();
  const older = postings.filter((p) => p.docNo < head.openFrom);
  for (const [first, record] of sealed) {
    const block = unpackBlock(record);
    if (!dropPostings(block, older)) continue;
    const packed = packBlock(block);
    blocks.set(first, packed.terms.length ? packed : undefined);
  }
  const next = packHead(df, head.openFrom, open);
  return { head: next.terms.length ? next : undefined, blocks };
}

/**
 * A term's postings across a shard's records (sealed blocks in docNo order, then the head): views into
 * the records' arrays, one per record that has the term, in docNo order. Views, not one copied list: a
 * query at 100,000 articles sums a million postings, and copying them first cost it a tenth of its time.
 * @example shardPostings([block, head], 'kim') // -> [{ docs: Uint32Array [0], weights: Uint32Array [1414] }, { docs: Uint32Array [9], … }]
 */
export function shardPostings(records: ReadonlyArray<PostingsBlock | ShardHead>, term: string): Array<{ docs: Uint32Array; weights: Uint32Array }> {
  const views: Array<{ docs: Uint32Array; weights: Uint32Array }> = [];
  for (const record of records) {
    const found = blockPostings('open' in record ? record.open : record, term);
    if (found) views.push(found);
  }
  return views;
}
