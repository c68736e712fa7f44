import { findCoverage } from '../match/find-coverage';
import type { Coverage, FindCoverageOptions } from '../match/types';
import type { Article } from '../types';
import { readBaseFrequencies } from './base-frequencies';
import { readFolded } from './folded-changes';
import type { BaseIndex } from './base-index';
import { ALL_STORES, STORES } from './corpus-schema';
import { META_KEYS, readState } from './store-state';
import type { ShardSnapshot } from './shard-snapshot';
import { storeCoverageSource, type NormCache, type SearchCounts } from './store-coverage-source';
import type { KvDatabase, NormRefresh } from './types';

export interface StoreCoverageOptions extends FindCoverageOptions {
  /** The bundled corpus, searched with the store. */
  base?: BaseIndex;
  /** Filled with what the query read (the bench prints it). */
  counts?: SearchCounts;
  /** Norms kept between queries on an unchanged store (many queries in a row). */
  cache?: NormCache;
  /** The last norm refresh's snapshot of the shards: read instead of the database when it is that refresh's. */
  snapshot?: ShardSnapshot;
}

/**
 * findCoverage over the reader's store (and the bundled corpus), in one read transaction: a writer
 * committing meanwhile is seen entirely or not at all.
 * @example (await findStoreCoverage(db, page, { base: baseIndex(bundle.corpus) })).matches[0] // -> { article, score: 0.62, decision: 'same-story' }
 */
export function findStoreCoverage(db: KvDatabase, article: Article, options: StoreCoverageOptions = {}): Promise<Coverage> {
  return db.read(ALL_STORES, async (tx) => {
    const [state, refresh] = await Promise.all([readState(tx), tx.get<NormRefresh>(STORES.meta, META_KEYS.refresh)]);
    // The changes folded since the refresh matter only to a query that has its snapshot file.
    const [frequencies, folded] = await Promise.all([options.base && readBaseFrequencies(tx, options.base, state.count), options.snapshot && readFolded(tx, refresh)]);
    const base = options.base && frequencies ? { index: options.base, frequencies } : undefined;
    return findCoverage(article, storeCoverageSource(tx, state, base, { ...options, refresh, folded }), options);
  });
}
