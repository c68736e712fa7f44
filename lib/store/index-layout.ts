/**
 * How the store lays out its index. The numbers trade the cost of a query (how many records it reads,
 * and how much of each it does not need) against the cost of adding one article (how many records it
 * rewrites); tests/lib/store/index-layout.test.ts checks each is in a workable range.
 */
export const INDEX_LAYOUT = {
  /**
   * Terms are spread over this many shards by hash. An article has about 220 index terms, so indexing one
   * into the shards rewrites about 215 shard heads (a single save goes to the index log instead, and a
   * fold or an import batch rewrites each shard once for all its articles), and a query reads about as
   * many shards; at 100,000 articles a shard
   * holds about 1/16,384 of the index (some 1,400 postings), so a query reads little it does not use.
   */
  shards: 16_384,
  /**
   * Postings of a shard's newest articles stay in its head record (with the shard's terms and their
   * document frequencies); past this many the head's postings are sealed into a block of their own, so
   * heads stay small to rewrite and to read for a document frequency.
   */
  openPostings: 256,
  /** Articles per record of norm hints (three Float32Arrays of this length). */
  hintBlock: 8_192,
  /**
   * When a term's document frequency changes and it is at most this, the hints of the recent articles
   * that use it are updated too: a rare term gaining a document (another outlet's report of the same
   * event) is what moves a norm most.
   */
  hintFanOut: 64,
  /**
   * How far under the exact score a hinted score may be: a search stops scoring candidates exactly
   * when the next one's hinted score is below (1 - hintMargin) times the limit-th exact score. A hint is
   * under the exact norm by construction, so a hinted score is over the exact one, except where document
   * frequencies grew since the hint was taken and the fan-out did not reach (older articles, common
   * terms); the bench prints the worst case seen (hint / exact norm).
   */
  hintMargin: 0.1,
  /**
   * Changes the index log holds before a fold into the shards begins (index-log.ts). An add or a delete
   * within it writes one log record instead of some 215 shard heads; every query reads the whole log
   * (about 3 KB an entry). The writer that fills it begins a fold, made in slices after its own
   * transaction (continueFold).
   */
  logEntries: 32,
  /**
   * Changes the log may hold. A writer whose changes fit logs them, even a whole import batch, and the
   * fold that follows is made in slices (continueFold): a query waits for one slice, where an import
   * batch of 1,000 indexed in its own transaction held the database for about 20 s at 100,000 articles.
   * A writer that would take the log further (a batch of thousands) folds the whole log and indexes its
   * own articles in its own transaction. A big log costs every query made meanwhile its reading (about
   * 3 KB an entry) and looser bounds on the norms (normRatioBounds), so it lasts only while its fold runs.
   */
  logCeiling: 2_048,
  /**
   * Shards one slice of a fold rewrites, in its own write transaction. A query waits for the slice under
   * way, never for the whole fold: at 100,000 articles in Chromium a whole fold of 64 changes took about
   * 4 s, and the popup's query asked meanwhile waited 5 s.
   */
  foldShards: 1_024,
  /**
   * Changes folded into the shards since the last norm refresh that are kept beside them (folded-changes.ts),
   * so that queries can still read that refresh's snapshot file until the next refresh replaces it (a
   * refresh takes 60-100 s at 100,000 articles, and folds the log first). Four logs' worth (about 3 KB an
   * entry, read by a query while the snapshot is older than the shards); a bigger change (an import
   * batch) drops them, and queries read the shards from the database until the next refresh, as before.
   */
  foldedEntries: 256,
  /**
   * On a store changed since the last refresh only through the index log (and the kept folded changes),
   * the pruned search bounds each article with its kept norm times the least factor any norm can have
   * moved by (normRatioBounds): used while that factor is at least this. One save at 100,000 articles
   * gives 0.95, three changes to one term 0.90 (0.94 / 0.86 at 10,000); looser, most articles a query
   * touches would be scored exactly, and the unpruned search is faster.
   */
  carriedRatio: 0.9,
  /**
   * Shards the norm refresh reads per read transaction. The refresh walks the whole index (tens of seconds
   * at 100,000 articles); in slices, a save waits for one slice at most, never for the whole pass.
   */
  refreshShards: 512,
  /**
   * Records per request when a pass walks a whole store (walkStore: the norm refresh, the index check, an
   * export). The database serves one origin's requests in turn, so a popup's query made during a pass
   * waits behind the request being served: at 2,000 shard records (megabytes) the popup's worker took
   * p50 628-782 / p95 963-1,168 ms during the refresh at 100,000 articles in Chromium, at 64 records
   * 363-373 / 537-552 ms (250: 421 / 617), the refresh itself as long (46-59 s).
   */
  walkPage: 64,
  /**
   * A term used by at least this share of the stored articles (and by two at least) is listed with its
   * document frequency at each norm refresh (common-terms.ts). A query then knows the weight of its
   * commonest terms without reading their shards, the biggest it would read (a word in every tenth
   * article has 10,000 postings at 100,000), and leaves them unread when they cannot lift any article
   * into the places that matter (skippable-terms.ts). Lower lists more terms for every query to read.
   */
  commonShare: 1 / 256,
  /**
   * The common terms a query leaves unread may weigh at most this part of the least score that matters.
   * Right at it (1) every candidate's bound would reach that score and all would be read and scored
   * exactly (110 articles per query at 10,000); at 0.8, 31, for 12 % more postings read.
   */
  unreadShare: 0.8,
} as const;
