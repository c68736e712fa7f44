import { ExactSum } from '../corpus/exact-sum';
import { inverseDocumentFrequency } from '../corpus/inverse-document-frequency';
import { articleSlot, slotKey } from './article-slot';
import { termSlope } from './carried-norm';
import { commonTermsOf } from './common-terms';
import type { BaseIndex } from './base-index';
import { ALL_STORES, STORES } from './corpus-schema';
import { INDEX_LAYOUT } from './index-layout';
import { foldLogInSlices } from './continue-fold';
import { foldLog } from './fold-log';
import { readLog } from './index-log';
import type { PostingsBlock } from './postings-block';
import type { ShardHead } from './shard-head';
import { snapshotWriter, type ShardRecords, type SnapshotSink } from './shard-snapshot';
import { META_KEYS, readState } from './store-state';
import type { KvDatabase, KvKey, KvReader, NormRefresh } from './types';
import { walkStore } from './walk-store';

// Three decimals, as articleNorm rounds.
const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Computes every stored article's exact norm over the IDF of now (the store and the bundled corpus
 * together) in one pass over the shards, and keeps them, stamped with the store's generation: until
 * the next add or delete, a query scores every candidate exactly with no further reads (the fast path
 * of storeCoverageSource). Each article's squares are summed exactly, so the norms are the ones
 * articleNorm gives in the article's own term order, to the last bit.
 *
 * Why a pass over the whole index: every add changes the corpus size, so every stored norm goes stale;
 * keeping them exact article by article would rewrite them all on every add. The writers run this
 * after a batch of changes (an import, a feed refresh); between a change and the next refresh, queries
 * stay exact on the slower path.
 *
 * The pass takes seconds at 10,000 articles and 25-60 s at 100,000 in Chromium, so it is no one transaction
 * that a popup's query or a save would wait behind: short writes fold the index log, in slices (so every
 * article is in the shards), read transactions walk the shards INDEX_LAYOUT.refreshShards at a time, and a short
 * write keeps the norms only if the store has not changed since the fold (its generation). A change
 * made meanwhile leaves the norms stale anyway, and its writer refreshes after it: this pass then stops
 * and keeps nothing.
 * Given a snapshot target, it also writes every shard as it walked it there (shard-snapshot.ts), and keeps
 * the file only with the norms: a query then reads the shards from the file, not the database, until
 * the store changes. The snapshot is a copy for speed: when writing it fails, the norms are kept all
 * the same and the target dropped.
 * Returns how many articles it normed (0 when a change came in meanwhile).
 * @example await refreshNorms(db, baseIndex(bundle.corpus)) // -> 10000
 */
export async function refreshNorms(db: KvDatabase, base?: BaseIndex, options: { snapshot?: SnapshotTarget } = {}): Promise<number> {
  // Folding changes no score (the same index, laid out otherwise), so the generation stays. In slices
  // first, so that the fold in the write below holds only what came in meanwhile.
  await foldLogInSlices(db, base);
  const state = await db.write(ALL_STORES, async (tx) => {
    const now = await readState(tx);
    await foldLog(tx, await readLog(tx), now.nextDocNo, base ? base.df : () => 0);
    return now;
  });
  const corpusSize = state.count + (base?.corpus.articles.length ?? 0);
  const unchanged = async (tx: KvReader) => (await readState(tx)).generation === state.generation;
  // By docNo: a posting's article is found by index, not hashed (tens of millions of postings at 100,000).
  const sums: Array<ExactSum | undefined> = new Array<ExactSum | undefined>(state.nextDocNo);
  // What carries a norm forward through later changes (carried-norm.ts): sum w^2 termSlope.
  const slopes = new Float64Array(state.nextDocNo);
  const common = commonTermsOf(state.count);
  // Shards walked in a read transaction are written once it has ended: waiting on a file inside it would end it.
  let target = options.snapshot;
  const writer = target && snapshotWriter(target);
  const walkedShards: Array<[number, ShardRecords]> = [];
  const dropSnapshot = async () => {
    const dropped = target;
    target = undefined;
    await dropped?.close(false).catch(() => undefined);
  };
  const normShard = (records: ShardRecords, shard: number) => {
    if (target && records.length) walkedShards.push([shard, records]);
    const head = records.at(-1);
    if (!head || !('open' in head)) return;
    common.add(head.terms, head.df);
    const idfOf = new Map<string, number>();
    const slopeOf = new Map<string, number>();
    head.terms.forEach((term, i) => {
      const df = (head.df[i] as number) + (base?.df(term) ?? 0);
      const idf = inverseDocumentFrequency(df, corpusSize);
      idfOf.set(term, idf);
      slopeOf.set(term, termSlope(idf, df, corpusSize));
    });
    // Record by record, each block's terms in its own order: the sums are exact, so the order of the
    // squares does not change a norm, and no term is looked up in every block.
    for (const record of records) {
      const block = 'open' in record ? record.open : record;
      let start = 0;
      block.terms.forEach((term, t) => {
        const end = block.ends[t] as number;
        const idf = idfOf.get(term);
        if (idf !== undefined) {
          const slope = slopeOf.get(term) as number;
          for (let k = start; k < end; k++) {
            const doc = block.docs[k] as number;
            const w = (block.weights[k] as number) / 1000;
            (sums[doc] ??= new ExactSum()).add((w * idf) ** 2);
            slopes[doc] = (slopes[doc] as number) + w * w * slope;
          }
        }
        start = end;
      });
    }
  };
  for (let from = 0; from < INDEX_LAYOUT.shards; from += INDEX_LAYOUT.refreshShards) {
    const walked = await db.read([STORES.shards, STORES.meta], async (tx) => {
      if (!(await unchanged(tx))) return false;
      let shard = -1;
      let records: ShardRecords = [];
      const slice = { lower: [from], upper: [from + INDEX_LAYOUT.refreshShards], upperOpen: true };
      for await (const [key, record] of walkStore<PostingsBlock | ShardHead>(tx, STORES.shards, slice)) {
        const next = (key as KvKey[])[0] as number;
        if (next !== shard) normShard(records, shard);
        if (next !== shard) records = [];
        shard = next;
        records.push(record);
      }
      normShard(records, shard);
      return true;
    });
    if (!walked) {
      await dropSnapshot();
      return 0;
    }
    try {
      for (const [shard, records] of walkedShards.splice(0)) if (target) await writer?.shard(shard, records);
    } catch {
      await dropSnapshot();
    }
  }
  const blocks = new Map<number, { norms: Float64Array; moments: Float64Array }>();
  // The snapshot's copy of the norms and days, by docNo: a query on it reads neither block from the database.
  const articles = target && { norms: new Float64Array(state.nextDocNo), days: new Float32Array(state.nextDocNo).fill(Number.NaN) };
  let normed = 0;
  sums.forEach((sum, docNo) => {
    if (!sum) return;
    normed++;
    const { block, slot } = articleSlot(docNo);
    let kept = blocks.get(block);
    if (!kept) blocks.set(block, (kept = { norms: new Float64Array(INDEX_LAYOUT.hintBlock), moments: new Float64Array(2 * INDEX_LAYOUT.hintBlock) }));
    const squares = sum.value();
    kept.norms[slot] = round(Math.sqrt(squares));
    if (articles) articles.norms[docNo] = kept.norms[slot] as number;
    kept.moments[slot] = squares;
    kept.moments[INDEX_LAYOUT.hintBlock + slot] = slopes[docNo] as number;
  });
  // undefined: a change came in, nothing kept (0 is an empty store's refresh, kept like any other).
  const kept = await db.write(ALL_STORES, async (tx): Promise<number | undefined> => {
    if (!(await unchanged(tx))) return undefined;
    for (const [block, { norms, moments }] of blocks) {
      tx.put(STORES.perArticle, norms, slotKey(block, 'norms'));
      tx.put(STORES.perArticle, moments, slotKey(block, 'moments'));
    }
    if (articles) {
      const days = await Promise.all([...blocks.keys()].map(async (block) => [block, await tx.get<Float32Array>(STORES.perArticle, slotKey(block, 'days'))] as const));
      for (const [block, kept] of days) if (kept) articles.days.set(kept.subarray(0, Math.min(kept.length, state.nextDocNo - block * INDEX_LAYOUT.hintBlock)), block * INDEX_LAYOUT.hintBlock);
    }
    const refresh: NormRefresh = { generation: state.generation, fingerprint: base?.fingerprint ?? '', size: corpusSize, common: common.table() };
    tx.put(STORES.meta, refresh, META_KEYS.refresh);
    // The changes folded since the last refresh are in these norms; the last snapshot goes with them.
    tx.delete(STORES.meta, META_KEYS.folded);
    return normed;
  });
  if (!target) return kept ?? 0;
  try {
    // An empty store's snapshot too replaces the last one: no postings of deleted articles stay on disk.
    if (kept === undefined) throw new Error('the norms were not kept');
    await writer?.finish({ generation: state.generation, fingerprint: base?.fingerprint ?? '' }, articles);
    await target.close(true);
  } catch {
    await dropSnapshot();
  }
  return kept ?? 0;
}

/** Where a norm refresh writes its snapshot of the shards: kept whole on close(true), dropped on close(false). */
export interface SnapshotTarget extends SnapshotSink {
  close(keep: boolean): Promise<void>;
}
