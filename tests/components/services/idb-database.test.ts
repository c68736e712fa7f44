import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { NewerDatabaseError, openIdbDatabase } from '../../../components/services/idb-database';
import { addArticles } from '../../../lib/store/add-articles';
import { ALL_STORES, CORPUS_DATABASE, SCHEMA_STEPS, STORES } from '../../../lib/store/corpus-schema';
import { findStoreCoverage } from '../../../lib/store/find-store-coverage';
import { refreshNorms } from '../../../lib/store/refresh-norms';
import { sketchHash } from '../../../lib/store/sketch-key';
import { META_KEYS } from '../../../lib/store/store-state';
import type { KvDatabase, StoredArticle } from '../../../lib/store/types';
import { upgradeSketches } from '../../../lib/store/upgrade-sketches';
import { verifyIndex } from '../../../lib/store/verify-index';
import { STORIES, memoryStore } from '../../lib/store/helpers';
import { CONTRACT_SCHEMA, kvContract } from '../../lib/store/kv-contract';

let counter = 0;
const fresh = () => `contract-${++counter}`;

kvContract('IndexedDB through idb (fake-indexeddb)', () => openIdbDatabase(fresh(), [{ version: 1, create: CONTRACT_SCHEMA }]));

describe('openIdbDatabase', () => {
  it('creates the corpus schema on first open', async () => {
    const name = fresh();
    (await openIdbDatabase(name)).close();
    const raw = await openDB(name);
    expect(raw.version).toBe(CORPUS_DATABASE.version);
    expect([...raw.objectStoreNames].sort()).toEqual(Object.values(STORES).sort());
    expect([...raw.transaction(STORES.articles).store.indexNames].sort()).toEqual(['canonicalUrl', 'id', 'sketch', 'textKey']);
    raw.close();
  });

  it('refuses a database a newer version wrote, with a clear error, and leaves it as it is', async () => {
    const name = fresh();
    const newer = await openDB(name, CORPUS_DATABASE.version + 1, { upgrade: (db) => void db.createObjectStore('future') });
    newer.close();
    await expect(openIdbDatabase(name)).rejects.toThrow(NewerDatabaseError);
    const again = await openDB(name);
    expect(again.version).toBe(CORPUS_DATABASE.version + 1);
    expect([...again.objectStoreNames]).toEqual(['future']);
    again.close();
  });

  it('upgrades a version-2 store (the whole index in the shards, no log) without loss', async () => {
    // The version-2 layout, written by the same index code (a refresh folds everything into the shards),
    // copied record by record into a database created at version 2.
    const memory = memoryStore();
    await addArticles(memory, STORIES.slice(0, -1).map((article) => ({ article, source: 'saved' as const })), { now: 1 });
    await refreshNorms(memory);
    const name = fresh();
    const old = await openIdbDatabase(name, SCHEMA_STEPS.slice(0, 2));
    const oldStores = SCHEMA_STEPS.slice(0, 2).flatMap((step) => step.create);
    for (const { name: store, keyPath } of oldStores) {
      const [keys, values] = await memory.read(ALL_STORES, async (tx) => [await tx.getKeys(store), await tx.getAll(store)] as const);
      await old.write([store], async (tx) => values.forEach((value, i) => tx.put(store, value, keyPath ? undefined : keys[i])));
    }
    old.close();
    const page = { ...STORIES[1]!, id: 'page', url: undefined };
    const lines = async (db: KvDatabase) => (await findStoreCoverage(db, page)).matches.map((m) => `${m.article.id} ${m.score} ${m.decision}`);

    const upgraded = await openIdbDatabase(name);
    expect(await verifyIndex(upgraded)).toEqual({ articles: STORIES.length - 1, problems: [] });
    expect(await lines(upgraded)).toEqual(await lines(memory));
    await addArticles(upgraded, [{ article: STORIES.at(-1)!, source: 'saved' }], { now: 2 });
    expect(await upgraded.read(ALL_STORES, (tx) => tx.count(STORES.log))).toBe(1);
    expect(await verifyIndex(upgraded)).toEqual({ articles: STORIES.length, problems: [] });
    upgraded.close();
  });

  it('upgrades a version-3 store (bare sketch values): near-identical copies are still found, before and after its records are rewritten', async () => {
    const memory = memoryStore();
    await addArticles(memory, STORIES.map((article) => ({ article, source: 'saved' as const })), { now: 1 });
    const name = fresh();
    const old = await openIdbDatabase(name, SCHEMA_STEPS.slice(0, 3));
    for (const { name: store, keyPath } of SCHEMA_STEPS.slice(0, 3).flatMap((step) => step.create)) {
      const [keys, values] = await memory.read(ALL_STORES, async (tx) => [await tx.getKeys(store), await tx.getAll(store)] as const);
      const asVersionThree = (value: unknown) => (store === STORES.articles ? { ...(value as StoredArticle), sketch: (value as StoredArticle).sketch.map(sketchHash) } : value);
      // Version 3 kept no record of the rewrite.
      const kept = (i: number) => !(store === STORES.meta && keys[i] === META_KEYS.sketchUpgrade);
      await old.write([store], async (tx) => values.forEach((value, i) => kept(i) && tx.put(store, asVersionThree(value), keyPath ? undefined : keys[i])));
    }
    old.close();
    const story = STORIES[0]!;
    const copy = (id: string) => ({ article: { ...story, id, url: `https://mirror.test/${id}`, text: `${story.text} Police are investigating.`, published: '2020-01-01' }, source: 'feed' as const });

    const upgraded = await openIdbDatabase(name);
    expect((await addArticles(upgraded, [copy('before')], { now: 2 })).skipped.map((s) => s.reason)).toEqual(['text']);
    expect(await upgradeSketches(upgraded)).toBe(STORIES.length);
    expect((await addArticles(upgraded, [copy('after')], { now: 3 })).skipped.map((s) => s.reason)).toEqual(['text']);
    expect(await upgraded.read(ALL_STORES, (tx) => tx.getAll<StoredArticle>(STORES.articles))).toEqual(await memory.read(ALL_STORES, (tx) => tx.getAll<StoredArticle>(STORES.articles)));
    expect(await verifyIndex(upgraded)).toEqual({ articles: STORIES.length, problems: [] });
    upgraded.close();
  });
});
