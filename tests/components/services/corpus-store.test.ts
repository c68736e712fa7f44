import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CorpusStore, SAVED_KEY, coverageOrBundled, exportNewerDatabase, openCorpusStore, type StoreUnavailable } from '../../../components/services/corpus-store';
import { openIdbDatabase } from '../../../components/services/idb-database';
import { articlesToJsonLines } from '../../../lib/corpus/json-lines';
import { findCoverage } from '../../../lib/match/find-coverage';
import { ALL_STORES, CORPUS_DATABASE, STORES } from '../../../lib/store/corpus-schema';
import { META_KEYS, readState } from '../../../lib/store/store-state';
import { addArticles } from '../../../lib/store/add-articles';
import { readFoldCursor } from '../../../lib/store/fold-cursor';
import { INDEX_LAYOUT } from '../../../lib/store/index-layout';
import { isBareSketchKey, sketchHash } from '../../../lib/store/sketch-key';
import type { KvDatabase, NormRefresh, StoredArticle, UpkeepRecord } from '../../../lib/store/types';
import { sketchesUpgraded } from '../../../lib/store/upgrade-sketches';
import type { SnapshotFiles } from '../../../components/services/shard-snapshot-file';
import type { Exclusive } from '../../../components/services/web-lock';
import type { Sustained } from '../../../components/services/keep-alive';
import type { Coverage } from '../../../lib/match/types';
import { baseIndex } from '../../../lib/store/base-index';
import { findStoreCoverage } from '../../../lib/store/find-store-coverage';
import { openSnapshot, snapshotStamp } from '../../../lib/store/shard-snapshot';
import { searchCounts } from '../../../lib/store/store-coverage-source';
import type { Article } from '../../../lib/types';
import { BUNDLE, FLOODS } from '../fixtures';
import { STORIES } from '../../lib/store/helpers';

let counter = 0;
const fresh = () => `corpus-store-test-${++counter}`;
const pack = (articles: Article[]) => ({ format: 'outlet-diff-corpus', version: 1, articles });
const WORDS = STORIES.flatMap((a) => a.text.split(/\s+/));
/** n distinct articles (never near-identical to one another): sentences of words drawn by a seeded generator. */
const many = (n: number, prefix = 'm'): Article[] =>
  Array.from({ length: n }, (_, i) => {
    let seed = [...`${prefix}${i}`].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261);
    const word = () => WORDS[((seed = Math.imul(seed ^ (seed >>> 13), 1274126177)) >>> 0) % WORDS.length];
    const text = Array.from({ length: 6 }, () => `${Array.from({ length: 12 }, word).join(' ')}.`).join(' ');
    return { id: `${prefix}${i}`, outlet: 'Outlet', title: `Report ${prefix}${i}`, text };
  });

beforeEach(() => {
  fakeBrowser.reset();
});

/** How the last upkeep pass ended (CorpusStore's note). */
const lastNote = (db: KvDatabase) => db.read([STORES.meta], (tx) => tx.get<UpkeepRecord>(STORES.meta, META_KEYS.upkeep));

describe('openCorpusStore', () => {
  it('moves the articles an older version kept in extension storage into the store, then removes that copy', async () => {
    await fakeBrowser.storage.local.set({ [SAVED_KEY]: pack([FLOODS, ...STORIES.slice(0, 3)]) });
    const store = await openCorpusStore(fresh());
    expect((await store.summary()).bySource).toEqual({ saved: 4 });
    expect(await fakeBrowser.storage.local.get(SAVED_KEY)).toEqual({});
    expect((await store.check()).problems).toEqual([]);
  });

  it('keeps an unreadable old copy where it is, says why, and opens the store anyway', async () => {
    const broken = { format: 'something-else', articles: [FLOODS] };
    await fakeBrowser.storage.local.set({ [SAVED_KEY]: broken });
    const store = await openCorpusStore(fresh());
    expect(store.migrationProblem).toMatch(/saved articles unreadable/);
    expect((await fakeBrowser.storage.local.get(SAVED_KEY))[SAVED_KEY]).toEqual(broken);
    expect((await store.summary()).count).toBe(0);
  });

  it('refuses a database a newer version wrote, and exports what it can read of it without changing it', async () => {
    const name = fresh();
    const newer = await openDB(name, CORPUS_DATABASE.version + 1, {
      upgrade(db) {
        const articles = db.createObjectStore('articles', { keyPath: 'docNo' });
        articles.put({ docNo: 0, ...FLOODS, terms: 'x', weights: new Uint32Array(1) });
        articles.put({ docNo: 1, id: 'broken' });
      },
    });
    newer.close();
    await expect(openCorpusStore(name)).rejects.toMatchObject({ kind: 'newer' } satisfies Partial<StoreUnavailable>);
    const { parts, unreadable } = await exportNewerDatabase(name);
    expect(parts.join('').trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([FLOODS.id]);
    expect(unreadable).toBe(1);
  });
});

describe('CorpusStore', () => {
  it('several writers at once (a popup saving, the options page importing, a background collector) lose nothing', async () => {
    const name = fresh();
    // Three pages, three connections to one database.
    const [popup, options, background] = await Promise.all([0, 1, 2].map(async () => new CorpusStore(await openIdbDatabase(name))));
    const saves = many(6, 'saved').map((a) => popup!.save(a));
    const imported = options!.importFile(new File([articlesToJsonLines(many(40, 'imported'))], 'pack.jsonl'), {});
    const collected = (async () => {
      for (const a of many(10, 'feed')) await background!.save(a);
    })();
    await Promise.all([...saves, imported, collected]);
    const summary = await popup!.summary();
    expect(summary.count).toBe(56);
    expect((await options!.check()).problems).toEqual([]);
  });

  it('upkeep rewrites the sketches a version-3 store kept as bare values', async () => {
    const db = await openIdbDatabase(fresh());
    const store = new CorpusStore(db);
    await store.save(FLOODS);
    await db.write(ALL_STORES, async (tx) => {
      const [record] = await tx.getAll<StoredArticle>(STORES.articles);
      tx.put(STORES.articles, { ...record!, sketch: record!.sketch.map(sketchHash) });
      tx.delete(STORES.meta, META_KEYS.sketchUpgrade);
    });
    await store.maintain();
    expect(await db.read(ALL_STORES, sketchesUpgraded)).toBe(true);
    expect((await db.read(ALL_STORES, (tx) => tx.getAll<StoredArticle>(STORES.articles)))[0]!.sketch.some(isBareSketchKey)).toBe(false);
  });

  it('a save landing while the upkeep refreshes the norms gets a refresh of its own after that pass', async () => {
    const name = fresh();
    const db = await openIdbDatabase(name);
    const [first, late] = many(2, 'race');
    let landed = false;
    // The save lands as the refresh reads its first slice of shards (the reads of [shards, meta]).
    const racing: KvDatabase = {
      read: async (stores, work) => {
        if (!landed && stores.length === 2 && stores.includes(STORES.shards)) {
          landed = true;
          await store.save(late!);
        }
        return db.read(stores, work);
      },
      write: (stores, work) => db.write(stores, work),
      close: () => db.close(),
    };
    const store = new CorpusStore(racing);
    await store.save(first!);
    const refreshed = () => db.read(ALL_STORES, async (tx) => (await tx.get<NormRefresh>(STORES.meta, META_KEYS.refresh))?.generation === (await readState(tx)).generation);
    await expect.poll(refreshed, { timeout: 10_000 }).toBe(true);
    expect(landed).toBe(true);
    expect((await store.summary()).count).toBe(2);
  });

  it("a reader's save that fills the index log is done before the log's fold, which the upkeep finishes", async () => {
    const db = await openIdbDatabase(fresh());
    const articles = many(INDEX_LAYOUT.logEntries, 'fill');
    for (const article of articles.slice(0, -1)) await addArticles(db, [{ article, source: 'saved' }], { now: 1 });
    // Every write after the save's own waits for the gate: the fold's slices and the upkeep.
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let writes = 0;
    const gated: KvDatabase = { read: (stores, work) => db.read(stores, work), write: (stores, work) => (++writes === 1 ? db.write(stores, work) : gate.then(() => db.write(stores, work))), close: () => db.close() };
    const store = new CorpusStore(gated);
    const outcome = await store.save(articles.at(-1)!);
    expect(outcome.added).toHaveLength(1);
    expect(await db.read(ALL_STORES, readFoldCursor)).toMatchObject({ next: 0 });
    open();
    await expect.poll(() => db.read(ALL_STORES, readFoldCursor), { timeout: 10_000 }).toBeUndefined();
    await store.maintain();
    expect((await store.check()).problems).toEqual([]);
  });

  it('names a full storage for the pages to say what to delete, and keeps what was stored', async () => {
    const db = await openIdbDatabase(fresh());
    const full: KvDatabase = { ...db, read: db.read.bind(db), close: db.close.bind(db), write: () => Promise.reject(Object.assign(new Error('quota'), { name: 'QuotaExceededError' })) };
    await new CorpusStore(db).save(FLOODS);
    await expect(new CorpusStore(full).save(STORIES[0]!)).rejects.toMatchObject({ name: 'StorageFullError' });
    expect((await new CorpusStore(db).summary()).count).toBe(1);
  });

  it.each([
    ['a few, one transaction each batch', 3, 2],
    ['most of the store: the index rebuilt from the rest', 9, 2],
  ])('deletes %s, leaving a consistent index', async (_case, n, batch) => {
    const store = new CorpusStore(await openIdbDatabase(fresh()), { batch, rebuildShare: 0.5 });
    await store.importFile(new File([articlesToJsonLines(many(12))], 'a.jsonl'));
    const page = await store.list({ sort: 'oldest', offset: 0, limit: n });
    expect(await store.remove(page.entries.map((e) => e.docNo))).toBe(n);
    expect((await store.summary()).count).toBe(12 - n);
    expect((await store.check()).problems).toEqual([]);
    expect((await store.summary()).damaged).toBe(false);
  });

  it.each([
    ['the store when it opens', true, 'fire-b'],
    ['the bundled corpus alone when the store cannot be opened', false, undefined],
  ])('coverageOrBundled answers from %s', async (_case, opens, expected) => {
    const open = async () => {
      if (!opens) throw new Error('no IndexedDB');
      const s = new CorpusStore(await openIdbDatabase(fresh()));
      await s.save(STORIES[1]!);
      return s;
    };
    const find = coverageOrBundled(open());
    const { matches } = await find(STORIES[0]!);
    if (expected) expect(matches.map((m) => m.article.id)).toContain(expected);
    else expect(matches).toEqual((await findCoverage(STORIES[0]!, BUNDLE.corpus)).matches);
  });
});

describe('CorpusStore: articles from the opt-in sources, and where they came from', () => {
  // The upkeep an import starts applies the kept settings too: asked for while the reader saves new ones,
  // it must not remove their victims in between and leave the reader told that none went.
  it('new retention settings report every article they removed, with an upkeep pass asked for at once', async () => {
    const store = await openCorpusStore(fresh());
    await store.add(FLOODS, 'saved');
    await store.importFile(new File([articlesToJsonLines(many(3, 'r'))], 'more.jsonl'));
    const saving = store.setRetention({ maxArticles: 1 });
    const upkeep = store.applyRetention();
    expect([await saving, await upkeep]).toEqual([3, 0]);
    expect((await store.summary()).bySource).toEqual({ saved: 1 });
  });

  it.each(['saved', 'link', 'visited'] as const)('add(article, %j) stores it under that source', async (source) => {
    const store = await openCorpusStore(fresh());
    const outcome = await store.add(FLOODS, source);
    expect(outcome.added.map((r) => r.source)).toEqual([source]);
    expect((await store.summary()).bySource).toEqual({ [source]: 1 });
  });

  it('origins: source, when added and the date for stored ids; nothing for ids the store does not hold', async () => {
    const store = await openCorpusStore(fresh());
    await store.add({ ...FLOODS, published: '2026-12-01' }, 'link');
    await store.add(STORIES[0]!, 'visited');
    const origins = await store.origins([FLOODS.id, STORIES[0]!.id, '000', 'unknown']);
    expect(Object.keys(origins).sort()).toEqual([FLOODS.id, STORIES[0]!.id].sort());
    expect(origins[FLOODS.id]).toMatchObject({ source: 'link', published: '2026-12-01' });
    expect(origins[STORIES[0]!.id]?.source).toBe('visited');
    expect(origins[FLOODS.id]?.added).toBeGreaterThan(0);
  });
});

describe('CorpusStore: the refresh snapshot of the shards', () => {
  /** Snapshot files in memory: the target keeps what a refresh closed with keep; coverage reads it as the worker does. */
  function memorySnapshots(db: KvDatabase, options: { coverage?: 'use' | 'cannot' | 'fail'; room?: () => boolean } = {}) {
    const room = options.room ?? (() => true);
    let kept: Uint8Array | undefined;
    const closed: boolean[] = [];
    const asked: string[] = [];
    const files: SnapshotFiles = {
      async target() {
        // As the extension's: no writer (and no file kept) when the storage has no room for one.
        if (!room()) {
          kept = undefined;
          return undefined;
        }
        let bytes = new Uint8Array(0);
        return {
          write(data, at) {
            if (at + data.length > bytes.length) {
              const grown = new Uint8Array(at + data.length);
              grown.set(bytes);
              bytes = grown;
            }
            bytes.set(data, at);
          },
          close: async (keep) => void (closed.push(keep), keep && (kept = bytes)),
        };
      },
      async coverage(article) {
        asked.push(article.id);
        if (options.coverage === 'fail') throw new Error('worker crashed');
        const snapshot = kept && openSnapshot({ size: () => kept!.length, read: (into, at) => (into.set(kept!.subarray(at, at + into.length)), Math.min(into.length, kept!.length - at)) });
        if (options.coverage === 'cannot' || !snapshot) return undefined;
        const counts = searchCounts();
        const coverage = await findStoreCoverage(db, article, { base: baseIndex(BUNDLE.corpus), snapshot, counts });
        return counts.fromSnapshot ? ({ ...coverage, viaSnapshot: true } as Coverage) : undefined;
      },
      async drop() {
        const had = kept !== undefined;
        kept = undefined;
        return had;
      },
      async stamp() {
        const bytes = kept;
        return bytes && snapshotStamp(bytes.length, async (at, length) => bytes.slice(at, at + length));
      },
      fits: async () => room(),
    };
    return { files, closed, asked, kept: () => kept };
  }

  /**
   * A keep-alive that counts: how many works it wraps, how many run now (`alive`), and how often none did
   * any more (`lapses`: where a background with nothing keeping it alive may be stopped, a pending timer with it).
   */
  function countedKeepAlive() {
    const counts = { wrapped: 0, alive: 0, lapses: 0 };
    const sustained: Sustained = async (work) => {
      counts.wrapped++;
      counts.alive++;
      try {
        return await work();
      } finally {
        if (--counts.alive === 0) counts.lapses++;
      }
    };
    return Object.assign(counts, { sustained });
  }

  /** A lock held in turn, as navigator.locks does across pages (`hold` takes it from outside the stores). */
  function memoryLock() {
    let queue: Promise<unknown> = Promise.resolve();
    const turn: Exclusive = (work) => {
      const mine = queue.then(work, work);
      queue = mine.catch(() => undefined);
      return mine;
    };
    const hold = () => {
      let release = () => {};
      void turn(() => new Promise<void>((resolve) => (release = resolve)));
      return () => release();
    };
    return { turn, hold };
  }

  it.each([
    ['one refresh lock shared by both pages: one pass', true, 1],
    ['no lock (each page on its own): two passes at once', false, 2],
  ] as const)('two pages upkeep after the same change: %s', async (_name, shared, passes) => {
    const db = await openIdbDatabase(fresh());
    const snapshots = memorySnapshots(db);
    let targets = 0;
    const files: SnapshotFiles = { ...snapshots.files, target: () => (targets++, snapshots.files.target()) };
    // The change comes from elsewhere (a third page), so neither store's own save starts its upkeep first.
    await new CorpusStore(db).save(FLOODS);
    const lock = memoryLock();
    const [popup, options] = [0, 1].map(() => new CorpusStore(db, undefined, files, shared ? lock.turn : memoryLock().turn));
    await Promise.all([popup!.maintain(), options!.maintain()]);
    expect(targets).toBe(passes);
    expect(await files.stamp()).toMatchObject({ generation: await db.read(ALL_STORES, async (tx) => (await readState(tx)).generation) });
  });

  it.each([
    ['busy once: the retry writes it', 1, [20, 20], 2, true],
    ['busy every time: tried again once per wait, then left to the next change', 99, [20, 20], 3, false],
    ['no waits given: not tried again', 1, [], 1, false],
  ] as const)('a snapshot file that cannot be written (busy) is tried again after a while: %s', async (_name, busyTimes, delays, targets, current) => {
    const db = await openIdbDatabase(fresh());
    const snapshots = memorySnapshots(db);
    let asked = 0;
    // As the extension's when the file is held elsewhere: no writer, the norms kept without a snapshot.
    const files: SnapshotFiles = { ...snapshots.files, target: () => (++asked <= busyTimes ? Promise.resolve(undefined) : snapshots.files.target()) };
    const store = new CorpusStore(db, undefined, files, memoryLock().turn, delays);
    await store.save(FLOODS);
    // The save's upkeep and its tries again, 20 ms apart; then time for one more, which must not come.
    await vi.waitFor(() => expect(asked).toBe(targets), { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await vi.waitFor(async () => expect(await files.stamp().then((x) => x !== undefined)).toBe(current), { timeout: 10_000 });
    const generation = await db.read(ALL_STORES, async (tx) => (await readState(tx)).generation);
    expect(asked).toBe(targets);
    expect((await files.stamp())?.generation === generation).toBe(current);
  });

  it.each([
    ['a pass that ends: done, with its end', false, { stage: 'done' }],
    ['a pass that fails: the step it stopped in, and the error', true, { stage: 'refresh', failed: true, error: 'Error: the lock could not be had' }],
  ] as const)('records how the last upkeep pass ended: %s', async (_name, fail, expected) => {
    const db = await openIdbDatabase(fresh());
    await addArticles(db, [{ article: FLOODS, source: 'saved' }], { now: 1 });
    const turn: Exclusive = async (work) => {
      if (fail) throw new Error('the lock could not be had');
      return work();
    };
    const store = new CorpusStore(db, undefined, undefined, turn, []);
    const lastUpkeep = () => lastNote(db);
    expect(await lastUpkeep()).toBeUndefined();
    const before = Date.now();
    await store.maintain();
    const record = await lastUpkeep();
    expect(record).toMatchObject(expected);
    if (!fail) expect(record).not.toHaveProperty('failed');
    expect(record!.startedAt).toBeGreaterThanOrEqual(before);
    expect(record!.endedAt).toBeGreaterThanOrEqual(record!.startedAt);
  });

  it('a change made while an upkeep pass runs is refreshed even when that pass fails', async () => {
    const db = await openIdbDatabase(fresh());
    // A change from elsewhere, with no upkeep of its own.
    await addArticles(db, [{ article: FLOODS, source: 'saved' }], { now: 1 });
    let turns = 0;
    const failingFirst: Exclusive = async (work) => {
      if (++turns > 1) return work();
      // The reader saves while the first pass waits for its turn, and then the pass fails (the lock request, say).
      await store.save(STORIES[0]!);
      throw new Error('the lock could not be had');
    };
    const store = new CorpusStore(db, undefined, undefined, failingFirst);
    await store.maintain();
    const [state, refresh] = await db.read(ALL_STORES, (tx) => Promise.all([readState(tx), tx.get<NormRefresh>(STORES.meta, META_KEYS.refresh)]));
    expect(turns).toBe(2);
    expect(refresh?.generation).toBe(state.generation);
  });

  it('a page whose refresh waits for another page\'s turn checks after the wait: a change the other did not see is refreshed', async () => {
    const db = await openIdbDatabase(fresh());
    const snapshots = memorySnapshots(db);
    let targets = 0;
    const files: SnapshotFiles = { ...snapshots.files, target: () => (targets++, snapshots.files.target()) };
    const lock = memoryLock();
    const store = new CorpusStore(db, undefined, files, lock.turn);
    const release = lock.hold();
    const saved = store.save(FLOODS);
    await saved;
    const upkeep = store.maintain();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(targets).toBe(0);
    release();
    await upkeep;
    expect(targets).toBe(1);
    expect(await files.stamp()).toMatchObject({ generation: await db.read(ALL_STORES, async (tx) => (await readState(tx)).generation) });
    // Its turn again, nothing changed since: no pass.
    await store.maintain();
    expect(targets).toBe(1);
  });

  it('each upkeep pass runs inside the keep-alive it is given (the background is not stopped halfway), and ends it', async () => {
    const db = await openIdbDatabase(fresh());
    const snapshots = memorySnapshots(db);
    const keepAlive = countedKeepAlive();
    const inside: number[] = [];
    const files: SnapshotFiles = { ...snapshots.files, target: () => (inside.push(keepAlive.alive), snapshots.files.target()) };
    const store = new CorpusStore(db, undefined, files, memoryLock().turn, [], keepAlive.sustained);
    await store.save(FLOODS);
    await vi.waitFor(async () => expect(await lastNote(db)).toMatchObject({ stage: 'done' }));
    expect(inside).toEqual([1]);
    expect(keepAlive.wrapped).toBe(1);
    expect(keepAlive.alive).toBe(0);
  });

  it('the wait before a pass is tried again is kept alive too, with no moment between the pass and its retry without a keep-alive', async () => {
    const db = await openIdbDatabase(fresh());
    const snapshots = memorySnapshots(db);
    const keepAlive = countedKeepAlive();
    const atTarget: Array<[number, number]> = [];
    let asked = 0;
    // Busy once (the file held elsewhere): the first pass leaves the store not up to date, the retry writes it.
    const files: SnapshotFiles = { ...snapshots.files, target: () => (atTarget.push([keepAlive.alive, keepAlive.lapses]), ++asked === 1 ? Promise.resolve(undefined) : snapshots.files.target()) };
    const store = new CorpusStore(db, undefined, files, memoryLock().turn, [30], keepAlive.sustained);
    await store.save(FLOODS);
    await vi.waitFor(() => expect(keepAlive.alive).toBe(0), { timeout: 10_000 });
    // The retry's pass runs inside the wait's keep-alive (two deep), and nothing lapsed before it.
    expect(atTarget).toEqual([
      [1, 0],
      [2, 0],
    ]);
    expect(keepAlive.lapses).toBe(1);
    expect(await files.stamp()).toMatchObject({ generation: await db.read(ALL_STORES, async (tx) => (await readState(tx)).generation) });
  });

  it.each([
    ['a change whose page closed before its pass ended: one pass, the snapshot current', 'cut', 1],
    ['a store up to date: no pass, and no note of one', 'current', 0],
    ["another page's pass under way: waited for, found done, no second pass", 'elsewhere', 0],
    ['a store never changed (a new install): no pass, and no note of one', 'new', 0],
  ] as const)('a page opening asks to finish the upkeep a closed page left undone: %s', async (_name, before, passes) => {
    const db = await openIdbDatabase(fresh());
    const snapshots = memorySnapshots(db);
    let targets = 0;
    const files: SnapshotFiles = { ...snapshots.files, target: () => (targets++, snapshots.files.target()) };
    const lock = memoryLock();
    const lastUpkeep = () => lastNote(db);
    // The change as a popup closed right after its save leaves it: stored, with no pass after it.
    if (before !== 'new') await addArticles(db, [{ article: FLOODS, source: 'saved' }], { now: 1 });
    if (before === 'current') await new CorpusStore(db, undefined, snapshots.files, lock.turn).maintain();
    const noteBefore = await lastUpkeep();
    let other: Promise<void> | undefined;
    if (before === 'elsewhere') {
      // The other page holds the refresh turn: this page's pass must wait for it, then find the store done.
      const release = lock.hold();
      const otherPage = new CorpusStore(db, undefined, snapshots.files, lock.turn);
      other = otherPage.maintain();
      setTimeout(release, 50);
    }
    await new CorpusStore(db, undefined, files, lock.turn).resumeUpkeep();
    await other;
    expect(targets).toBe(passes);
    if (before === 'new') {
      expect(await files.stamp()).toBeUndefined();
      expect(await lastUpkeep()).toBeUndefined();
      return;
    }
    expect(await files.stamp()).toMatchObject({ generation: await db.read(ALL_STORES, async (tx) => (await readState(tx)).generation) });
    if (before === 'current') expect(await lastUpkeep()).toEqual(noteBefore);
  });

  it.each([
    ['nothing changed since: no second pass', 'none', 1],
    ['an article saved since: a pass', 'save', 2],
    ['the snapshot file gone since (dropped for room): a pass that writes it again', 'drop', 2],
    ['no room for a snapshot (the last pass wrote none): no second pass', 'full', 1],
    ['no room any more after a save, the older refresh\'s file still there: one pass (it removes the file), then none', 'full-stale', 2],
  ] as const)('upkeep when the last refresh and its snapshot are current: %s', async (_name, between, passes) => {
    const db = await openIdbDatabase(fresh());
    let roomy = between !== 'full';
    const snapshots = memorySnapshots(db, { room: () => roomy });
    let targets = 0;
    const files: SnapshotFiles = { ...snapshots.files, target: () => (targets++, snapshots.files.target()) };
    const store = new CorpusStore(db, undefined, files);
    await store.save(FLOODS);
    await store.maintain();
    if (between === 'save') await store.save(STORIES[0]!);
    if (between === 'drop') await files.drop();
    if (between === 'full-stale') {
      await store.save(STORIES[0]!);
      roomy = false;
    }
    await store.maintain();
    expect(targets).toBe(passes);
    if (between.startsWith('full')) {
      expect(snapshots.kept()).toBeUndefined();
      return;
    }
    expect(snapshots.kept()).toBeDefined();
    expect(await files.stamp()).toMatchObject({ generation: await db.read(ALL_STORES, async (tx) => (await readState(tx)).generation) });
  });

  /** The database, its writes failing with a full storage while `full()` says so. */
  const fillable = (db: KvDatabase, full: () => boolean): KvDatabase => ({
    read: db.read.bind(db),
    close: db.close.bind(db),
    write: (stores, work) => (full() ? Promise.reject(Object.assign(new Error('quota'), { name: 'QuotaExceededError' })) : db.write(stores, work)),
  });

  it('a save that finds the storage full removes the snapshot (a cache) and is made once more: stored', async () => {
    const db = await openIdbDatabase(fresh());
    const snapshots = memorySnapshots(db);
    await new CorpusStore(db, undefined, snapshots.files).save(FLOODS);
    await new CorpusStore(db, undefined, snapshots.files).maintain();
    expect(snapshots.kept()).toBeDefined();
    // Full until the snapshot's room is given back.
    const store = new CorpusStore(fillable(db, () => snapshots.kept() !== undefined), undefined, snapshots.files);
    const outcome = await store.save(STORIES[0]!);
    expect(outcome.added.map((r) => r.id)).toEqual([STORIES[0]!.id]);
    expect(snapshots.kept()).toBeUndefined();
    expect((await new CorpusStore(db).summary()).count).toBe(2);
  });

  it.each([
    ['no snapshot to remove', false],
    ['still full once the snapshot is removed', true],
  ])('a save on a full storage with %s: StorageFullError, nothing stored, nothing lost', async (_name, withSnapshot) => {
    const db = await openIdbDatabase(fresh());
    const snapshots = memorySnapshots(db);
    await new CorpusStore(db, undefined, snapshots.files).save(FLOODS);
    if (withSnapshot) await new CorpusStore(db, undefined, snapshots.files).maintain();
    let attempts = 0;
    const store = new CorpusStore(fillable(db, () => (attempts++, true)), undefined, snapshots.files);
    await expect(store.save(STORIES[0]!)).rejects.toMatchObject({ name: 'StorageFullError' });
    expect(attempts).toBe(withSnapshot ? 2 : 1);
    expect(snapshots.kept()).toBeUndefined();
    expect((await new CorpusStore(db).summary()).count).toBe(1);
  });

  it('an import that finds the storage full keeps its whole batches and gives the snapshot\'s room back', async () => {
    const db = await openIdbDatabase(fresh());
    const snapshots = memorySnapshots(db);
    await new CorpusStore(db, undefined, snapshots.files).save(FLOODS);
    await new CorpusStore(db, undefined, snapshots.files).maintain();
    const store = new CorpusStore(fillable(db, () => true), undefined, snapshots.files);
    const file = new File([JSON.stringify(pack(STORIES.slice(0, 2)))], 'pack.json');
    await expect(store.importFile(file)).rejects.toMatchObject({ name: 'StorageFullError' });
    expect(snapshots.kept()).toBeUndefined();
    expect((await new CorpusStore(db).summary()).count).toBe(1);
  });

  it('upkeep writes the snapshot with the norms; the next coverage comes from it, the same as from the database', async () => {
    const db = await openIdbDatabase(fresh());
    const snapshots = memorySnapshots(db);
    const store = new CorpusStore(db, undefined, snapshots.files);
    for (const story of STORIES) await store.save(story);
    await store.maintain();
    expect(snapshots.closed.at(-1)).toBe(true);
    const page = { ...STORIES[1]!, id: 'page', url: undefined };
    const fromSnapshot = await store.findCoverage(page);
    expect(fromSnapshot).toHaveProperty('viaSnapshot', true);
    const direct = await new CorpusStore(db).findCoverage(page);
    expect(fromSnapshot.matches.map((m) => [m.article.id, m.score, m.decision])).toEqual(direct.matches.map((m) => [m.article.id, m.score, m.decision]));
  });

  it.each([
    ['gives nothing (no worker here)', 'cannot'],
    ['fails (the worker crashed)', 'fail'],
  ] as const)('when the worker %s, the page searches the database: the same answer', async (_name, coverage) => {
    const db = await openIdbDatabase(fresh());
    const snapshots = memorySnapshots(db, { coverage });
    const store = new CorpusStore(db, undefined, snapshots.files);
    for (const story of STORIES) await store.save(story);
    await store.maintain();
    const page = { ...STORIES[2]!, id: 'page', url: undefined };
    const found = await store.findCoverage(page);
    expect(snapshots.asked).toEqual(['page']);
    expect(found).not.toHaveProperty('viaSnapshot');
    expect(found.matches.map((m) => m.article.id)).toEqual((await new CorpusStore(db).findCoverage(page)).matches.map((m) => m.article.id));
  });
});
