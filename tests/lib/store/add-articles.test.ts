import { describe, expect, it } from 'vitest';
import { addArticles } from '../../../lib/store/add-articles';
import { baseIndex } from '../../../lib/store/base-index';
import { ALL_STORES, STORES } from '../../../lib/store/corpus-schema';
import { readFoldCursor } from '../../../lib/store/fold-cursor';
import { INDEX_LAYOUT } from '../../../lib/store/index-layout';
import { sketchKey } from '../../../lib/store/sketch-key';
import { META_KEYS, readState } from '../../../lib/store/store-state';
import { textSketch } from '../../../lib/store/text-sketch';
import { upgradeSketches } from '../../../lib/store/upgrade-sketches';
import { wordShingles } from '../../../lib/match/word-shingles';
import { countingWrites } from '../../../scripts/bench/counting-writes';
import type { ArticleSource, KvDatabase, ListEntry, StoredArticle } from '../../../lib/store/types';
import { verifyIndex } from '../../../lib/store/verify-index';
import type { Article } from '../../../lib/types';
import { BUNDLE, STORIES, addOneByOne, memoryStore } from './helpers';

const [fireA, fireB] = STORIES as [Article, Article];
const stored = (db: KvDatabase) => db.read(ALL_STORES, (tx) => tx.getAll<StoredArticle>(STORES.articles));

describe('addArticles', () => {
  it('stores the articles, their list entries and an index equal to a rebuild', async () => {
    const db = memoryStore();
    const outcomes = await addOneByOne(db, STORIES);
    expect(outcomes.map((o) => o.added.length)).toEqual(STORIES.map(() => 1));
    const state = await db.read(ALL_STORES, readState);
    expect(state).toEqual({ count: STORIES.length, nextDocNo: STORIES.length, generation: STORIES.length });
    const listed = await db.read(ALL_STORES, (tx) => tx.getAll<ListEntry>(STORES.listing));
    expect(listed.map((e) => e.id)).toEqual(STORIES.map((a) => a.id));
    expect(await verifyIndex(db)).toEqual({ articles: STORIES.length, problems: [] });
  });

  it('records where each article came from and when it was added', async () => {
    const db = memoryStore();
    await addArticles(db, [{ article: fireA, source: 'feed' }], { now: 123 });
    const [record] = await stored(db);
    expect(record).toMatchObject({ id: fireA.id, source: 'feed', added: 123, canonicalUrl: 'https://coast.test/fire', published: '2024-06-02', words: 36 });
  });

  const later = (a: Article, extra: Partial<Article>): Article => ({ ...a, ...extra });
  it.each<[string, string, Article, ArticleSource]>([
    ['the same article again', 'id', fireA, 'saved'],
    ['the same text under another id', 'text', later(fireA, { id: 'copy', url: undefined }), 'saved'],
    ['the same URL, a new text, saved from the web: a newer version', 'replaced', later(fireA, { id: 'v2', text: `${fireA.text}\n\nThe cause is not yet known.`, published: undefined }), 'saved'],
    ['the same URL, a new text, from an imported pack that may be old', 'url', later(fireA, { id: 'v2', text: 'An older draft of the story.', published: undefined }), 'imported'],
    ['near-identical text, published later: a newer version', 'replaced', later(fireA, { id: 'elsewhere', url: 'https://mirror.test/fire', text: `${fireA.text} Police are investigating.`, published: '2024-06-04' }), 'imported'],
    ['near-identical text, published earlier: kept as it was', 'text', later(fireA, { id: 'elsewhere', url: 'https://mirror.test/fire', text: `${fireA.text} Police are investigating.`, published: '2024-06-01' }), 'feed'],
    ["another outlet's write-up of the same event", 'added', fireB, 'saved'],
  ])('%s -> %s', async (_case, expected, incoming, source) => {
    const db = memoryStore();
    await addOneByOne(db, [fireA]);
    const outcome = await addArticles(db, [{ article: incoming, source }], { now: 5 });
    if (expected === 'added') expect(outcome.added).toHaveLength(1);
    else if (expected === 'replaced') {
      expect(outcome.replaced.map((r) => r.id)).toEqual([fireA.id]);
      expect((await stored(db)).map((r) => r.id)).toEqual([incoming.id]);
    } else expect(outcome.skipped).toEqual([{ id: incoming.id, title: incoming.title, reason: expected }]);
    expect((await db.read(ALL_STORES, readState)).count).toBe(expected === 'added' ? 2 : 1);
    expect((await verifyIndex(db)).problems).toEqual([]);
  });

  it.each([
    ['of about its length', 1, 1],
    ['10 % shorter (could still be a near-identical copy)', 0.9, 1],
    ['half as long', 0.5, 0],
    ['twice as long', 2, 0],
  ])('a stored text %s sharing its sketch values is read as a candidate: %i record(s)', async (_case, ratio, reads) => {
    const db = memoryStore();
    await addOneByOne(db, [fireB]);
    await upgradeSketches(db);
    // fireB's record made to share fireA's sketch values, keyed with a text of `ratio` times fireA's 4-grams.
    const shingles = wordShingles(fireA.text).size;
    const [record] = await stored(db);
    await db.write(ALL_STORES, async (tx) => tx.put(STORES.articles, { ...record, sketch: textSketch(wordShingles(fireA.text)).map((h) => sketchKey(h, Math.round(shingles * ratio))) }));
    const counting = countingWrites(db);
    expect((await addArticles(counting.db, [{ article: fireA, source: 'saved' }], { now: 5 })).added).toHaveLength(1);
    expect(counting.counts.articles).toBe(reads);
  });

  it.each([
    ['no stored text shares its sketch values: one round (the first reads and the look-ups together)', false, false, 1],
    ['a stored text of about its length shares them: two (its record read after its key)', true, false, 2],
    ['the store not yet upgraded: the look-ups again with bare values after the first reads', true, true, 3],
  ])('an add waits on the database for as few rounds as it can: %s', async (_case, sharing, bare, rounds) => {
    const db = memoryStore();
    await addOneByOne(db, [fireB]);
    // A first add into an empty store marks it upgraded: a store an older version filled is not.
    if (bare) await db.write(ALL_STORES, async (tx) => tx.delete(STORES.meta, META_KEYS.sketchUpgrade));
    if (sharing) {
      const [record] = await stored(db);
      const shingles = wordShingles(fireA.text);
      await db.write(ALL_STORES, async (tx) => tx.put(STORES.articles, { ...record, sketch: textSketch(shingles).map((h) => sketchKey(h, shingles.size)) }));
    }
    const counting = countingWrites(db);
    expect((await addArticles(counting.db, [{ article: fireA, source: 'saved' }], { now: 5 })).added).toHaveLength(1);
    expect(counting.counts.rounds).toBe(rounds);
  });

  it.each([
    ['32 stored texts share a value (one of about its length): read', 32, 1],
    ['33 share it (boilerplate, whatever their lengths): not read', 33, 0],
  ])('%s', async (_case, sharers, reads) => {
    const db = memoryStore();
    const others = Array.from({ length: sharers }, (_, i): Article => ({ id: `other-${i}`, outlet: 'Elsewhere', title: `Other ${i}`, text: `Report number ${i} on the council budget vote held on day ${i}.` }));
    await addOneByOne(db, others);
    await upgradeSketches(db);
    // Each shares fireA's first sketch value; the first has about fireA's length, the rest are far longer.
    const shingles = wordShingles(fireA.text).size;
    const [value] = textSketch(wordShingles(fireA.text));
    await db.write(ALL_STORES, async (tx) => {
      for (const [i, record] of (await tx.getAll<StoredArticle>(STORES.articles)).entries()) tx.put(STORES.articles, { ...record, sketch: [sketchKey(value!, i === 0 ? shingles : shingles * 4)] });
    });
    const counting = countingWrites(db);
    expect((await addArticles(counting.db, [{ article: fireA, source: 'saved' }], { now: 5 })).added).toHaveLength(1);
    expect(counting.counts.articles).toBe(reads);
  });

  it('reads a sketch value\'s sharers only as far as telling boilerplate needs (no count walking all of them)', async () => {
    const db = memoryStore();
    await addOneByOne(db, [fireB]);
    await upgradeSketches(db);
    const asked: Array<{ kind: string; limit?: number }> = [];
    const watched: KvDatabase = {
      read: (stores, work) => db.read(stores, work),
      write: (stores, work) =>
        db.write(stores, (tx) =>
          work({
            ...tx,
            getKeys: (store, query) => {
              if (query?.index === 'sketch') asked.push({ kind: 'getKeys', limit: query.limit });
              return tx.getKeys(store, query);
            },
            count: (store, query) => {
              if (query?.index === 'sketch') asked.push({ kind: 'count' });
              return tx.count(store, query);
            },
          }),
        ),
      close: () => db.close(),
    };
    await addArticles(watched, [{ article: fireA, source: 'saved' }], { now: 5 });
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((read) => read.kind !== 'getKeys' || read.limit === undefined || read.limit > 33)).toEqual([]);
  });

  it('a newer version of an article the reader saved by hand stays "saved" (never removed by retention)', async () => {
    const db = memoryStore();
    await addOneByOne(db, [fireA], 'saved');
    await addArticles(db, [{ article: { ...fireA, text: `${fireA.text}\n\nUpdated.` }, source: 'feed' }], { now: 9 });
    expect((await stored(db)).map((r) => r.source)).toEqual(['saved']);
  });

  it.each([
    ['the same bundled article', BUNDLE.corpus.articles[0]!, 'id'],
    ['its text under another id', { ...BUNDLE.corpus.articles[0]!, id: 'mine' }, 'text'],
  ])('skips a copy of a bundled article: %s', async (_case, incoming, reason) => {
    const db = memoryStore();
    const outcome = await addArticles(db, [{ article: incoming, source: 'imported' }], { now: 1, base: baseIndex(BUNDLE.corpus) });
    expect(outcome.skipped.map((s) => s.reason)).toEqual([reason]);
    expect((await db.read(ALL_STORES, readState)).count).toBe(0);
  });

  it('dedups within one batch: the later of two versions of one article wins', async () => {
    const db = memoryStore();
    const newer = { ...fireA, id: 'v2', text: `${fireA.text}\n\nThe cause is not yet known.`, published: '2024-06-05' };
    const outcome = await addArticles(db, [{ article: fireA, source: 'imported' }, { article: newer, source: 'imported' }, { article: fireB, source: 'imported' }], { now: 1 });
    expect(outcome.added.map((a) => a.id)).toEqual(['v2', 'fire-b']);
    expect(outcome.replaced).toEqual([]);
    expect((await verifyIndex(db)).problems).toEqual([]);
  });

  it.each([
    ['waits for the fold of the index log its save filled', false, true],
    ['with foldLater, resolves once the article is stored, the fold still to come', true, false],
  ])('%s', async (_case, foldLater, foldedOnReturn) => {
    const db = memoryStore();
    const many = Array.from({ length: INDEX_LAYOUT.logEntries }, (_, i): Article => ({ ...(STORIES[i % STORIES.length] as Article), id: `x${i}`, url: undefined, text: `${(STORIES[i % STORIES.length] as Article).text}\n\nItem ${i} of the series, number ${i * 7}.` }));
    await addOneByOne(db, many.slice(0, -1));
    // Every write after the save's own waits until the gate opens: the fold's slices.
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let writes = 0;
    const gated = Object.assign(Object.create(db) as KvDatabase, { write: (...args: Parameters<KvDatabase['write']>) => (++writes === 1 ? db.write(...args) : gate.then(() => db.write(...args))) });
    const saving = addArticles(gated, [{ article: many.at(-1) as Article, source: 'saved' }], { now: 1, foldLater });
    const first = await Promise.race([saving.then(() => 'saved'), new Promise((resolve) => setTimeout(() => resolve('waiting'), 50))]);
    expect(first).toBe(foldedOnReturn ? 'waiting' : 'saved');
    expect((await stored(db)).length).toBe(INDEX_LAYOUT.logEntries);
    open();
    await saving;
    if (foldLater) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await db.read(ALL_STORES, readFoldCursor)).toBeUndefined();
    expect(await verifyIndex(db)).toEqual({ articles: INDEX_LAYOUT.logEntries, problems: [] });
  });

  it('writes nothing when the transaction fails halfway (a write refused: full storage, say)', async () => {
    const db = memoryStore();
    await addOneByOne(db, STORIES.slice(0, 3));
    const index = () => db.read(ALL_STORES, async (tx) => [await tx.getAll(STORES.shards), await tx.getAll(STORES.log), await tx.getAll(STORES.articles)]);
    const before = await index();
    let writes = 0;
    const failing: KvDatabase = {
      read: db.read.bind(db),
      close: db.close.bind(db),
      write: (stores, work) =>
        db.write(stores, (tx) =>
          work({
            ...tx,
            put: (store, value, key) => {
              // The third write: the article and its list entry are queued, its log entry is refused.
              if (++writes === 3) throw Object.assign(new Error('storage full'), { name: 'QuotaExceededError' });
              tx.put(store, value, key);
            },
          }),
        ),
    };
    await expect(addArticles(failing, [{ article: STORIES[3]!, source: 'saved' }], { now: 2 })).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(await index()).toEqual(before);
    expect(await verifyIndex(db)).toEqual({ articles: 3, problems: [] });
  });
});
