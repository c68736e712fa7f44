import { describe, expect, it } from 'vitest';
import { addArticles } from '../../../lib/store/add-articles';
import { ALL_STORES, STORES } from '../../../lib/store/corpus-schema';
import { isBareSketchKey, sketchHash } from '../../../lib/store/sketch-key';
import { META_KEYS, readState } from '../../../lib/store/store-state';
import type { KvDatabase, StoredArticle } from '../../../lib/store/types';
import { sketchesUpgraded, upgradeSketches } from '../../../lib/store/upgrade-sketches';
import { verifyIndex } from '../../../lib/store/verify-index';
import type { Article } from '../../../lib/types';
import { countingWrites } from '../../../scripts/bench/counting-writes';
import { STORIES, addOneByOne, memoryStore } from './helpers';

const stored = (db: KvDatabase) => db.read(ALL_STORES, (tx) => tx.getAll<StoredArticle>(STORES.articles));

/** A store as schema version 3 left it: the same records with bare sketch values, no upgrade record. */
async function versionThreeStore(articles: readonly Article[] = STORIES) {
  const db = memoryStore();
  await addOneByOne(db, articles);
  const sized = await stored(db);
  await db.write(ALL_STORES, async (tx) => {
    for (const record of sized) tx.put(STORES.articles, { ...record, sketch: record.sketch.map(sketchHash) });
    tx.delete(STORES.meta, META_KEYS.sketchUpgrade);
  });
  return { db, sized };
}

/** `db` with its write transactions counted; the `failAt`th fails (a page closed, the browser killed mid-upgrade). */
function watched(db: KvDatabase, failAt = 0) {
  const counts = { writes: 0 };
  const watching: KvDatabase = { read: db.read.bind(db), close: db.close.bind(db), write: (stores, work) => (++counts.writes === failAt ? Promise.reject(new Error('killed')) : db.write(stores, work)) };
  return { db: watching, counts };
}

describe('upgradeSketches', () => {
  it.each([1, 2, 3, STORIES.length, 500])('rewrites every bare sketch with sized keys, slices of %i, and changes nothing else', async (slice) => {
    const { db, sized } = await versionThreeStore();
    const state = await db.read(ALL_STORES, readState);
    expect(await db.read(ALL_STORES, sketchesUpgraded)).toBe(false);
    expect(await upgradeSketches(db, slice)).toBe(STORIES.length);
    expect(await stored(db)).toEqual(sized);
    expect(await db.read(ALL_STORES, sketchesUpgraded)).toBe(true);
    // The index, the norms and the snapshot stay valid: the generation does not move.
    expect(await db.read(ALL_STORES, readState)).toEqual(state);
    expect((await verifyIndex(db)).problems).toEqual([]);
  });

  it('once done, a later upkeep rewrites nothing and opens no write transaction', async () => {
    const { db } = await versionThreeStore();
    await upgradeSketches(db, 2);
    const later = watched(db);
    expect(await upgradeSketches(later.db, 2)).toBe(0);
    expect(later.counts.writes).toBe(0);
  });

  it.each([
    ['an empty store', [] as Article[]],
    ['a store of this version (sized keys already), its rewrite not marked done', STORIES],
  ])('%s: nothing to rewrite, and done', async (_case, articles) => {
    const db = memoryStore();
    await addOneByOne(db, articles);
    // The scan then reads every record (the first add to an empty store would have marked it done).
    await db.write(ALL_STORES, async (tx) => tx.delete(STORES.meta, META_KEYS.sketchUpgrade));
    const before = await stored(db);
    expect(await upgradeSketches(db, 2)).toBe(0);
    expect(await stored(db)).toEqual(before);
    expect(await db.read(ALL_STORES, sketchesUpgraded)).toBe(true);
  });

  it('a store this version filled from empty is marked done by its first add: the upkeep after reads no record', async () => {
    const db = memoryStore();
    expect(await db.read(ALL_STORES, sketchesUpgraded)).toBe(false);
    await addArticles(db, STORIES.map((article) => ({ article, source: 'imported' as const })), { now: 1 });
    expect(await db.read(ALL_STORES, sketchesUpgraded)).toBe(true);
    const upkeep = watched(db);
    expect(await upgradeSketches(upkeep.db)).toBe(0);
    expect(upkeep.counts.writes).toBe(0);
  });

  it('an add to a version-3 store that still has articles leaves the rewrite to the upkeep', async () => {
    const { db } = await versionThreeStore();
    await addArticles(db, [{ article: { id: 'new', outlet: 'Elsewhere', title: 'Choir wins', text: 'The town choir won the regional contest on Sunday.' }, source: 'saved' }], { now: 2 });
    expect(await db.read(ALL_STORES, sketchesUpgraded)).toBe(false);
  });

  it('an interrupted upgrade keeps its whole slices, leaves the rest as they were, and resumes where it stopped', async () => {
    const { db, sized } = await versionThreeStore();
    await expect(upgradeSketches(watched(db, 3).db, 2)).rejects.toThrow('killed');
    const halfway = await stored(db);
    expect(halfway.map((r) => r.sketch.every((key) => !isBareSketchKey(key)))).toEqual(sized.map((_, i) => i < 4));
    expect(halfway.map((r) => r.sketch.map(sketchHash))).toEqual(sized.map((r) => r.sketch.map(sketchHash)));
    expect(await upgradeSketches(db, 2)).toBe(STORIES.length - 4);
    expect(await stored(db)).toEqual(sized);
  });

  it('before the upgrade, an add still finds a near-identical copy stored with bare values; after it, through sized keys', async () => {
    const story = STORIES[0]!;
    const copy = { ...story, id: 'mirror', url: 'https://mirror.test/fire', text: `${story.text} Police are investigating.`, published: '2020-01-01' };
    for (const upgraded of [false, true]) {
      const { db } = await versionThreeStore();
      if (upgraded) await upgradeSketches(db);
      const outcome = await addArticles(db, [{ article: copy, source: 'feed' }], { now: 1 });
      expect(outcome.skipped).toEqual([{ id: 'mirror', title: story.title, reason: 'text' }]);
    }
  });

  it('after the upgrade, an add asks for sized keys only (4 look-ups fewer than before it)', async () => {
    const unrelated: Article = { id: 'new', outlet: 'Elsewhere', title: 'Choir wins', text: 'The town choir won the regional contest on Sunday with a programme of folk songs from the valley.' };
    const requests = async (upgraded: boolean) => {
      const { db } = await versionThreeStore();
      if (upgraded) await upgradeSketches(db);
      const counting = countingWrites(db);
      expect((await addArticles(counting.db, [{ article: unrelated, source: 'saved' }], { now: 1 })).added).toHaveLength(1);
      return counting.counts.requests;
    };
    expect(await requests(true)).toBe((await requests(false)) - 4);
  });
});
