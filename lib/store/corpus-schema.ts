import type { StoreSchema } from './types';

/** The record stores of the reader's corpus; every transaction names the ones it uses. */
export const STORES = {
  /** docNo -> StoredArticle. */
  articles: 'articles',
  /** docNo -> ListEntry (what the options page lists). */
  listing: 'listing',
  /** [shard, firstDocNo | 'head'] -> postings of the terms hashed to that shard (see shard-head.ts). */
  shards: 'shards',
  /** [block, kind] -> a number per article of a block of 8,192: norm hints, days, refreshed norms (article-slot.ts). */
  perArticle: 'perArticle',
  /** 'state' -> StoreState, 'base' -> BaseFrequencies, 'refresh' -> NormRefresh, 'retention' -> RetentionSettings. */
  meta: 'meta',
  /** 'guid <guid>' | 'url <canonical URL>' -> FeedKeyRecord: the feed items already collected (feed-item-keys.ts). */
  feedKeys: 'feedKeys',
  /** docNo -> LogEntry: index changes not yet folded into the shards (index-log.ts). */
  log: 'log',
} as const;

/** Every store, for transactions that may touch any of them. */
export const ALL_STORES: readonly string[] = Object.values(STORES);

/**
 * One step of the database's history: the stores (and indexes) a version adds. IndexedDB runs every
 * step above the version a profile has, in order, inside its upgrade transaction; a later version adds
 * a step here and never edits an earlier one.
 */
export interface SchemaStep {
  version: number;
  create: StoreSchema[];
}

export const SCHEMA_STEPS: readonly SchemaStep[] = [
  {
    version: 1,
    create: [
      {
        name: STORES.articles,
        keyPath: 'docNo',
        indexes: [
          { name: 'id', keyPath: 'id', unique: true },
          { name: 'canonicalUrl', keyPath: 'canonicalUrl' },
          { name: 'textKey', keyPath: 'textKey' },
          { name: 'sketch', keyPath: 'sketch', multiEntry: true },
        ],
      },
      {
        name: STORES.listing,
        keyPath: 'docNo',
        indexes: [
          { name: 'day', keyPath: 'day' },
          { name: 'added', keyPath: 'added' },
          { name: 'sourceDay', keyPath: ['source', 'day'] },
          { name: 'outletDay', keyPath: ['outlet', 'day'] },
          { name: 'titleWords', keyPath: 'titleWords', multiEntry: true },
        ],
      },
      { name: STORES.shards, indexes: [] },
      { name: STORES.perArticle, indexes: [] },
      { name: STORES.meta, indexes: [] },
    ],
  },
  {
    version: 2,
    create: [{ name: STORES.feedKeys, indexes: [] }],
  },
  {
    // The index log: a store of version 2 upgrades with an empty log, its shards as they were.
    version: 3,
    create: [{ name: STORES.log, keyPath: 'docNo', indexes: [] }],
  },
  {
    // Sketch values keyed with their text's size class (sketch-key.ts). No new store: the records of
    // version 3 are rewritten in slices after the upgrade (upgradeSketches), and until then the
    // near-duplicate look-up also asks for their bare values. The step's number keeps an older
    // extension, which would write bare values again, from opening the database.
    version: 4,
    create: [],
  },
  {
    // The index log folded in slices (fold-cursor.ts). No new store: a store of version 4 has no fold
    // under way. The step's number keeps an older extension, which does not know that the shards below a
    // fold's cursor already hold its entries (it would count them twice), from opening the database.
    version: 5,
    create: [],
  },
];

/** The database's name and current version (the last step's). */
export const CORPUS_DATABASE = { name: 'outlet-diff-corpus', version: SCHEMA_STEPS.at(-1)!.version } as const;
