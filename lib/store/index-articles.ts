import { publishedDay } from '../match/published-day';
import type { BaseIndex } from './base-index';
import { STORES } from './corpus-schema';
import type { ShardSpan } from './fold-cursor';
import { HintChanges } from './hint-changes';
import { INDEX_LAYOUT } from './index-layout';
import { hintShift, normHint } from './norm-hints';
import { blockPostings } from './postings-block';
import { postingsByShard } from './postings-by-shard';
import { recordTerms } from './record-terms';
import { addToShard, headFrequency, headKey, type ShardHead } from './shard-head';
import { shardsChanged } from './shards-changed';
import type { KvWriter, StoredArticle } from './types';

/**
 * Adds new articles (docNos above all stored ones) to the index inside a write transaction: each shard
 * their terms hash to is read and rewritten once (document frequencies and postings), the new articles'
 * norm hints are set from the frequencies after the add, and the hints of recent articles sharing one of
 * their rare terms are shifted (see norm-hints.ts). Work is in proportion to the new articles' terms.
 * `baseDf` is the bundled corpus's document frequency of a term (0 without one).
 *
 * With a `span`, only the shards in it (one slice of a fold, continueFold): the new articles' hint
 * sums get the part of their terms in those shards (set to that part in the first slice), and the
 * caller says the shards changed (shardsChanged) once the fold is whole.
 * @example await indexArticles(tx, [record], state.nextDocNo, base ? base.df : () => 0)
 */
export async function indexArticles(tx: KvWriter, records: ReadonlyArray<Pick<StoredArticle, 'docNo' | 'terms' | 'weights' | 'published'>>, nextDocNo: number, baseDf: BaseIndex['df'], span?: ShardSpan): Promise<void> {
  const postings = span?.postings ?? postingsByShard(records);
  const shards = [...postings.keys()].filter((shard) => !span || (shard >= span.from && shard < span.to));
  if (shards.length && !span) await shardsChanged(tx, records.map(({ docNo, terms, weights, published }) => ({ docNo, terms, weights, ...(published === undefined ? {} : { published }) })));
  const heads = await Promise.all(shards.map((shard) => tx.get<ShardHead>(STORES.shards, headKey(shard))));
  const storeDf = new Map<string, number>();
  const hints = new HintChanges();
  shards.forEach((shard, i) => {
    const old = heads[i];
    const added = postings.get(shard) ?? [];
    const { head, sealed } = addToShard(old, added, nextDocNo);
    tx.put(STORES.shards, head, headKey(shard));
    if (sealed) tx.put(STORES.shards, sealed.block, [shard, sealed.firstDocNo]);
    for (const term of new Set(added.map((p) => p.term))) {
      const before = headFrequency(old, term);
      const after = headFrequency(head, term);
      storeDf.set(term, after);
      const open = old && before <= INDEX_LAYOUT.hintFanOut ? blockPostings(old.open, term) : undefined;
      const b = baseDf(term);
      open?.docs.forEach((docNo, k) => hints.shift(docNo, hintShift(open.weights[k] as number, before + b, after + b)));
    }
  });
  if (!span) {
    for (const record of records) {
      hints.set(record.docNo, normHint(record.weights, recordTerms(record).map((term) => (storeDf.get(term) as number) + baseDf(term))), publishedDay(record.published));
    }
  } else {
    if (span.from === 0) for (const record of records) hints.set(record.docNo, { a: 0, b: 0, c: 0 }, publishedDay(record.published));
    // The sums over this slice's terms, from its postings: in proportion to the slice, not to the articles.
    const parts = new Map<number, { weights: number[]; df: number[] }>();
    for (const shard of shards) {
      for (const { term, docNo, weight } of postings.get(shard) ?? []) {
        let part = parts.get(docNo);
        if (!part) parts.set(docNo, (part = { weights: [], df: [] }));
        part.weights.push(weight);
        part.df.push((storeDf.get(term) as number) + baseDf(term));
      }
    }
    for (const [docNo, { weights, df }] of parts) hints.add(docNo, normHint(Uint32Array.from(weights), df));
  }
  await hints.write(tx);
}
