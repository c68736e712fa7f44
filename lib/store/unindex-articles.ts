import type { BaseIndex } from './base-index';
import { STORES } from './corpus-schema';
import type { ShardSpan } from './fold-cursor';
import { HintChanges } from './hint-changes';
import { INDEX_LAYOUT } from './index-layout';
import { hintShift } from './norm-hints';
import { blockPostings, type PostingsBlock } from './postings-block';
import { postingsByShard } from './postings-by-shard';
import { headFrequency, headKey, removeFromShard, type ShardHead } from './shard-head';
import { shardsChanged } from './shards-changed';
import type { KvKey, KvWriter, StoredArticle } from './types';

/**
 * Removes stored articles from the index inside a write transaction: each shard their terms hash to
 * loses their postings and counts (its sealed blocks are read only when an article is older than the
 * head's postings), and the hints of recent articles sharing one of their rare terms are shifted back.
 * Work is in proportion to the removed articles' terms. With a `span`, only the shards in it (one slice
 * of a fold, continueFold), and the caller says the shards changed once the fold is whole.
 * @example await unindexArticles(tx, [record], base ? base.df : () => 0)
 */
export async function unindexArticles(tx: KvWriter, records: ReadonlyArray<Pick<StoredArticle, 'docNo' | 'terms' | 'weights'>>, baseDf: BaseIndex['df'], span?: ShardSpan): Promise<void> {
  const postings = span?.postings ?? postingsByShard(records);
  const shards = [...postings.keys()].filter((shard) => !span || (shard >= span.from && shard < span.to));
  if (shards.length && !span) await shardsChanged(tx, records.map(({ docNo, terms, weights }) => ({ docNo, terms, weights, removed: true as const })));
  const heads = await Promise.all(shards.map((shard) => tx.get<ShardHead>(STORES.shards, headKey(shard))));
  const sealed = await Promise.all(
    shards.map(async (shard, i): Promise<Map<number, PostingsBlock>> => {
      const head = heads[i];
      if (!head || !(postings.get(shard) ?? []).some((p) => p.docNo < head.openFrom)) return new Map();
      const range = { lower: [shard, 0], upper: headKey(shard), upperOpen: true };
      const [keys, blocks] = await Promise.all([tx.getKeys(STORES.shards, { range }), tx.getAll<PostingsBlock>(STORES.shards, { range })]);
      return new Map(keys.map((key, k) => [(key as KvKey[])[1] as number, blocks[k] as PostingsBlock]));
    }),
  );
  const hints = new HintChanges();
  shards.forEach((shard, i) => {
    const old = heads[i];
    if (!old) throw new Error(`index damaged: shard ${shard} has no head for a stored article's term`);
    const removed = postings.get(shard) ?? [];
    const { head, blocks } = removeFromShard(old, sealed[i] as Map<number, PostingsBlock>, removed);
    if (head) tx.put(STORES.shards, head, headKey(shard));
    else tx.delete(STORES.shards, headKey(shard));
    for (const [first, block] of blocks) {
      if (block) tx.put(STORES.shards, block, [shard, first]);
      else tx.delete(STORES.shards, [shard, first]);
    }
    if (!head) return;
    for (const term of new Set(removed.map((p) => p.term))) {
      const before = headFrequency(old, term);
      const after = headFrequency(head, term);
      const open = after > 0 && after <= INDEX_LAYOUT.hintFanOut ? blockPostings(head.open, term) : undefined;
      const b = baseDf(term);
      open?.docs.forEach((docNo, k) => hints.shift(docNo, hintShift(open.weights[k] as number, before + b, after + b)));
    }
  });
  await hints.write(tx);
}
