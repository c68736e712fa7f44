import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { NewerDatabaseError, openIdbDatabase } from '../../../components/services/idb-database';
import { CORPUS_DATABASE, STORES } from '../../../lib/store/corpus-schema';
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
});
