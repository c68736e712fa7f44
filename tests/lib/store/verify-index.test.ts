import { describe, expect, it } from 'vitest';
import { baseIndex } from '../../../lib/store/base-index';
import { deleteArticles } from '../../../lib/store/delete-articles';
import { refreshNorms } from '../../../lib/store/refresh-norms';
import { ALL_STORES, STORES } from '../../../lib/store/corpus-schema';
import { headKey, type ShardHead } from '../../../lib/store/shard-head';
import { shardOfTerm } from '../../../lib/store/shard-of-term';
import { META_KEYS } from '../../../lib/store/store-state';
import type { KvWriter } from '../../../lib/store/types';
import { verifyIndex } from '../../../lib/store/verify-index';
import { BUNDLE, STORIES, addOneByOne, memoryStore } from './helpers';

const base = baseIndex(BUNDLE.corpus);
const shard = shardOfTerm('grain');

describe('verifyIndex', () => {
  it('finds nothing wrong with an index built by adds', async () => {
    const db = memoryStore();
    await addOneByOne(db, STORIES, 'saved', base);
    expect(await verifyIndex(db, base)).toEqual({ articles: STORIES.length, problems: [] });
  });

  it('finds nothing wrong with changes still in the index log, removals of folded articles included', async () => {
    const db = memoryStore();
    await addOneByOne(db, STORIES.slice(0, 5), 'saved', base);
    await refreshNorms(db, base);
    await addOneByOne(db, STORIES.slice(5), 'saved', base);
    await deleteArticles(db, [1, 6], { base });
    expect(await db.read(ALL_STORES, (tx) => tx.count(STORES.log))).toBe(3);
    expect(await verifyIndex(db, base)).toEqual({ articles: STORIES.length - 2, problems: [] });
  });

  it.each<[string, (tx: KvWriter) => Promise<void>, RegExp]>([
    ['a lost log entry', async (tx) => tx.delete(STORES.log, 7), /postings differ/],
    ['a lost head', async (tx) => tx.delete(STORES.shards, headKey(shard)), /term "grain": postings differ/],
    ['a wrong frequency', async (tx) => {
      const head = (await tx.get<ShardHead>(STORES.shards, headKey(shard)))!;
      head.df[head.terms.indexOf('grain')]! += 1;
      tx.put(STORES.shards, head, headKey(shard));
    }, /document frequency/],
    ['a lost article', async (tx) => tx.delete(STORES.articles, 0), /counters say 8 articles, the store holds 7/],
    ['a lost list entry', async (tx) => tx.delete(STORES.listing, 2), /7 list entries for 8 articles/],
    ['wrong counters', async (tx) => tx.put(STORES.meta, { count: 8, nextDocNo: 3, generation: 1 }, META_KEYS.state), /next docNo 3/],
    ['wrong bundled-vocabulary counts', async (tx) => {
      const kept = (await tx.get<{ df: Uint32Array }>(STORES.meta, META_KEYS.base))!;
      kept.df[0]! += 1;
      tx.put(STORES.meta, kept, META_KEYS.base);
    }, /bundled-vocabulary counts/],
  ])('reports %s', async (_case, damage, problem) => {
    const db = memoryStore();
    // The first articles folded into the shards, the last one still in the log.
    await addOneByOne(db, STORIES.slice(0, -1), 'saved', base);
    await refreshNorms(db, base);
    await addOneByOne(db, STORIES.slice(-1), 'saved', base);
    await db.write(ALL_STORES, damage);
    const { problems } = await verifyIndex(db, base);
    expect(problems.some((p) => problem.test(p))).toBe(true);
  });
});
