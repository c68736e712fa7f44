import { articleNorm } from '../corpus/article-norm';
import { inverseDocumentFrequency } from '../corpus/inverse-document-frequency';
import { bestCandidates } from '../match/best-candidates';
import { candidateScore } from '../match/candidate-score';
import { dateFactor } from '../match/date-factor';
import { STORY_GROUP_CANDIDATES } from '../match/decision-thresholds';
import { publishedDay } from '../match/published-day';
import type { CoverageSource, DecisionThresholds, ScoredCandidate } from '../match/types';
import type { Article } from '../types';
import type { BaseIndex } from './base-index';
import { STORES } from './corpus-schema';
import { INDEX_LAYOUT } from './index-layout';
import { MaxHeap } from './max-heap';
import { articleSlot, blockOfArticle, slotInBlock, slotKey, type SlotKind } from './article-slot';
import { carriedNorm } from './carried-norm';
import { commonFrequency } from './common-terms';
import { type FoldedChanges, sinceRefresh } from './folded-changes';
import { indexLog, readLog, type IndexLog } from './index-log';
import { hintedNorm, type HintBlock } from './norm-hints';
import { findTerm, type PostingsBlock } from './postings-block';
import { recordTerms } from './record-terms';
import { headKey, shardRange, type ShardHead } from './shard-head';
import { shardOfTerm } from './shard-of-term';
import type { ShardSnapshot } from './shard-snapshot';
import { headView, recordsView, type ShardFrequencies, type ShardView } from './shard-view';
import { normRatioBounds, type NormRatioBounds } from './norm-ratio-bounds';
import { skippableTerms, upperScore } from './skippable-terms';
import { toArticle } from './to-article';
import type { BaseFrequencies, KvReader, NormRefresh, StoreState, StoredArticle } from './types';

/** What one query read, for the bench. */
export interface SearchCounts {
  /** Shards read whole (the query's own terms). */
  shards: number;
  /** Shard heads read for document frequencies (the terms of candidates scored exactly). */
  heads: number;
  /** Stored articles read. */
  articles: number;
  /** Stored candidates scored exactly. */
  rescored: number;
  /** Of those, the ones whose norm was carried forward from the last refresh (carried-norm.ts). */
  carried: number;
  /** Query terms whose shards were left unread: common terms that could lift no article into the places that matter (skippable-terms.ts). */
  skipped: number;
  /** Shards read from the refresh's snapshot file instead of the database (shard-snapshot.ts): their directories, for counts or postings. */
  fromSnapshot: number;
  /** Searches made by bounding candidates from kept norms (prunedSearch), on a changed store too. */
  pruned: number;
}

/**
 * A SearchCounts at zero, for a query to fill.
 * @example const counts = searchCounts(); await findStoreCoverage(db, page, { counts }); counts.shards // -> 296
 */
export const searchCounts = (): SearchCounts => ({ shards: 0, heads: 0, articles: 0, rescored: 0, carried: 0, skipped: 0, fromSnapshot: 0, pruned: 0 });

/** The bundled corpus searched with the store, and the store's counts of its vocabulary. */
export interface StoreBase {
  index: BaseIndex;
  frequencies: BaseFrequencies;
}


/**
 * Exact norms and publication days of articles, kept between queries while the store does not change
 * (its generation) and the same bundled corpus is searched: many queries on one store (the evaluation,
 * the CLI) then read each article's term frequencies once. A popup runs one query and needs none.
 */
export class NormCache {
  private key = '';
  readonly norms = new Map<number, number>();
  readonly days = new Map<number, number>();

  /** Empties the cache when it was filled for another state of the store. */
  use(generation: number, base: BaseIndex | undefined): this {
    const key = `${generation} ${base?.fingerprint ?? ''}`;
    if (key !== this.key) {
      this.norms.clear();
      this.days.clear();
      this.key = key;
    }
    return this;
  }
}

function memo<K, V>(cache: Map<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
  let value = cache.get(key);
  if (!value) cache.set(key, (value = load()));
  return value;
}

const nth = (sorted: number[], n: number) => (sorted.length >= n ? (sorted[n - 1] as number) : Number.NEGATIVE_INFINITY);

/**
 * The least score an article not yet scored exactly must be able to reach for the search to go on:
 * it could still enter the `limit` best (beat the limit-th exact score found so far) AND matter there,
 * by ranking among the leading candidates the decisions look at (findCoverage asks for at least
 * STORY_GROUP_CANDIDATES + 2) or by scoring at least `related` (a decision other than unrelated). The
 * weak tail of a ranking (unrelated articles past the leading ones) is left approximate: there a crowd of
 * near-equal candidates would otherwise all need exact norms, and no decision can depend on their order.
 */
function mustFind(exactScores: number[], limit: number, thresholds: DecisionThresholds): number {
  const sorted = exactScores.sort((x, y) => y - x);
  const leading = nth(sorted, Math.min(limit, STORY_GROUP_CANDIDATES + 2));
  return Math.max(nth(sorted, limit), Math.min(thresholds.related, leading));
}

/**
 * findCoverage's view of the reader's store (plus the bundled corpus, when given), inside one read
 * transaction: the same scores, rankings and similarities a batch build of the same articles
 * (buildCorpus of the bundled articles then the stored ones in docNo order) would give.
 *
 * A search reads the shards of the query's terms and the index log (index-log.ts: changes not yet
 * folded into the shards), which give every article sharing a term and the exact dot product. The exact score also needs each candidate's norm over the IDF of now:
 * - when nothing changed since the last norm refresh (refresh-norms.ts), the norms kept then are exact
 *   now (the refresh folded the index log and any change since moved the generation, so the log is
 *   empty then), and so are the counts of the common terms it listed: the query's commonest terms are
 *   left unread where they cannot lift an article into the places that matter, and the candidates are
 *   scored exactly best bound first (prunedSearch); asked for the whole ranking, every candidate is
 *   scored at once from the kept norms, as the in-memory index does;
 * - when the store changed since only through the log (and the changes kept beside the shards), and so
 *   little that no norm can have moved by more than a factor of INDEX_LAYOUT.carriedRatio
 *   (norm-ratio-bounds.ts), the same pruned search bounds each candidate from its kept norm so moved,
 *   the common terms' counts being the refresh's plus the log's changes;
 * - otherwise a norm is worked out only for the candidates that can reach the top: they are taken best
 *   first by their hinted score (norm-hints.ts; a little over the exact score, never under it by more
 *   than INDEX_LAYOUT.hintMargin) and scored exactly until the next one could not reach a place that
 *   matters (mustFind). An article that was in the shards at the last refresh, while the changes since
 *   are all in the log, has its kept norm carried forward (carried-norm.ts), which reads the document
 *   frequencies of only its terms the log changed; any other norm (or one the bounds leave unsettled)
 *   needs the frequencies of all the candidate's terms.
 * The bundled articles' norms need no reads (StoreBase.frequencies). With the refresh's snapshot file
 * (shard-snapshot.ts) the shards' counts and the query's postings come from the file while the shards
 * are the ones it holds (changes since only in the log, or kept beside the shards: folded-changes.ts), and on the store it refreshed the kept norms
 * and days too; the database gives the candidates' records (and the log).
 *
 * References: a stored article is its docNo; bundled article i is -1 - i.
 * @example await findCoverage(page, storeCoverageSource(tx, state, base)) // -> { matches: [...] }
 */
export function storeCoverageSource(
  tx: KvReader,
  state: StoreState,
  base?: StoreBase,
  options: { counts?: SearchCounts; cache?: NormCache; refresh?: NormRefresh; snapshot?: ShardSnapshot; folded?: FoldedChanges } = {},
): CoverageSource {
  const { counts, refresh } = options;
  const bundled = base?.index;
  const refreshed = refresh?.generation === state.generation && refresh.fingerprint === (bundled?.fingerprint ?? '');
  const stamped = refresh && options.snapshot?.generation === refresh.generation && options.snapshot.fingerprint === refresh.fingerprint;
  // The shards changed since the refresh, but the changes moved into them are kept (folded-changes.ts):
  // with the refresh's snapshot file, the store is that file plus those changes plus the log.
  const folded = !refreshed && stamped && options.folded?.generation === refresh.generation && options.folded.fingerprint === refresh.fingerprint ? options.folded : undefined;
  // The store changed since the last refresh, but only through the index log (or the kept folded
  // changes): kept norms can be carried forward.
  const sizeThen = !refreshed && refresh?.fingerprint === (bundled?.fingerprint ?? '') ? (refresh.size ?? folded?.size) : undefined;
  // The refresh's snapshot holds the shards exactly as they are while they are the ones it walked: on the
  // store it refreshed, and on one changed since only through the index log (a write to the shards
  // removes the refresh's size: shards-changed.ts), as right after a save, or whose changes to the shards
  // are kept. Its norms and days are that refresh's: a query reads them only on the store it refreshed.
  const snapshot = stamped && (refreshed || sizeThen !== undefined) ? options.snapshot : undefined;
  const { norms, days } = (options.cache ?? new NormCache()).use(state.generation, bundled);
  const baseSize = bundled?.corpus.articles.length ?? 0;
  const corpusSize = state.count + baseSize;
  const shardReads = new Map<number, Promise<ShardView>>();
  const headReads = new Map<number, Promise<ShardFrequencies | undefined>>();
  // The shards whose frequencies are at hand (read whole, or their heads), and the ones read whole.
  const heads = new Map<number, ShardFrequencies | undefined>();
  const shards = new Map<number, ShardView>();
  const recordReads = new Map<number, Promise<StoredArticle>>();
  const slotReads = new Map<string, Promise<unknown>>();
  const readSlots = <T>(block: number, kind: SlotKind) => memo(slotReads, `${block} ${kind}`, () => tx.get<T>(STORES.perArticle, slotKey(block, kind))) as Promise<T | undefined>;
  const weightMaps = new Map<number, Map<string, number>>();
  /**
   * The refresh's common terms with their counts then: exact on the store it refreshed, and with the
   * changes since on one changed only through the log (and the kept folded changes).
   */
  const commonThen = refreshed ? refresh?.common : sizeThen !== undefined ? (refresh?.common ?? folded?.common) : undefined;
  // On a store changed since only through the log (and the kept folded changes), the pruned search can
  // still bound its candidates from the kept norms (normRatioBounds), given the common terms' counts then.
  const carrying = !refreshed && sizeThen !== undefined && commonThen !== undefined;
  // The common terms' counts in use: on a changed store only once the log is read and accounts for the
  // change in the corpus size (set then, below: until then every count is read).
  let common = refreshed ? commonThen : undefined;
  // The refresh's norms and days of every stored article, when its snapshot holds them all: on the store
  // it refreshed, the norms themselves; on one changed since only so, what the pruned search bounds the
  // norms of now with (the articles added since are past them, and bounded from their own terms).
  const inFile = refreshed || carrying ? snapshot?.articles() : undefined;
  const fileArticles = inFile && (carrying || inFile.norms.length >= state.nextDocNo) ? inFile : undefined;
  /**
   * The norms and days the last refresh kept for stored articles: from the snapshot when it has them,
   * else from the per-article blocks the articles fall in, each read once.
   */
  const keptNormsAndDays = async (docs: readonly number[]): Promise<{ norm: (doc: number) => number; day: (doc: number) => number }> => {
    if (fileArticles) return { norm: (doc) => fileArticles.norms[doc] ?? 0, day: (doc) => fileArticles.days[doc] ?? Number.NaN };
    const blocks = [...new Set(docs.map(blockOfArticle))];
    const kept = new Map(await Promise.all(blocks.map(async (block) => [block, await Promise.all([readSlots<Float64Array>(block, 'norms'), readSlots<Float32Array>(block, 'days')])] as const)));
    // Block and slot apart, not one object per candidate (a hundred thousand at 100,000 articles).
    return {
      norm: (doc) => kept.get(blockOfArticle(doc))?.[0]?.[slotInBlock(doc)] ?? 0,
      day: (doc) => kept.get(blockOfArticle(doc))?.[1]?.[slotInBlock(doc)] ?? Number.NaN,
    };
  };
  // The index log (changes not yet in the shards) is one small read, made once and used by every step.
  const logged = folded ? readLog(tx).then((log) => indexLog(sinceRefresh(folded.entries, log.entries))) : readLog(tx);
  // How far any kept norm can have moved since the refresh (normRatioBounds), on a store changed only
  // through the log: the first to hear of the log, so the common counts are in use before any step reads
  // them. As for carried norms, the count is a second guard (a store an older version folded silently).
  const normsMoved = carrying
    ? logged.then((current) => {
        if ((sizeThen as number) + current.added.size - current.removed.size !== corpusSize) return undefined;
        common = commonThen;
        return normRatioBounds({ sizeThen: sizeThen as number, sizeNow: corpusSize, dfRise: current.dfRange.rise, dfFall: current.dfRange.fall });
      })
    : Promise.resolve(undefined);
  // A shard's view in the snapshot, its directory read once whether a count or postings are asked first.
  const fileViews = new Map<number, ShardView | undefined>();
  const fileView = (shard: number) => {
    if (!fileViews.has(shard)) fileViews.set(shard, snapshot?.readShard(shard));
    return fileViews.get(shard);
  };

  // The shards read from the database, not the snapshot file: a fold under way may have passed them
  // (fold-cursor.ts), so the log's changes they already hold are not taken twice (IndexLog.shardDfDelta).
  const fromDatabase = new Set<number>();
  const readShard = (shard: number) =>
    memo(shardReads, shard, async () => {
      let view = fileView(shard);
      if (view && counts && !headReads.has(shard)) counts.fromSnapshot++;
      if (!view) {
        fromDatabase.add(shard);
        if (counts) counts.shards++;
        view = recordsView(await tx.getAll<PostingsBlock | ShardHead>(STORES.shards, { range: shardRange(shard) }));
      }
      heads.set(shard, view);
      shards.set(shard, view);
      return view;
    });
  const readHead = (shard: number) =>
    shardReads.has(shard)
      ? (shardReads.get(shard) as Promise<ShardView>).then(() => heads.get(shard))
      : memo(headReads, shard, async () => {
          // The snapshot's directory of a shard has its counts: no database read.
          let frequencies: ShardFrequencies | undefined = fileView(shard);
          if (frequencies && counts) counts.fromSnapshot++;
          if (!frequencies) {
            fromDatabase.add(shard);
            if (counts) counts.heads++;
            frequencies = headView(await tx.get<ShardHead>(STORES.shards, headKey(shard)));
          }
          heads.set(shard, frequencies);
          return frequencies;
        });
  const readRecord = (docNo: number) =>
    memo(recordReads, docNo, async () => {
      if (counts) counts.articles++;
      const record = await tx.get<StoredArticle>(STORES.articles, docNo);
      if (!record) throw new Error(`index damaged: article ${docNo} is in the index but not in the store`);
      return record;
    });

  /**
   * How many stored articles use a term: for the bundled vocabulary from StoreBase.frequencies and, on a
   * refreshed store, for a common term from the refresh's list (knownStoreDf: no read), for any other
   * term from its shard head, which must be loaded (loadFrequencies).
   */
  let log: Awaited<typeof logged> | undefined;
  /** A term's count in the shards plus the log's change to it (the bundled-vocabulary counts include the log). */
  const shardAndLogDf = (term: string) => {
    const shard = shardOfTerm(term);
    return (heads.get(shard)?.df(term) ?? 0) + ((fromDatabase.has(shard) ? log?.shardDfDelta(term) : log?.dfDelta(term)) ?? 0);
  };
  /** The log's postings of a term that its shard, as read, does not hold. */
  const logPostings = (term: string) => (fromDatabase.has(shardOfTerm(term)) ? (log as IndexLog).shardPostings(term) : (log as IndexLog).postings(term));
  /**
   * A term's count among the stored articles when it is known without a read: the bundled vocabulary's,
   * or a common term's as the refresh listed it, plus the changes since (the log's, with the kept
   * folded changes) on a store changed only through them. Asked once the log is read.
   */
  const knownStoreDf = (term: string): number | undefined => {
    const i = base ? findTerm(base.frequencies.terms, term) : -1;
    if (i >= 0) return base?.frequencies.df[i];
    const then = common && commonFrequency(common, term);
    return then === undefined || refreshed ? then : then + (log as IndexLog).dfDelta(term);
  };
  /** Whether a term's count among the stored articles is known without a read (knownStoreDf). */
  const lookUpCountKnown = (term: string) => (base !== undefined && findTerm(base.frequencies.terms, term) >= 0) || (common !== undefined && commonFrequency(common, term) !== undefined);
  const lookUpDf = (term: string) => (knownStoreDf(term) ?? shardAndLogDf(term)) + (bundled?.df(term) ?? 0);
  // On a store changed since its refresh, each term's count, and whether it is known without a read, are
  // worked out once a query. Scoring a candidate exactly asks both for each of its terms, and with a large
  // log (a fold under way after an import) hundreds of candidates are scored, sharing most of their terms:
  // at 10,000 articles the look-ups were most of such a query's second. A count is asked only once the
  // log is read and the term's frequencies are at hand (loadFrequencies), so the first answer is the count.
  // A refreshed store's search asks far fewer and goes without: there the memos made the popup's query slower.
  const memoized = <V>(lookUp: (term: string) => V) => {
    const memo = new Map<string, V>();
    return (term: string) => {
      if (memo.has(term)) return memo.get(term) as V;
      const value = lookUp(term);
      memo.set(term, value);
      return value;
    };
  };
  const countKnown = refreshed ? lookUpCountKnown : memoized(lookUpCountKnown);
  const df = refreshed ? lookUpDf : memoized(lookUpDf);
  const loadFrequencies = async (terms: Iterable<string>) => {
    const unknown = [...terms].filter((term) => !countKnown(term));
    [log] = await Promise.all([logged, ...[...new Set(unknown.map(shardOfTerm))].map(readHead)]);
  };
  const weightsOf = async (ref: number): Promise<Map<string, number>> => {
    let weights = weightMaps.get(ref);
    if (weights) return weights;
    if (ref < 0) weights = new Map(bundled?.weights[-1 - ref]);
    else {
      const record = await readRecord(ref);
      weights = new Map(recordTerms(record).map((term, i) => [term, (record.weights[i] as number) / 1000]));
    }
    weightMaps.set(ref, weights);
    return weights;
  };
  /**
   * Whether an article's norm may be carried forward: stored, in the shards when the refresh ran, and the
   * log accounting for every change since (the corpus size moved by its adds less its removals). The
   * count is a second guard, for a store an older version has written to: it folds without saying so.
   */
  const carriable = (ref: number, current: IndexLog) => sizeThen !== undefined && ref >= 0 && !current.added.has(ref) && sizeThen + current.added.size - current.removed.size === corpusSize;
  /** The terms whose frequencies an article's norm needs: only the changed ones when it can be carried forward. */
  const termsForNorm = (ref: number, weights: Map<string, number>, current: IndexLog) => (carriable(ref, current) ? [...weights.keys()].filter((term) => current.dfDelta(term) !== 0) : [...weights.keys()]);
  /** The exact norm from the last refresh's moments and the changed terms' frequencies, when they settle it. */
  const carried = async (ref: number, weights: Map<string, number>): Promise<number | undefined> => {
    const current = await logged;
    if (sizeThen === undefined || !carriable(ref, current)) return undefined;
    const { block, slot } = articleSlot(ref);
    const moments = await readSlots<Float64Array>(block, 'moments');
    const squares = moments?.[slot];
    if (!moments || !squares) return undefined;
    await loadFrequencies(termsForNorm(ref, weights, current));
    const norm = carriedNorm({ squares, slope: moments[INDEX_LAYOUT.hintBlock + slot] as number }, { weights, sizeThen, sizeNow: corpusSize, dfChange: (term) => current.dfDelta(term), dfNow: df });
    if (norm !== undefined && counts) counts.carried++;
    return norm;
  };
  const normOf = async (ref: number): Promise<number> => {
    const known = norms.get(ref);
    if (known !== undefined) return known;
    let norm: number;
    if (refreshed && ref >= 0) {
      const { block, slot } = articleSlot(ref);
      norm = fileArticles?.norms[ref] ?? (await readSlots<Float64Array>(block, 'norms'))?.[slot] ?? 0;
    } else {
      const weights = await weightsOf(ref);
      const fromRefresh = await carried(ref, weights);
      if (fromRefresh === undefined) await loadFrequencies(weights.keys());
      norm = fromRefresh ?? articleNorm(weights, df, corpusSize);
    }
    norms.set(ref, norm);
    return norm;
  };
  const dayOf = async (ref: number) => {
    let day = days.get(ref);
    if (day !== undefined) return day;
    if (ref < 0) day = publishedDay(bundled?.corpus.articles[-1 - ref]?.published);
    else if ((await logged).added.has(ref)) day = publishedDay((await logged).added.get(ref)?.published);
    else {
      const { block, slot } = articleSlot(ref);
      day = fileArticles?.days[ref] ?? (await readSlots<Float32Array>(block, 'days'))?.[slot] ?? Number.NaN;
    }
    days.set(ref, day);
    return day;
  };

  /**
   * A logged article has no hint sums yet (the fold sets them), nor a kept norm: its norm bounded with
   * the frequencies the search has at hand, a term whose count is not taken as used by `unknownDf`
   * articles: the whole corpus bounds it from below (the least IDF the term can have), the article alone
   * from above (the most).
   */
  const logNorm = (entry: { terms: string; weights: Uint32Array }, unknownDf: number) => {
    let squares = 0;
    recordTerms(entry).forEach((term, i) => {
      const known = countKnown(term) || heads.has(shardOfTerm(term));
      squares += (((entry.weights[i] as number) / 1000) * inverseDocumentFrequency(known ? df(term) : unknownDf, corpusSize)) ** 2;
    });
    return Math.sqrt(squares);
  };
  /** Never over the exact norm, so the score it gives is never under the exact one. */
  const logNormBound = (entry: { terms: string; weights: Uint32Array }) => logNorm(entry, corpusSize);
  /** Never under the exact norm (a hair over, for rounding). */
  const logNormCeiling = (entry: { terms: string; weights: Uint32Array }) => logNorm(entry, 1) * (1 + 1e-9);

  /**
   * The search of a refreshed store (or one changed since only a little, through the log: then each
   * kept norm is taken as moved as far as the changes allow, normRatioBounds, and the log's articles come
   * on top) without the postings of the query's commonest terms where they cannot
   * matter. Their counts are known without a read (the bundled vocabulary's, and the common terms the
   * refresh listed), so the query's norm is exact once the other terms' shards are in. Left unread is
   * the commonest run of them whose part of the query's norm stays under INDEX_LAYOUT.unreadShare of the
   * least score that still matters (mustFind): an article sharing only those cannot reach it
   * (skippableTerms). Every article that shares a read term is bounded from the sums over the read terms
   * and its kept norm (upperScore), and scored exactly, best bound first, from its own term weights
   * (the same sums in the same order as the full search makes, so the same score to the bit) until the
   * next bound is under what matters. At first only the terms of unknown count are read; when what
   * matters turns out lower than the unread terms' part, more of them are read and the search goes on.
   * Equal scores are ranked in the order the full search first meets the articles.
   */
  async function prunedSearch(terms: Map<string, number>, day: number, limit: number, thresholds: DecisionThresholds): Promise<ScoredCandidate[]> {
    const entries = [...terms];
    const known = entries.map(([term]) => countKnown(term));
    let moved: NormRatioBounds | undefined;
    [log, moved] = await Promise.all([logged, normsMoved, ...[...new Set(entries.filter((_, i) => !known[i]).map(([term]) => shardOfTerm(term)))].map(readShard)]);
    const { removed, added } = log;
    const idfs = entries.map(([term]) => inverseDocumentFrequency(df(term), corpusSize));
    const queryWeights = entries.map(([, weight], i) => weight * (idfs[i] as number));
    let queryNormSquared = 0;
    for (const weight of queryWeights) queryNormSquared += weight * weight;
    const queryNorm = Math.sqrt(queryNormSquared);
    if (queryNorm === 0 || limit <= 0) return [];

    // Bundled articles: every term summed now, in query order, as the full search sums them.
    const baseDot = new Float64Array(baseSize);
    const firstTerm = new Map<number, number>();
    const bundledOrder: number[] = [];
    entries.forEach(([term], i) => {
      const list = bundled && Object.hasOwn(bundled.corpus.postings, term) ? bundled.corpus.postings[term] : undefined;
      for (let k = 0; list && k < list.length; k += 2) {
        const doc = list[k] as number;
        if (baseDot[doc] === 0) {
          bundledOrder.push(-1 - doc);
          firstTerm.set(-1 - doc, i);
        }
        baseDot[doc] = baseDot[doc]! + (queryWeights[i] as number) * (list[k + 1] as number) * (idfs[i] as number);
      }
    });
    const exact = new Map<number, number>();
    await Promise.all(bundledOrder.map(async (ref) => exact.set(ref, candidateScore(baseDot[-1 - ref]!, queryNorm, await normOf(ref), dateFactor(day, await dayOf(ref), thresholds)))));

    // Stored articles: sums over the terms read so far, in any order, for the bounds only, and whether
    // each is scored exactly, by docNo. A query at 100,000 sums about a million postings into about
    // 100,000 articles: the articles touched are found by one pass over the sums, not pushed to a list as
    // the postings come (a branch per posting), and "scored" is a flag, not a map look-up per article.
    const dot = new Float64Array(state.nextDocNo);
    const squares = new Float64Array(state.nextDocNo);
    const scored = new Uint8Array(state.nextDocNo);
    const summed = new Set<number>();
    const sumPostings = (i: number) => {
      const term = (entries[i] as [string, number])[0];
      const idf = idfs[i] as number;
      const queryWeight = queryWeights[i] as number;
      for (const { docs, weights } of (shards.get(shardOfTerm(term)) as ShardView).postings(term)) {
        for (let k = 0; k < docs.length; k++) {
          const doc = docs[k] as number;
          const w = ((weights[k] as number) / 1000) * idf;
          dot[doc] = dot[doc]! + queryWeight * w;
          squares[doc] = squares[doc]! + w * w;
        }
      }
      // A changed store: the log's articles come on top, and the removed ones leave the sums (no branch
      // per posting above: a refreshed store has neither).
      if (added.size) {
        for (const [doc, milli] of logPostings(term)) {
          const w = (milli / 1000) * idf;
          dot[doc] = dot[doc]! + queryWeight * w;
          squares[doc] = squares[doc]! + w * w;
        }
      }
      for (const doc of removed) dot[doc] = squares[doc] = 0;
      summed.add(i);
    };
    const exactDot = (weights: Map<string, number>) => {
      let sum = 0;
      entries.forEach(([term], i) => {
        const w = weights.get(term);
        if (w !== undefined) sum = sum + (queryWeights[i] as number) * w * (idfs[i] as number);
      });
      return sum;
    };
    const commonestFirst = entries
      .map((_, i) => i)
      .filter((i) => known[i])
      .sort((x, y) => (idfs[x] as number) - (idfs[y] as number) || x - y);
    const commonestWeights = commonestFirst.map((i) => queryWeights[i] as number);
    // At first only the terms of unknown count are read (the rare ones, already in): the best bounded
    // candidates' exact scores then say what matters, and the common terms that could reach it are read.
    let unread = commonestFirst.length;
    for (;;) {
      const skipped = new Set(commonestFirst.slice(0, unread));
      const toRead = entries.map((_, i) => i).filter((i) => !skipped.has(i) && !summed.has(i));
      await Promise.all([...new Set(toRead.map((i) => shardOfTerm((entries[i] as [string, number])[0])))].map(readShard));
      toRead.forEach(sumPostings);
      let unreadSquares = 0;
      for (const i of skipped) unreadSquares += (queryWeights[i] as number) ** 2;
      const unreadNorm = Math.sqrt(unreadSquares) * (1 + 1e-9);
      // Whether an article sharing only unread terms could matter: then more must be read first.
      const unreadMatters = () => unread > 0 && unreadNorm >= mustFind([...exact.values()], limit, thresholds) * queryNorm;
      // Every stored article a read term touched (each adds a positive weight) and not scored yet.
      const waiting: number[] = [];
      for (let doc = 0; doc < dot.length; doc++) if (dot[doc] !== 0 && !scored[doc]) waiting.push(doc);
      // (A refreshed store has no log: its hot path here, some 100,000 articles at 100,000, stays as it was.)
      const kept = await keptNormsAndDays(added.size ? waiting.filter((doc) => !added.has(doc)) : waiting);
      const bound = (doc: number) => {
        const norm = kept.norm(doc);
        if (!moved) return upperScore({ dot: dot[doc]!, squares: squares[doc]!, low: norm, high: norm + 0.0005 }, unreadNorm, queryNorm, dateFactor(day, kept.day(doc), thresholds));
        // A changed store: the norms kept then moved within the ratio bounds (each rounded, each way); an
        // article added since has none kept, its norm bounded from its own terms.
        const entry = added.get(doc);
        const [low, high, published] = entry ? [logNormBound(entry) * (1 - 1e-9) - 0.0005, logNormCeiling(entry), publishedDay(entry.published)] : [moved.low * (norm - 0.0005) - 0.0005, moved.high * (norm + 0.0005), kept.day(doc)];
        return low > 0 && (entry || norm > 0) ? upperScore({ dot: dot[doc]!, squares: squares[doc]!, low, high }, unreadNorm, queryNorm, dateFactor(day, published, thresholds)) : Number.POSITIVE_INFINITY;
      };
      // What matters only rises as exact scores come in (mustFind): an article whose bound is under it
      // now is never scored, and a heap of only the others is far smaller (most articles a query
      // touches share only common words with it).
      const floor = mustFind([...exact.values()], limit, thresholds);
      const heap = new MaxHeap(
        waiting.filter((doc) => bound(doc) >= floor),
        bound,
      );
      for (let batch = limit + 4; heap.size && heap.peekKey() >= mustFind([...exact.values()], limit, thresholds); batch *= 2) {
        const next: number[] = [];
        while (next.length < batch && heap.size) next.push(heap.pop() as number);
        await Promise.all(
          next.map(async (doc) => {
            const weights = await weightsOf(doc);
            exact.set(doc, candidateScore(exactDot(weights), queryNorm, await normOf(doc), dateFactor(day, await dayOf(doc), thresholds)));
            scored[doc] = 1;
            firstTerm.set(doc, entries.findIndex(([term]) => weights.has(term)));
          }),
        );
        if (unreadMatters()) break;
      }
      if (!unreadMatters()) break;
      unread = Math.min(unread - 1, skippableTerms(commonestWeights, queryNorm, INDEX_LAYOUT.unreadShare * mustFind([...exact.values()], limit, thresholds)));
    }
    if (counts) {
      counts.skipped += unread;
      counts.pruned++;
    }
    // Bundled first within a term, then stored by docNo: the order the full search touches them in.
    const bundledRank = new Map(bundledOrder.map((ref, k) => [ref, k]));
    const order = (ref: number) => [firstTerm.get(ref) as number, ref < 0 ? 0 : 1, ref < 0 ? (bundledRank.get(ref) as number) : ref] as const;
    const refs = [...exact.keys()].sort((x, y) => {
      const [a, b] = [order(x), order(y)];
      return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
    });
    return bestCandidates(refs, (ref) => exact.get(ref) as number, limit);
  }

  async function search(terms: Map<string, number>, day: number, limit: number, thresholds: DecisionThresholds): Promise<ScoredCandidate[]> {
    const moved = await normsMoved;
    if (limit < corpusSize && (refreshed ? common !== undefined : moved !== undefined && moved.low >= INDEX_LAYOUT.carriedRatio)) return prunedSearch(terms, day, limit, thresholds);
    [log] = await Promise.all([logged, ...[...new Set([...terms.keys()].map(shardOfTerm))].map(readShard)]);
    const { removed, added } = log;
    // Dot products exactly as the in-memory index sums them: query terms in order, bundled articles
    // first within a term (they come first in the batch build), then stored ones by docNo.
    const storeDot = new Float64Array(state.nextDocNo);
    const baseDot = new Float64Array(baseSize);
    const touched: number[] = [];
    let queryNormSquared = 0;
    for (const [term, weight] of terms) {
      const shard = shardOfTerm(term);
      const inStore = shardAndLogDf(term);
      const idf = inverseDocumentFrequency(inStore + (bundled?.df(term) ?? 0), corpusSize);
      const queryWeight = weight * idf;
      queryNormSquared += queryWeight * queryWeight;
      const list = bundled && Object.hasOwn(bundled.corpus.postings, term) ? bundled.corpus.postings[term] : undefined;
      for (let i = 0; list && i < list.length; i += 2) {
        const doc = list[i] as number;
        if (baseDot[doc] === 0) touched.push(-1 - doc);
        baseDot[doc] = baseDot[doc]! + queryWeight * (list[i + 1] as number) * idf;
      }
      if (!inStore) continue;
      for (const { docs, weights } of (shards.get(shard) as ShardView).postings(term)) {
        for (let k = 0; k < docs.length; k++) {
          const doc = docs[k] as number;
          if (removed.size && removed.has(doc)) continue;
          if (storeDot[doc] === 0) touched.push(doc);
          storeDot[doc] = storeDot[doc]! + queryWeight * ((weights[k] as number) / 1000) * idf;
        }
      }
      // The log's articles are newer than every shard's: after them, in docNo order, as a batch build sums.
      for (const [doc, milli] of logPostings(term)) {
        if (storeDot[doc] === 0) touched.push(doc);
        storeDot[doc] = storeDot[doc]! + queryWeight * (milli / 1000) * idf;
      }
    }
    const queryNorm = Math.sqrt(queryNormSquared);
    if (queryNorm === 0 || limit <= 0) return [];
    const dotOf = (ref: number) => (ref < 0 ? baseDot[-1 - ref]! : storeDot[ref]!);
    const exact = new Map<number, number>();
    const scoreExactly = async (ref: number) => exact.set(ref, candidateScore(dotOf(ref), queryNorm, await normOf(ref), dateFactor(day, await dayOf(ref), thresholds)));
    await Promise.all(touched.filter((ref) => ref < 0).map(scoreExactly));
    if (refreshed) {
      // Every norm is exact as kept: score every candidate, as the in-memory index does. Thousands of
      // them, so straight from the blocks, not one promise each.
      const kept = await keptNormsAndDays(touched.filter((ref) => ref >= 0));
      const score = (ref: number) => {
        if (ref < 0) return exact.get(ref) as number;
        return candidateScore(storeDot[ref]!, queryNorm, kept.norm(ref), dateFactor(day, kept.day(ref), thresholds));
      };
      return bestCandidates(touched, score, limit);
    }
    // The other candidates, best hinted score first (no date factor: it only lowers a score).
    const stored = touched.filter((ref) => ref >= 0);
    const blocks = [...new Set(stored.map((docNo) => articleSlot(docNo).block))];
    const hints = new Map(await Promise.all(blocks.map(async (block) => [block, await readSlots<HintBlock>(block, 'hints')] as const)));
    // The hints follow the shards, not the log: the log's changes to document frequencies have moved
    // every norm since by a factor of at least `logMoved` (normRatioBounds), so a hint taken at the
    // shards' corpus size and lowered by it stays under the norm. Without it, a story's earlier report
    // whose rare words the log's new reports share (its norm fell) was ranked under what matters by its
    // hint and never scored exactly: 24 near-copies in the log made a search miss a report at 0.55.
    const sizeInShards = corpusSize - added.size + removed.size;
    const logMoved = added.size || removed.size ? normRatioBounds({ sizeThen: sizeInShards, sizeNow: corpusSize, dfRise: log.dfRange.rise, dfFall: log.dfRange.fall }).low : 1;
    const hinted = (docNo: number) => {
      const entry = added.get(docNo);
      if (entry) return candidateScore(storeDot[docNo]!, queryNorm, logNormBound(entry), 1);
      const { block, slot } = articleSlot(docNo);
      const hint = hints.get(block);
      return candidateScore(storeDot[docNo]!, queryNorm, hint ? hintedNorm(hint, slot, sizeInShards) * logMoved : 0, 1);
    };
    const heap = new MaxHeap(stored, hinted);
    let batch = limit + 4;
    for (;;) {
      const next: number[] = [];
      while (next.length < batch && heap.size) next.push(heap.pop() as number);
      // Read every candidate of the batch not yet known, then the frequencies of all their terms at once.
      const unknown = next.filter((ref) => !norms.has(ref));
      if (counts) counts.rescored += unknown.length;
      await Promise.all(unknown.map(weightsOf));
      await loadFrequencies(unknown.flatMap((ref) => termsForNorm(ref, weightMaps.get(ref) as Map<string, number>, log as IndexLog)));
      await Promise.all(next.map(scoreExactly));
      if (!heap.size || heap.peekKey() < (1 - INDEX_LAYOUT.hintMargin) * mustFind([...exact.values()], limit, thresholds)) break;
      batch *= 2;
    }
    return bestCandidates(
      touched.filter((ref) => exact.has(ref)),
      (ref) => exact.get(ref) as number,
      limit,
    );
  }

  return {
    search,
    articles: (refs) => Promise.all(refs.map(async (ref): Promise<Article> => (ref < 0 ? (bundled?.corpus.articles[-1 - ref] as Article) : toArticle(await readRecord(ref))))),
    async similarity(a, b, aTerms) {
      const [normA, normB, weightsB] = await Promise.all([normOf(a), normOf(b), weightsOf(b)]);
      // Only the terms both use add to the dot product: their frequencies are all it reads.
      await loadFrequencies([...aTerms.keys()].filter((term) => weightsB.has(term)));
      let dot = 0;
      for (const [term, weight] of aTerms) {
        const frequency = df(term);
        if (!frequency) continue;
        const idf = inverseDocumentFrequency(frequency, corpusSize);
        dot += (Math.round(weight * 1000) / 1000) * (weightsB.get(term) ?? 0) * idf * idf;
      }
      const product = normA * normB;
      return product > 0 ? dot / product : 0;
    },
  };
}
