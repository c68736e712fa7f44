import type { Article } from '../types';
import { adjustBaseFrequencies, readBaseFrequencies } from './base-frequencies';
import type { BaseIndex } from './base-index';
import { ALL_STORES, STORES } from './corpus-schema';
import { continueFold } from './continue-fold';
import { indexChanges, logAtStart } from './index-changes';
import { wordShingles } from '../match/word-shingles';
import { couldBeNearDuplicate, couldBeNearDuplicateText, isNearDuplicate } from './is-near-duplicate';
import { listEntry } from './list-entry';
import { resolveDuplicate, type DuplicateReason } from './resolve-duplicate';
import { META_KEYS, readState } from './store-state';
import { sketchHash, sketchNeighbours, sketchValueRange } from './sketch-key';
import { storeRecord } from './store-record';
import { sketchesUpgraded, type SketchUpgrade } from './upgrade-sketches';
import type { ArticleSource, FeedOrigin, KvDatabase, KvWriter, StoredArticle } from './types';

export interface IncomingArticle {
  article: Article;
  source: ArticleSource;
  /** Source 'feed' only: the feed it came through. */
  feed?: FeedOrigin;
}

export interface Skipped {
  id: string;
  title: string;
  reason: DuplicateReason;
}

export interface AddOutcome {
  /** Stored now (new, or a newer version of a kept article), in the order given. */
  added: StoredArticle[];
  /** Kept articles a newer version replaced (one entry each, as they were). */
  replaced: StoredArticle[];
  skipped: Skipped[];
}

export interface AddOptions {
  /** The bundled corpus searched with the store: a copy of one of its articles is never stored. */
  base?: BaseIndex;
  /** When the articles are added (ms); the same for the whole batch. */
  now: number;
  /** Once aborted, the batch is abandoned (its transaction undone): nothing of it is written. */
  signal?: { readonly aborted: boolean };
  /**
   * Resolve once the articles are stored, and leave the fold of the index log they may have filled to
   * run on (continueFold): a reader's save is done then, and the next writer or the upkeep goes on with
   * a fold the page's closing cuts off.
   */
  foldLater?: boolean;
}

/** Thrown when a batch is abandoned on request. */
export class AddAborted extends Error {
  override name = 'AbortError';
}

/** Articles prepared (their terms computed) before the page is given a turn: a long batch must not freeze it. */
const PREPARE_SLICE = 100;

type Pending = Omit<StoredArticle, 'docNo'>;

// Each text's 4-grams, computed once however many candidates it is checked against.
const shingleSets = new WeakMap<object, Set<string>>();
const shinglesOf = (record: { text: string }) => {
  let set = shingleSets.get(record);
  if (!set) shingleSets.set(record, (set = wordShingles(record.text)));
  return set;
};

/**
 * isNearDuplicate of a stored or earlier article `a` and an incoming `b`: `a`'s text is split into a
 * set only when the 4-gram counts allow a copy and its 4-grams, read in order, do not already rule it out.
 */
const nearDuplicates = (a: Pending, b: Pending) =>
  couldBeNearDuplicate(a.shingles, b.shingles) && couldBeNearDuplicateText(shinglesOf(b), a) && isNearDuplicate(shinglesOf(a), shinglesOf(b));

/** A sketch value shared by more stored articles than this is boilerplate, not a sign of a copy. */
const COMMON_SKETCH_VALUE = 32;
/** How many of a value's sharers a look-up reads: enough to tell boilerplate, or to find every copy. */
export const SHARERS_READ = COMMON_SKETCH_VALUE + 1;

/** What the first look-up found for an incoming article: the same id, URL or text, and near-copy candidates. */
interface Lookup {
  exact: StoredArticle[];
  /** The docNos of stored articles that share a sketch value (not boilerplate) and may be near-identical. */
  near: Set<number>;
  /** Its sketch values that are not boilerplate: the ones a store not yet upgraded is looked up by, bare. */
  telling: string[];
}

/**
 * The stored articles an incoming one may duplicate, first step: same id, same URL, same text, or sharing
 * a sketch value (near-identical texts share most values) that is not boilerplate, among the texts of about
 * its length (sketchNeighbours): a value's sharers are looked at over every length (bare values too), as
 * far as telling boilerplate needs, and read only where a copy could be. Read for every incoming article at once, with the
 * add's first reads, in one round of requests, so a batch costs a few rounds of reads, not a few per
 * article.
 */
async function lookUp(tx: KvWriter, record: Pending): Promise<Lookup> {
  const [exact, sharing] = await Promise.all([
    Promise.all([
      tx.getAll<StoredArticle>(STORES.articles, { index: 'id', key: record.id }),
      record.canonicalUrl ? tx.getAll<StoredArticle>(STORES.articles, { index: 'canonicalUrl', key: record.canonicalUrl, limit: 1 }) : [],
      tx.getAll<StoredArticle>(STORES.articles, { index: 'textKey', key: record.textKey, limit: 1 }),
    ]),
    Promise.all(
      record.sketch.map(async (key) => {
        // The sharers are read only as far as telling boilerplate needs: a count would walk all of
        // them, and a line on every page of a site is shared by thousands in a large store.
        const [sharers, found] = await Promise.all([
          tx.getKeys(STORES.articles, { index: 'sketch', range: sketchValueRange(key), limit: SHARERS_READ }),
          tx.getKeys(STORES.articles, { index: 'sketch', range: sketchNeighbours(key), limit: SHARERS_READ }),
        ]);
        return sharers.length > COMMON_SKETCH_VALUE ? undefined : { key, found };
      }),
    ),
  ]);
  const telling = sharing.filter((value) => value !== undefined);
  return { exact: exact.flat(), near: new Set(telling.flatMap((value) => value.found as number[])), telling: telling.map((value) => value.key) };
}

/**
 * In a store not yet upgraded (upgradeSketches), records are also looked up by their bare values: one
 * more round, only until the upkeep has rewritten them.
 */
async function lookUpBare(tx: KvWriter, lookup: Lookup): Promise<void> {
  const found = await Promise.all(lookup.telling.map((key) => tx.getKeys(STORES.articles, { index: 'sketch', key: sketchHash(key), limit: SHARERS_READ })));
  for (const docNo of found.flat()) lookup.near.add(docNo as number);
}

/** The stored articles an incoming one duplicates or may: the exact ones, then the near-identical texts read. */
async function storedCandidates(tx: KvWriter, record: Pending, { exact, near }: Lookup): Promise<StoredArticle[]> {
  for (const found of exact) near.delete(found.docNo);
  const nearRecords = await Promise.all([...near].map((docNo) => tx.get<StoredArticle>(STORES.articles, docNo)));
  return [...exact, ...nearRecords.filter((r): r is StoredArticle => r !== undefined && nearDuplicates(r, record))];
}

/**
 * The articles of a batch accepted so far, looked up by the keys dedup uses, so checking a batch of
 * thousands costs a few map reads per article, not a pass over the batch.
 */
class BatchIndex {
  readonly accepted = new Set<Pending>();
  private readonly byKey = new Map<string, Pending>();
  private readonly bySketch = new Map<string, Set<Pending>>();

  private keys = (record: Pending) => [`id ${record.id}`, `text ${record.textKey}`, ...(record.canonicalUrl ? [`url ${record.canonicalUrl}`] : [])];

  add(record: Pending): void {
    this.accepted.add(record);
    for (const key of this.keys(record)) this.byKey.set(key, record);
    for (const h of record.sketch.map(sketchHash)) {
      let set = this.bySketch.get(h);
      if (!set) this.bySketch.set(h, (set = new Set()));
      set.add(record);
    }
  }

  remove(record: Pending): void {
    this.accepted.delete(record);
    for (const key of this.keys(record)) if (this.byKey.get(key) === record) this.byKey.delete(key);
    for (const h of record.sketch.map(sketchHash)) this.bySketch.get(h)?.delete(record);
  }

  /** An accepted article with the same id, URL or text, else a near-identical one. */
  duplicateOf(record: Pending): Pending | undefined {
    for (const key of this.keys(record)) {
      const found = this.byKey.get(key);
      if (found) return found;
    }
    const near = new Set(record.sketch.flatMap((key) => [...(this.bySketch.get(sketchHash(key)) ?? [])]));
    return [...near].find((b) => nearDuplicates(b, record));
  }
}

/**
 * Adds articles to the store in one transaction: all of them, with the index, or (on any failure) none.
 * A duplicate of a kept article (or of a bundled one, or of one earlier in the batch) is skipped, or
 * replaces it when it is a newer version (resolveDuplicate); a replacement keeps "saved" when the reader
 * had saved the old version by hand, so retention never removes it. An add that fills the index log then
 * folds it, in slices (continueFold).
 * @example await addArticles(db, [{ article, source: 'saved' }], { now: Date.now() }) // -> { added: [record], replaced: [], skipped: [] }
 */
export async function addArticles(db: KvDatabase, incoming: readonly IncomingArticle[], options: AddOptions): Promise<AddOutcome> {
  const { base, now, signal } = options;
  const prepared: Array<Omit<StoredArticle, 'docNo'>> = [];
  for (const [i, { article, source, feed }] of incoming.entries()) {
    // Before the transaction opens, so waiting a turn cannot let it commit early.
    if (i && i % PREPARE_SLICE === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    if (signal?.aborted) throw new AddAborted('cancelled');
    const shingles = wordShingles(article.text);
    const record = storeRecord(article, source, now, shingles, feed);
    shingleSets.set(record, shingles);
    prepared.push(record);
  }
  const { outcome, folding } = await db.write(ALL_STORES, async (tx) => {
    // Reads that need nothing else, at once, the duplicates' look-ups among them: each round of requests
    // waits on the database process.
    const [[state, baseFrequencies, upgraded, logged], lookups] = await Promise.all([
      Promise.all([readState(tx), base ? readBaseFrequencies(tx, base) : undefined, sketchesUpgraded(tx), logAtStart(tx)]),
      Promise.all(prepared.map((record) => lookUp(tx, record))),
    ]);
    const batch = new BatchIndex();
    const replaced: StoredArticle[] = [];
    const skipped: Skipped[] = [];
    // An empty store holds no bare sketch value: nothing for upgradeSketches to read through (a first
    // import of 50,000 articles would otherwise be read again whole by the upkeep after it).
    if (!upgraded && state.count === 0) tx.put(STORES.meta, { next: state.nextDocNo, done: true } satisfies SketchUpgrade, META_KEYS.sketchUpgrade);
    if (!upgraded && state.count > 0) await Promise.all(lookups.map((lookup) => lookUpBare(tx, lookup)));
    const candidates = await Promise.all(prepared.map((record, i) => storedCandidates(tx, record, lookups[i] as Lookup)));
    const gone = new Set<number>();
    for (const [i, record] of prepared.entries()) {
      if (base?.ids.has(record.id) || base?.textKeys.has(record.textKey)) {
        skipped.push({ id: record.id, title: record.title, reason: base.ids.has(record.id) ? 'id' : 'text' });
        continue;
      }
      const inBatch = batch.duplicateOf(record);
      const stored = inBatch ? undefined : (candidates[i] as StoredArticle[]).find((s) => !gone.has(s.docNo));
      const kept = inBatch ?? stored;
      const decision = kept ? resolveDuplicate(record, kept) : 'replace';
      if (decision !== 'replace') {
        skipped.push({ id: record.id, title: record.title, reason: decision });
        continue;
      }
      if (stored) {
        replaced.push(stored);
        gone.add(stored.docNo);
      }
      if (inBatch) batch.remove(inBatch);
      batch.add(kept?.source === 'saved' ? { ...record, source: 'saved' } : record);
    }
    for (const old of replaced) {
      tx.delete(STORES.articles, old.docNo);
      tx.delete(STORES.listing, old.docNo);
    }
    const added = [...batch.accepted].map((record, i): StoredArticle => ({ ...record, docNo: state.nextDocNo + i }));
    const nextDocNo = state.nextDocNo + added.length;
    for (const record of added) {
      tx.put(STORES.articles, record);
      tx.put(STORES.listing, listEntry(record));
    }
    const folding = await indexChanges(tx, { added, removed: replaced, nextDocNo: state.nextDocNo }, base, logged);
    // The last moment to abandon the batch: everything above is undone with the transaction.
    if (signal?.aborted) throw new AddAborted('cancelled');
    if (baseFrequencies) {
      adjustBaseFrequencies(baseFrequencies, replaced, -1);
      adjustBaseFrequencies(baseFrequencies, added, 1);
      tx.put(STORES.meta, baseFrequencies, META_KEYS.base);
    }
    if (added.length || replaced.length) {
      tx.put(STORES.meta, { count: state.count + added.length - replaced.length, nextDocNo, generation: state.generation + 1 }, META_KEYS.state);
    }
    return { outcome: { added, replaced, skipped }, folding };
  });
  // The change is committed: the fold the log is due for is made in slices a query can pass between. One
  // that fails or is cut off leaves the store whole (readers honour its cursor), and the next writer or
  // the norm refresh goes on with it, so its failure is not this change's.
  if (folding) {
    const fold = continueFold(db, base, signal).catch(() => undefined);
    if (!options.foldLater) await fold;
  }
  return outcome;
}
