import { countBaseFrequencies } from './base-frequencies';
import type { BaseIndex } from './base-index';
import { ALL_STORES, STORES } from './corpus-schema';
import { readLog } from './index-log';
import { listEntry } from './list-entry';
import { unpackBlock, type PostingsBlock, type TermPostings } from './postings-block';
import { postingsByShard } from './postings-by-shard';
import type { ShardHead } from './shard-head';
import { META_KEYS, readState } from './store-state';
import { walkStore } from './walk-store';
import type { KvDatabase, KvKey, ListEntry, StoredArticle } from './types';

export interface IndexCheck {
  /** Articles in the store. */
  articles: number;
  /** One line per difference between the stored index and one rebuilt from the articles (at most 20). */
  problems: string[];
}

const same = (a: TermPostings | undefined, b: TermPostings | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Checks the stored index against one rebuilt from scratch from the stored articles, in one read
 * transaction: every shard's terms, document frequencies and postings (with the index log's changes on
 * top, less those a fold under way has moved), the counters, the list the
 * options page shows, and the bundled-vocabulary counts. An empty `problems` means no difference. The
 * rebuilt index is held in memory (a maintenance check, not for every open).
 * @example (await verifyIndex(db)).problems // -> []
 */
export async function verifyIndex(db: KvDatabase, base?: BaseIndex): Promise<IndexCheck> {
  return db.read(ALL_STORES, async (tx) => {
    const problems: string[] = [];
    const report = (line: string) => void (problems.length < 20 && problems.push(line));
    const records: Array<Pick<StoredArticle, 'docNo' | 'terms' | 'weights'>> = [];
    let maxDocNo = -1;
    for await (const [, record] of walkStore<StoredArticle>(tx, STORES.articles)) {
      records.push({ docNo: record.docNo, terms: record.terms, weights: record.weights });
      maxDocNo = Math.max(maxDocNo, record.docNo);
      const listed = await tx.get<ListEntry>(STORES.listing, record.docNo);
      if (JSON.stringify(listed) !== JSON.stringify(listEntry(record))) report(`article ${record.docNo}: its list entry differs`);
    }
    const listed = await tx.count(STORES.listing);
    if (listed !== records.length) report(`${listed} list entries for ${records.length} articles`);
    const state = await readState(tx);
    if (state.count !== records.length) report(`the counters say ${state.count} articles, the store holds ${records.length}`);
    if (state.nextDocNo <= maxDocNo) report(`the next docNo ${state.nextDocNo} is not above the highest stored one, ${maxDocNo}`);

    // Expected postings per shard, term -> postings, from the articles alone.
    const expected = new Map<number, Map<string, TermPostings>>();
    for (const [shard, postings] of postingsByShard(records)) {
      const terms = new Map<string, TermPostings>();
      for (const { term, docNo, weight } of postings) {
        let list = terms.get(term);
        if (!list) terms.set(term, (list = { docs: [], weights: [] }));
        list.docs.push(docNo);
        list.weights.push(weight);
      }
      expected.set(shard, terms);
    }
    // Stored postings per shard: sealed blocks in docNo order, then the head.
    const stored = new Map<number, { terms: Map<string, TermPostings>; df: Map<string, number> }>();
    for await (const [key, value] of walkStore<PostingsBlock | ShardHead>(tx, STORES.shards)) {
      const shard = (key as KvKey[])[0] as number;
      let entry = stored.get(shard);
      if (!entry) stored.set(shard, (entry = { terms: new Map(), df: new Map() }));
      const block = 'open' in value ? value.open : value;
      for (const [term, postings] of unpackBlock(block)) {
        const list = entry.terms.get(term) ?? { docs: [], weights: [] };
        entry.terms.set(term, { docs: [...list.docs, ...postings.docs], weights: [...list.weights, ...postings.weights] });
      }
      if ('open' in value) value.terms.forEach((term, i) => entry.df.set(term, value.df[i] as number));
    }
    // The index log's changes on top of the shards: removals drop postings, additions (newer than all) follow them.
    const log = await readLog(tx);
    for (const [shard, postings] of postingsByShard(log.entries)) {
      let entry = stored.get(shard);
      if (!entry) stored.set(shard, (entry = { terms: new Map(), df: new Map() }));
      for (const { term, docNo, weight } of postings) {
        // A fold under way has moved this change into the shard already.
        if (log.inShard(shard, docNo)) continue;
        const list = entry.terms.get(term) ?? { docs: [], weights: [] };
        const removed = log.removed.has(docNo);
        const at = removed ? list.docs.indexOf(docNo) : -1;
        if (removed && at < 0) report(`the log removes article ${docNo}, which shard ${shard} does not hold for "${term}"`);
        if (at >= 0) {
          list.docs.splice(at, 1);
          list.weights.splice(at, 1);
        }
        if (!removed) {
          list.docs.push(docNo);
          list.weights.push(weight);
        }
        if (list.docs.length) entry.terms.set(term, list);
        else entry.terms.delete(term);
        entry.df.set(term, (entry.df.get(term) ?? 0) + (removed ? -1 : 1));
      }
    }
    for (const shard of new Set([...expected.keys(), ...stored.keys()])) {
      const want = expected.get(shard) ?? new Map<string, TermPostings>();
      const have = stored.get(shard) ?? { terms: new Map<string, TermPostings>(), df: new Map<string, number>() };
      for (const term of new Set([...want.keys(), ...have.terms.keys(), ...have.df.keys()])) {
        if (!same(want.get(term), have.terms.get(term))) report(`shard ${shard}, term "${term}": postings differ`);
        if ((have.df.get(term) ?? 0) !== (want.get(term)?.docs.length ?? 0)) report(`shard ${shard}, term "${term}": document frequency ${have.df.get(term) ?? 0}, ${want.get(term)?.docs.length ?? 0} articles use it`);
      }
    }
    if (base) {
      const kept = await tx.get<{ fingerprint: string; df: Uint32Array }>(STORES.meta, META_KEYS.base);
      if (kept?.fingerprint === base.fingerprint) {
        const recounted = await countBaseFrequencies(tx, base);
        if (JSON.stringify(Array.from(kept.df)) !== JSON.stringify(Array.from(recounted.df))) report('the bundled-vocabulary counts differ from the shards');
      }
    }
    return { articles: records.length, problems };
  });
}
