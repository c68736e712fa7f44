import { openDB } from 'idb';
import { browser } from 'wxt/browser';
import { articlesToJsonLines, jsonLinesArticles, looksLikeJsonLines, textLines } from '../../lib/corpus/json-lines';
import { readArticle } from '../../lib/corpus/read-article';
import { corpusPackParts } from '../../lib/corpus/corpus-pack-parts';
import { MAX_PACK_BYTES, validateCorpusPack } from '../../lib/corpus/validate-corpus-pack';
import { findCoverage } from '../../lib/match/find-coverage';
import type { Coverage } from '../../lib/match/types';
import type { Article } from '../../lib/types';
import { addArticles, type AddOutcome } from '../../lib/store/add-articles';
import { baseIndex } from '../../lib/store/base-index';
import { ALL_STORES, CORPUS_DATABASE, STORES } from '../../lib/store/corpus-schema';
import { deleteArticles } from '../../lib/store/delete-articles';
import { findStoreCoverage } from '../../lib/store/find-store-coverage';
import { importArticles, type ImportOutcome } from '../../lib/store/import-articles';
import { listArticles, type ListPage, type ListQuery } from '../../lib/store/list-articles';
import { migrateSavedCorpus } from '../../lib/store/migrate-saved-corpus';
import { readableArticles } from '../../lib/store/readable-articles';
import { rebuildIndex, startRebuild } from '../../lib/store/rebuild-index';
import { refreshNorms } from '../../lib/store/refresh-norms';
import { retentionVictims } from '../../lib/store/retention-victims';
import { META_KEYS, readState } from '../../lib/store/store-state';
import { toArticle } from '../../lib/store/to-article';
import { upgradeSketches } from '../../lib/store/upgrade-sketches';
import { articleOrigin, type ArticleOrigin } from '../../lib/store/article-origin';
import { isKnownFeedItem, rememberFeedItem, type FeedItemKeys } from '../../lib/store/feed-item-keys';
import type { ArticleSource, FeedOrigin, KvDatabase, KvReader, NormRefresh, RetentionSettings, StoreState, StoredArticle, UpkeepRecord } from '../../lib/store/types';
import type { SideBySideHandoff } from '../../lib/ui/types';
import { verifyIndex, type IndexCheck } from '../../lib/store/verify-index';
import { BUNDLED_CORPUS } from './bundled-corpus';
import { NewerDatabaseError, openIdbDatabase } from './idb-database';
import { OPFS_SNAPSHOTS, type SnapshotFiles } from './shard-snapshot-file';
import { keptAlive, type Sustained } from './keep-alive';
import { NORM_REFRESH_LOCK, webLock, type Exclusive } from './web-lock';

// The popup starts the snapshot worker while it reads the page (shard-snapshot-file.ts).
export { prepareSnapshotWorker } from './shard-snapshot-file';

/** The storage.local key an older version kept the saved articles under (one corpus pack). */
export const SAVED_KEY = 'savedCorpus';

/**
 * Deleting many articles: how many per transaction, and past what share of the store (with more than a
 * batch to delete) the index is rebuilt from the rest instead: one pass beats rewriting most shards
 * batch after batch.
 */
export const DELETE_LIMITS = { batch: 2_000, rebuildShare: 0.25 };
const DAY_MS = 86_400_000;

export const ARTICLE_SOURCES: readonly ArticleSource[] = ['bundled', 'saved', 'imported', 'feed', 'visited', 'link'];

/** The waits before an upkeep pass is tried again (CorpusStore's retryDelays): 2 s, then 10 s, then 30 s. */
export const UPKEEP_RETRY_DELAYS: readonly number[] = [2_000, 10_000, 30_000];

/** The storage is full: the reader has to delete something (nothing stored was lost). */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
}

const base = baseIndex(BUNDLED_CORPUS.corpus);

/** Whether a write failed because the browser's storage for the extension is full. */
const isStorageFull = (error: unknown) => (error as { name?: string } | undefined)?.name === 'QuotaExceededError';

/** Write failures the reader can act on, named for the UI; anything else is passed on as it is. */
function named(error: unknown): unknown {
  return isStorageFull(error) ? new StorageFullError('the browser storage for extensions is full') : error;
}

export interface StoreSummary {
  count: number;
  bySource: Partial<Record<ArticleSource, number>>;
  /** Bytes the extension's storage uses and may use, where the browser says (navigator.storage.estimate). */
  usage?: number;
  quota?: number;
  /** Not yet shown to be consistent: the counters disagree with the list, or a rebuild was cut off. */
  damaged: boolean;
}

export interface ImportOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: { readonly aborted: boolean };
}

/**
 * The reader's corpus, for every extension page: the IndexedDB store plus the bundled corpus searched
 * with it. Each operation is one or more whole transactions, so pages writing at once (a save in the
 * popup, an import in the options page, the background collector later) lose nothing.
 */
export class CorpusStore {
  private maintaining: Promise<void> | undefined;
  /** A change came in while a pass of upkeep ran: run one more. */
  private maintainAgain = false;
  private retentionQueue: Promise<number> = Promise.resolve(0);
  /** Passes tried again since the last change, after passes that left the store not up to date. */
  private retries = 0;
  /** Why the articles an older version kept could not be moved in (they are still where they were). */
  migrationProblem: string | undefined;

  constructor(
    readonly db: KvDatabase,
    private readonly limits = DELETE_LIMITS,
    /** The norm refresh's snapshot of the shards, where the page can write and read one. */
    private readonly snapshots?: SnapshotFiles,
    /**
     * One norm refresh at a time across the extension's pages: two pages' upkeep after the same change
     * would otherwise walk the whole index twice at once (50-100 s each at 100,000 articles), each
     * slowing the other and the popup's queries, and write the same snapshot twice.
     */
    private readonly refreshTurn: Exclusive = webLock(NORM_REFRESH_LOCK),
    /**
     * How long to wait before passing again when a pass left the store not up to date without a change
     * since: its snapshot file could not be written (busy: in Firefox a page closed while it wrote the file
     * can keep it for a while) or the pass failed. One wait per try, then the next change tries again.
     */
    private readonly retryDelays: readonly number[] = UPKEEP_RETRY_DELAYS,
    /** Runs each upkeep pass and each wait before a retry; the extension's pages keep the background alive through them (keptAlive). */
    private readonly sustained: Sustained = (work) => work(),
  ) {}

  /**
   * Coverage of a page in the bundled corpus and the store together: searched by a worker that reads
   * the shards from the last refresh's snapshot where it serves (the database for the rest), or here
   * when there is no worker (the same answer either way).
   */
  async findCoverage(article: Article): Promise<Coverage> {
    return (await this.snapshots?.coverage(article).catch(() => undefined)) ?? findStoreCoverage(this.db, article, { base });
  }

  /** Saves one article by hand. */
  save(article: Article): Promise<AddOutcome> {
    return this.add(article, 'saved');
  }

  /** Adds one article from one source: saved by hand, a compared link, a page the reader read. */
  async add(article: Article, source: 'saved' | 'link' | 'visited'): Promise<AddOutcome> {
    try {
      // The reader waits for the save, not for a fold of the index log it fills: the upkeep below goes on with that.
      return await this.withRoom(() => addArticles(this.db, [{ article, source }], { base, now: Date.now(), foldLater: true }));
    } catch (error) {
      throw named(error);
    } finally {
      void this.maintain();
    }
  }

  /**
   * Runs a write (one whole transaction: on failure nothing of it is stored); when the storage is full,
   * removes the refresh's snapshot (a cache of what the database holds) and, if that freed room, runs
   * the write once more. A save never fails for want of the space a cache took.
   */
  private async withRoom<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (!isStorageFull(error) || !(await this.snapshots?.drop().catch(() => false))) throw error;
      return write();
    }
  }

  /** Whether a feed item is kept or was collected before (by guid or canonical URL): its page is then not fetched. */
  knowsFeedItem(keys: FeedItemKeys): Promise<boolean> {
    return this.db.read(ALL_STORES, (tx) => isKnownFeedItem(tx, keys));
  }

  /**
   * Adds an article a feed gave (source 'feed', the feed named), then files its guid and URL so the next
   * refresh skips the item even when the article was a duplicate or is deleted later.
   */
  async addFromFeed(article: Article, feed: FeedOrigin, keys: FeedItemKeys): Promise<AddOutcome> {
    try {
      const outcome = await this.withRoom(() => addArticles(this.db, [{ article, source: 'feed', feed }], { base, now: Date.now() }));
      const docNo = outcome.added[0]?.docNo;
      await this.db.write(ALL_STORES, async (tx) => rememberFeedItem(tx, keys, { added: Date.now(), ...(docNo === undefined ? {} : { docNo }) }));
      return outcome;
    } catch (error) {
      throw named(error);
    } finally {
      void this.maintain();
    }
  }

  /**
   * Where the stored articles with these ids came from (source, feed, when added), for the popup to say
   * beside each match; ids not in the store (bundled articles) are left out.
   */
  async origins(ids: readonly string[]): Promise<Record<string, ArticleOrigin>> {
    const records = await this.db.read(ALL_STORES, (tx) => Promise.all(ids.map((id) => tx.getAll<StoredArticle>(STORES.articles, { index: 'id', key: id, limit: 1 }))));
    const found: Record<string, ArticleOrigin> = {};
    for (const [record] of records) if (record) found[record.id] = articleOrigin(record);
    return found;
  }

  /**
   * Imports a corpus pack (.json, at most MAX_PACK_BYTES) or JSON Lines (.jsonl, read as a stream, any
   * size). The whole file is checked before anything is written; then batches of whole articles.
   */
  async importFile(file: File, options: ImportOptions = {}): Promise<ImportOutcome> {
    const lines = /\.(jsonl|ndjson)$/i.test(file.name) || looksLikeJsonLines(await firstLine(file));
    let read: () => AsyncIterable<Article>;
    if (lines) read = () => jsonLinesArticles(textChunks(file));
    else {
      if (file.size > MAX_PACK_BYTES) throw new Error(`the file is too large (${Math.ceil(file.size / 1048576)} MB; the limit for a .json pack is ${MAX_PACK_BYTES / 1048576} MB, use JSON Lines for more)`);
      let json: unknown;
      try {
        json = JSON.parse(await file.text());
      } catch {
        throw new Error('the file is not JSON');
      }
      const pack = validateCorpusPack(json);
      if (!pack.ok) throw new Error(pack.error);
      read = async function* () {
        yield* pack.articles;
      };
    }
    try {
      return await importArticles(this.db, read, { base, now: Date.now(), ...options });
    } catch (error) {
      // The batches stored so far stay (whole articles); the cache's room is given back for the next try.
      if (isStorageFull(error)) await this.snapshots?.drop().catch(() => false);
      throw named(error);
    } finally {
      void this.maintain();
    }
  }

  /** The store's articles as a file's parts: JSON Lines, or a corpus pack. */
  exportParts(format: 'jsonl' | 'pack'): Promise<string[]> {
    return this.db.read(ALL_STORES, (tx) => collectExport(tx, format));
  }

  /**
   * What the side-by-side page needs to show a stored article beside its nearest other report (the
   * best of its coverage), or undefined when the corpus holds nothing else close to it.
   */
  async sideBySide(docNo: number): Promise<SideBySideHandoff | undefined> {
    const record = await this.db.read(ALL_STORES, (tx) => tx.get<StoredArticle>(STORES.articles, docNo));
    if (!record) return undefined;
    const article = toArticle(record);
    const others = (await this.findCoverage(article)).matches.filter((m) => m.decision !== 'this-article' && m.article.id !== article.id).map((m) => m.article);
    const [nearest] = others;
    return nearest && { articles: [article, ...others], a: article.id, b: nearest.id };
  }

  list(query: ListQuery): Promise<ListPage> {
    return this.db.read(ALL_STORES, (tx) => listArticles(tx, query));
  }

  /** Deletes articles; returns how many. */
  async remove(docNos: readonly number[]): Promise<number> {
    try {
      const state = await this.db.read(ALL_STORES, readState);
      const { batch, rebuildShare } = this.limits;
      if (docNos.length > batch && docNos.length > rebuildShare * state.count) return await this.removeMany(docNos);
      let removed = 0;
      for (let i = 0; i < docNos.length; i += batch) removed += (await deleteArticles(this.db, docNos.slice(i, i + batch), { base })).length;
      return removed;
    } catch (error) {
      throw named(error);
    } finally {
      void this.maintain();
    }
  }

  /**
   * Most of a large store at once: the index is emptied (and marked as being rebuilt), the articles go,
   * and the index is rebuilt from the rest in one pass. Cut off anywhere, the store is consistent (an
   * index of fewer articles, marked) and summary() says a rebuild is to be finished.
   */
  private async removeMany(docNos: readonly number[]): Promise<number> {
    const { batch } = this.limits;
    await startRebuild(this.db);
    for (let i = 0; i < docNos.length; i += batch) {
      await this.db.write(ALL_STORES, async (tx) => docNos.slice(i, i + batch).forEach((docNo) => tx.delete(STORES.articles, docNo)));
    }
    await rebuildIndex(this.db, base);
    return docNos.length;
  }

  /** Deletes every article from one source. */
  async removeSource(source: ArticleSource): Promise<number> {
    return this.remove(await this.db.read(ALL_STORES, async (tx) => (await tx.getKeys(STORES.listing, { index: 'sourceDay', range: { lower: [source, Number.NEGATIVE_INFINITY], upper: [source, Number.POSITIVE_INFINITY] } })) as number[]));
  }

  /** Deletes every article added more than `days` days ago (saved by hand or not: the reader asked). */
  async removeOlderThan(days: number): Promise<number> {
    const cutoff = Date.now() - days * DAY_MS;
    return this.remove(await this.db.read(ALL_STORES, async (tx) => (await tx.getKeys(STORES.listing, { index: 'added', range: { upper: cutoff, upperOpen: true } })) as number[]));
  }

  async summary(): Promise<StoreSummary> {
    const [counted, estimate] = await Promise.all([
      this.db.read(ALL_STORES, async (tx) => {
        const [state, listed, rebuilding, ...perSource] = await Promise.all([
          readState(tx),
          tx.count(STORES.listing),
          tx.get(STORES.meta, META_KEYS.rebuilding),
          ...ARTICLE_SOURCES.map((s) => tx.count(STORES.listing, { index: 'sourceDay', range: { lower: [s, Number.NEGATIVE_INFINITY], upper: [s, Number.POSITIVE_INFINITY] } })),
        ]);
        return { state: state as StoreState, listed: listed as number, rebuilding: rebuilding !== undefined, perSource: perSource as number[] };
      }),
      globalThis.navigator?.storage?.estimate?.().catch(() => undefined),
    ]);
    const bySource = Object.fromEntries(ARTICLE_SOURCES.map((s, i) => [s, counted.perSource[i] as number]).filter(([, n]) => n));
    return { count: counted.state.count, bySource, usage: estimate?.usage, quota: estimate?.quota, damaged: counted.rebuilding || counted.listed !== counted.state.count };
  }

  retention(): Promise<RetentionSettings> {
    return this.db.read(ALL_STORES, async (tx) => (await tx.get<RetentionSettings>(STORES.meta, META_KEYS.retention)) ?? {});
  }

  /** Keeps new retention settings and applies them at once; returns how many articles went. */
  setRetention(settings: RetentionSettings): Promise<number> {
    return this.retentionTurn(async () => {
      await this.db.write(ALL_STORES, async (tx) => tx.put(STORES.meta, settings, META_KEYS.retention));
      return this.removeRetentionVictims();
    });
  }

  /** Applies the kept retention settings (upkeep after every change); returns how many articles went. */
  applyRetention(): Promise<number> {
    return this.retentionTurn(() => this.removeRetentionVictims());
  }

  /**
   * Runs retention work one at a time. An upkeep pass started by an import could otherwise read the
   * settings the reader has just saved and remove their victims between that save and its own pass,
   * and the reader would be told that none went.
   */
  private retentionTurn(work: () => Promise<number>): Promise<number> {
    const turn = this.retentionQueue.then(work, work);
    this.retentionQueue = turn.catch(() => 0);
    return turn;
  }

  private async removeRetentionVictims(): Promise<number> {
    const settings = await this.retention();
    if (settings.keepDays === undefined && settings.maxArticles === undefined) return 0;
    const victims = await this.db.read(ALL_STORES, (tx) => retentionVictims(tx, settings, Date.now()));
    return victims.length ? this.remove(victims) : 0;
  }

  /** Compares the index with one rebuilt from the articles. */
  check(): Promise<IndexCheck> {
    return verifyIndex(this.db, base);
  }

  rebuild(): Promise<number> {
    return rebuildIndex(this.db, base);
  }

  /**
   * Whether the last refresh is of the store as it is (nothing changed since: every change moves the
   * generation) and so is the snapshot file, or there is none and no room for one: then a pass would
   * write what is there again (or nothing), 50-100 s at 100,000 articles, for nothing.
   */
  private async upToDate(): Promise<boolean> {
    const [state, refresh] = await this.db.read(ALL_STORES, (tx) => Promise.all([readState(tx), tx.get<NormRefresh>(STORES.meta, META_KEYS.refresh)]));
    // A store never changed (a new install) has nothing to refresh: the options page opening it asks.
    if (state.generation === 0 && !refresh) return true;
    if (refresh?.generation !== state.generation || refresh.fingerprint !== base.fingerprint) return false;
    if (!this.snapshots) return true;
    const stamp = await this.snapshots.stamp().catch(() => undefined);
    if (stamp) return stamp.generation === state.generation && stamp.fingerprint === refresh.fingerprint;
    // No file: a pass would write one only where there is room for it (another page's pass, which the
    // refresh lock made this page wait for, may have found none).
    return !(await this.snapshots.fits().catch(() => false));
  }

  /**
   * Upkeep after a change: retention, then the norm refresh that makes queries fast again (one pass
   * over the index; a page closed meanwhile just leaves it for the next writer). One at a time per page,
   * and the refresh one at a time across pages (refreshTurn).
   * A change made while a pass runs cuts that pass short (refreshNorms keeps nothing then), so it asks
   * for one more pass after it: the last change of a burst (a feed refresh, an import) is always refreshed,
   * also when the pass it came during failed (a failed pass is left to the next change; that change is the next).
   * A pass that leaves the store not up to date with no change since (its snapshot file busy, or the pass
   * failed) is tried again after each of retryDelays, until one is up to date or the next change comes.
   * Last, once per store, the rewrite of the sketches an older version stored (upgradeSketches).
   */
  maintain(): Promise<void> {
    this.retries = 0;
    return this.upkeep();
  }

  /**
   * Finishes the upkeep a closed page left undone. A pass dies with its page: a popup closed after a
   * save (a pass takes 35-140 s at 100,000 articles, longer than a popup stays open), a page reloaded or
   * closed during an import's pass. The store then stays not up to date, and queries slow, until the
   * next change. A page that stays open (the options page) asks on opening: one pass when the store is
   * not up to date, nothing when it is (a pass another page is making is waited for, then found done).
   * @example await (await openCorpusStore()).resumeUpkeep()
   */
  async resumeUpkeep(): Promise<void> {
    if (!(await this.upToDate().catch(() => true))) await this.maintain();
  }

  /**
   * Notes how a pass ended, and where a failed one stopped: one small write at its end, best effort (a full
   * storage refuses it, and upkeep must not fail for a note). A pass with no note after the last change
   * has not ended.
   */
  private async record(upkeep: UpkeepRecord): Promise<void> {
    const page = (globalThis as { location?: { pathname?: string } }).location?.pathname;
    await this.db.write([STORES.meta], async (tx) => tx.put(STORES.meta, page ? { ...upkeep, page } : upkeep, META_KEYS.upkeep)).catch(() => undefined);
  }

  private upkeep(): Promise<void> {
    if (this.maintaining) {
      this.maintainAgain = true;
      return this.maintaining;
    }
    this.maintaining = this.sustained(async () => {
      try {
        for (;;) {
          this.maintainAgain = false;
          const startedAt = Date.now();
          let stage: UpkeepRecord['stage'] = 'retention';
          try {
            await this.applyRetention();
            stage = 'refresh';
            // In turn with other pages; the check comes after the wait, so a pass another page has just
            // made for the same changes is not made again, and a change it did not see still is.
            await this.refreshTurn(async () => {
              if (!(await this.upToDate())) await refreshNorms(this.db, base, { snapshot: await this.snapshots?.target() });
            });
            stage = 'sketches';
            // After the refresh, which makes queries fast again: this rewrite takes about 2 minutes at 100,000.
            await upgradeSketches(this.db);
            await this.record({ startedAt, stage: 'done', endedAt: Date.now() });
          } catch (error) {
            // Upkeep only: queries stay exact without it, and the next change tries again (one made during
            // this pass is that next change: the loop runs once more for it).
            await this.record({ startedAt, stage, failed: true, endedAt: Date.now(), error: String(error) });
          }
          if (this.maintainAgain) continue;
          // Not up to date with no change since (another page's pass in its turn is up to date by its end):
          // try again after a while, a few times, rather than leave queries slow until the next change.
          const delay = this.retryDelays[this.retries];
          const stale = delay !== undefined && !(await this.upToDate().catch(() => true));
          if (this.maintainAgain) continue;
          if (stale) {
            this.retries++;
            // The wait is kept alive as the pass is: Chrome stops a background 30 s after its last API
            // call, which may be the pass's last keep-alive call, and a timer dies with it. The retry runs
            // inside that wait's keep-alive, so there is no moment between the pass and its retry without one.
            void this.sustained(async () => {
              await new Promise((resolve) => setTimeout(resolve, delay));
              await this.upkeep();
            });
          }
          return;
        }
      } finally {
        this.maintaining = undefined;
      }
    });
    return this.maintaining;
  }
}

/** A file's first line (read from the stream: a JSON Lines article can be long); '' when it is too long to be one. */
async function firstLine(file: File): Promise<string> {
  try {
    for await (const line of textLines(textChunks(file))) return line;
  } catch {
    // Longer than any article line: a pack on one line (or not a corpus at all).
  }
  return '';
}

/** Bytes of a file read at a time. */
const CHUNK_BYTES = 1 << 20;

/** A file's text as chunks, read a slice at a time and decoded as UTF-8 across the slices' edges. */
async function* textChunks(file: Blob): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for (let at = 0; at < file.size; at += CHUNK_BYTES) yield decoder.decode(await file.slice(at, at + CHUNK_BYTES).arrayBuffer(), { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}

async function collectExport(tx: KvReader, format: 'jsonl' | 'pack'): Promise<string[]> {
  const parts: string[] = [];
  if (format === 'jsonl') {
    for await (const batch of readableArticles(tx)) parts.push(articlesToJsonLines(batch));
    return parts;
  }
  for await (const part of corpusPackParts(readableArticles(tx))) parts.push(part);
  return parts;
}

/**
 * What the options page shows when the store cannot be opened: the database was written by a newer
 * extension version. Its articles are read without changing it, for an export.
 */
export async function exportNewerDatabase(name: string = CORPUS_DATABASE.name): Promise<{ parts: string[]; unreadable: number }> {
  const raw = await openDB(name);
  try {
    if (!raw.objectStoreNames.contains(STORES.articles)) return { parts: [], unreadable: 0 };
    const counts = { unreadable: 0 };
    const parts: string[] = [];
    const tx = raw.transaction(STORES.articles);
    let cursor = await tx.store.openCursor();
    let batch: Article[] = [];
    for (; cursor; cursor = await cursor.continue()) {
      const article = articleOf(cursor.value);
      if (article) batch.push(article);
      else counts.unreadable++;
      if (batch.length >= 500) {
        parts.push(articlesToJsonLines(batch));
        batch = [];
      }
    }
    parts.push(articlesToJsonLines(batch));
    return { parts, unreadable: counts.unreadable };
  } finally {
    raw.close();
  }
}

function articleOf(value: unknown): Article | undefined {
  const article = readArticle(value, 'record');
  return typeof article === 'string' ? undefined : article;
}

/** Why the store could not be opened, for the pages to say. */
export type StoreUnavailable = { kind: 'newer'; message: string } | { kind: 'failed'; message: string };

const opened = new Map<string, Promise<CorpusStore>>();

/**
 * The page's store, opened once: the database, and on first run the articles an older version kept in
 * extension storage moved into it (that copy removed only once all of them are in). Rejects with a
 * StoreUnavailable when the database cannot be used.
 * @example const store = await openCorpusStore(); await store.save(article)
 */
export function openCorpusStore(name: string = CORPUS_DATABASE.name): Promise<CorpusStore> {
  let opening = opened.get(name);
  if (opening) return opening;
  opening = (async () => {
    let db: KvDatabase;
    try {
      db = await openIdbDatabase(name);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw { kind: error instanceof NewerDatabaseError ? 'newer' : 'failed', message } satisfies StoreUnavailable;
    }
    const store = new CorpusStore(db, DELETE_LIMITS, name === CORPUS_DATABASE.name ? OPFS_SNAPSHOTS : undefined, undefined, undefined, keptAlive());
    const saved = (await browser.storage.local.get(SAVED_KEY))[SAVED_KEY];
    if (saved !== undefined) {
      try {
        await migrateSavedCorpus(db, saved, { base, now: Date.now() });
        await browser.storage.local.remove(SAVED_KEY);
        void store.maintain();
      } catch (error) {
        // The old copy stays where it is (nothing lost); the options page says so.
        store.migrationProblem = error instanceof Error ? error.message : String(error);
      }
    }
    return store;
  })();
  opened.set(name, opening);
  opening.catch(() => opened.delete(name));
  return opening;
}

/**
 * Coverage from the store, or from the bundled corpus alone when the store cannot be opened or read:
 * a broken store must not stop the popup's comparison.
 * @example const find = coverageOrBundled(openCorpusStore()); (await find(page)).matches
 */
export const coverageOrBundled = (store: Promise<CorpusStore>) => (article: Article) =>
  store.then((s) => s.findCoverage(article)).catch(() => findCoverage(article, BUNDLED_CORPUS.corpus));

