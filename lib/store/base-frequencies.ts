import type { BaseIndex } from './base-index';
import { STORES } from './corpus-schema';
import { readLog } from './index-log';
import { findTerm } from './postings-block';
import { recordTerms } from './record-terms';
import { headFrequency, headKey, type ShardHead } from './shard-head';
import { shardOfTerm } from './shard-of-term';
import { META_KEYS } from './store-state';
import type { BaseFrequencies, KvReader, StoredArticle } from './types';

/**
 * How many stored articles use each term of the bundled vocabulary: the record kept for `base`, or,
 * when the store has none or one for another bundle, a recount from the shard heads and the index log (about one read
 * per term; once per bundle, since every add and delete then keeps the record current). Given the
 * store's article count and it is 0, every count is 0 with no read: a new reader's store has no record
 * yet, and the recount (a read for each of some 900 shards) cost each popup about 60 ms in Chromium.
 * @example (await readBaseFrequencies(tx, baseIndex(bundle.corpus), 0)).df[0] // -> 0, nothing read
 */
export async function readBaseFrequencies(tx: KvReader, base: BaseIndex, storeSize?: number): Promise<BaseFrequencies> {
  if (storeSize === 0) return { fingerprint: base.fingerprint, terms: base.vocabulary, df: new Uint32Array(base.vocabulary.length) };
  const stored = await tx.get<BaseFrequencies>(STORES.meta, META_KEYS.base);
  return stored?.fingerprint === base.fingerprint ? stored : countBaseFrequencies(tx, base);
}

/**
 * The bundled-vocabulary frequencies counted afresh from the shard heads and the index log, whatever
 * record is kept: what a rebuild writes at its end (a save during the rebuild kept a record of the
 * index as it was then).
 * @example (await countBaseFrequencies(tx, baseIndex(bundle.corpus))).df[0] // -> 0 in an empty store
 */
export async function countBaseFrequencies(tx: KvReader, base: BaseIndex): Promise<BaseFrequencies> {
  const shards = [...new Set(base.vocabulary.map(shardOfTerm))];
  const [log, heads] = await Promise.all([readLog(tx), Promise.all(shards.map(async (shard) => [shard, await tx.get<ShardHead>(STORES.shards, headKey(shard))] as const)).then((read) => new Map(read))]);
  return {
    fingerprint: base.fingerprint,
    terms: base.vocabulary,
    df: Uint32Array.from(base.vocabulary, (term) => headFrequency(heads.get(shardOfTerm(term)), term) + log.shardDfDelta(term)),
  };
}

/**
 * Counts articles in (sign 1) or out (sign -1) of the bundled-vocabulary frequencies, in place.
 * @example adjustBaseFrequencies(frequencies, [record], 1)
 */
export function adjustBaseFrequencies(frequencies: BaseFrequencies, records: ReadonlyArray<Pick<StoredArticle, 'terms'>>, sign: 1 | -1): void {
  for (const record of records) {
    for (const term of recordTerms(record)) {
      const i = findTerm(frequencies.terms, term);
      if (i >= 0) frequencies.df[i] = (frequencies.df[i] as number) + sign;
    }
  }
}
