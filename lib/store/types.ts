import type { Article } from '../types';
import type { CommonTerms } from './common-terms';

/** Where an article in the reader's corpus came from. */
export type ArticleSource = 'bundled' | 'saved' | 'imported' | 'feed' | 'visited' | 'link';

/** The feed an article came through (source 'feed'): what the popup names beside a match. */
export interface FeedOrigin {
  /** The feed's address. */
  url: string;
  /** The feed's own title, as the reader subscribed to it ("BBC News - World"). */
  title?: string;
}

/**
 * One article as the store keeps it: the article itself, what the reader's corpus records about it, and
 * its indexed term vector (so a delete knows which postings to remove and a query can compute its exact
 * norm without re-reading its text).
 */
export interface StoredArticle extends Article {
  /** The store's own number for the article (the primary key); ids come from outside and can be long. */
  docNo: number;
  source: ArticleSource;
  /** When it entered the store, ms since 1970. */
  added: number;
  /** Source 'feed' only: which feed. Records written before feeds existed have none. */
  feed?: FeedOrigin;
  /** The article's URL without query, fragment and trailing slash, lower case (dedup on it). */
  canonicalUrl?: string;
  words: number;
  /** Hash of the normalised, case-folded text: the same text under another id or URL is a duplicate. */
  textKey: string;
  /**
   * Smallest hashes of the text's word 4-grams, each with the text's size class (sketchKey): near-identical
   * texts share some (multi-entry index). Records of schema version 3 and before hold bare hashes until
   * upgradeSketches rewrites them.
   */
  sketch: string[];
  /** How many different word 4-grams the text has: a near-identical text has nearly as many. */
  shingles: number;
  /** Index terms in articleTerms order, joined with "\n" (terms never contain a line break). */
  terms: string;
  /** Each term's weight in thousandths, as the index stores it (buildCorpus rounds to three decimals). */
  weights: Uint32Array;
}

/** What the options page lists for one article: small, so 100,000 of them page quickly. */
export interface ListEntry {
  docNo: number;
  id: string;
  title: string;
  outlet: string;
  source: ArticleSource;
  added: number;
  /** Published time (ms) where known, else the added time: the date the list sorts and filters on. */
  day: number;
  url?: string;
  words: number;
  /** Word keys of the headline (wordKey): the headline search looks these up. */
  titleWords: string[];
}

/** The store's counters, one record, written in the same transaction as every change. */
export interface StoreState {
  /** Articles in the store. */
  count: number;
  /** The next docNo to give out (docNos are never reused). */
  nextDocNo: number;
  /** Incremented by every committed change. */
  generation: number;
}

/**
 * Store-side document frequencies of the bundled corpus's vocabulary, kept current by every add and
 * delete, so the bundled articles' norms over the union need no lookups. `fingerprint` names the
 * vocabulary it counts (a new extension version may ship another bundle).
 */
export interface BaseFrequencies {
  fingerprint: string;
  terms: string[];
  df: Uint32Array;
}

/**
 * When the exact norms in the per-article blocks were computed (refresh-norms.ts): valid while the
 * store's generation and the bundled corpus searched with it are these.
 */
export interface NormRefresh {
  generation: number;
  /** BaseIndex.fingerprint of the bundled corpus the norms counted ('' for none). */
  fingerprint: string;
  /**
   * The corpus size (store and bundled) the norms were taken at, while their moments (carried-norm.ts)
   * can still be carried forward: the shards are as the refresh read them, so a term's change in document
   * frequency since is the index log's. Any write to the shards removes it (shards-changed.ts).
   */
  size?: number;
  /**
   * The store's commonest terms with their document frequencies as the refresh counted them (common-terms.ts):
   * exact while the store's generation is this one. Removed with `size`.
   */
  common?: CommonTerms;
}

/**
 * How the last upkeep pass of a page (retention, norm refresh, sketch rewrite) ended: what a failed pass
 * leaves to tell why queries stay on the slow path.
 */
export interface UpkeepRecord {
  startedAt: number;
  endedAt: number;
  /** 'done', or the step a failed pass stopped in: retention, the refresh (its turn included), the sketch rewrite. */
  stage: 'retention' | 'refresh' | 'sketches' | 'done';
  failed?: true;
  /** The error a failed pass ended with. */
  error?: string;
  /** The page that ran it (its path: the popup, the options page, the background). */
  page?: string;
}

/** Retention settings; undefined means no limit. */
export interface RetentionSettings {
  /** Delete articles added more than this many days ago. */
  keepDays?: number;
  /** Keep at most this many articles. */
  maxArticles?: number;
}

/** Key of a key-value record: a number, a string, or an array of them (compared as IndexedDB does). */
export type KvKey = number | string | KvKey[];

/** A key range, both ends inclusive unless marked open; a missing end is unbounded. */
export interface KvRange {
  lower?: KvKey;
  upper?: KvKey;
  lowerOpen?: boolean;
  upperOpen?: boolean;
}

/** Which records a read wants: by primary key or by an index, a range or one key, in order, a page. */
export interface KvQuery {
  index?: string;
  /** One key (exact match) or a range. */
  key?: KvKey;
  range?: KvRange;
  direction?: 'next' | 'prev';
  /** Records to skip before the first returned. */
  offset?: number;
  limit?: number;
}

/** Reads inside one transaction. */
export interface KvReader {
  get<T>(store: string, key: KvKey): Promise<T | undefined>;
  getAll<T>(store: string, query?: KvQuery): Promise<T[]>;
  /** Primary keys of the records a query selects. */
  getKeys(store: string, query?: KvQuery): Promise<KvKey[]>;
  count(store: string, query?: KvQuery): Promise<number>;
}

/**
 * Writes inside one transaction. A write is queued, not awaited: a failed one fails the whole
 * transaction, which then changes nothing.
 */
export interface KvWriter extends KvReader {
  /** Stores with a key path take the key from the value; the others need `key`. */
  put(store: string, value: unknown, key?: KvKey): void;
  delete(store: string, key: KvKey | KvRange): void;
}

/**
 * What the store needs from a database: named record stores and atomic transactions. The extension
 * implements it on IndexedDB, the CLI and the tests in memory. Work passed to a transaction awaits only
 * that transaction's own requests (IndexedDB commits a transaction left waiting on anything else).
 */
export interface KvDatabase {
  read<T>(stores: readonly string[], work: (tx: KvReader) => Promise<T>): Promise<T>;
  /** All of `work`'s writes happen, or none do (when `work` throws or a write fails). */
  write<T>(stores: readonly string[], work: (tx: KvWriter) => Promise<T>): Promise<T>;
  close(): void;
}

/** An index on a record store: the key path(s) it sorts by; multiEntry indexes each array element. */
export interface IndexSchema {
  name: string;
  keyPath: string | string[];
  unique?: boolean;
  multiEntry?: boolean;
}

export interface StoreSchema {
  name: string;
  /** In-line key; out-of-line keys when absent. */
  keyPath?: string;
  indexes: IndexSchema[];
}
