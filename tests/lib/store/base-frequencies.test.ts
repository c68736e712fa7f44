import { describe, expect, it } from 'vitest';
import { adjustBaseFrequencies, countBaseFrequencies, readBaseFrequencies } from '../../../lib/store/base-frequencies';
import { baseIndex } from '../../../lib/store/base-index';
import { ALL_STORES, STORES } from '../../../lib/store/corpus-schema';
import { findTerm } from '../../../lib/store/postings-block';
import { META_KEYS } from '../../../lib/store/store-state';
import { BUNDLE, STORIES, addOneByOne, memoryStore } from './helpers';

const base = baseIndex(BUNDLE.corpus);
const dfOf = (f: { terms: string[]; df: Uint32Array }, term: string) => f.df[findTerm(f.terms, term)];
const putin = { ...STORIES[0]!, id: 'p', title: 'Putin in Pyongyang', text: 'Putin arrived in Pyongyang on Wednesday.' };

describe('base frequencies', () => {
  it('counts, for each bundled term, the stored articles using it; kept current by adds', async () => {
    const db = memoryStore();
    await addOneByOne(db, [putin, STORIES[1]!], 'saved', base);
    const kept = await db.read(ALL_STORES, (tx) => readBaseFrequencies(tx, base));
    expect(dfOf(kept, 'pyongyang')).toBe(1);
    expect(dfOf(kept, 'putin')).toBe(1);
    expect(kept.fingerprint).toBe(base.fingerprint);
  });

  it('recounts from the shards when the store kept counts for another bundle', async () => {
    const db = memoryStore();
    await addOneByOne(db, [putin]);
    await db.write(ALL_STORES, async (tx) => tx.put(STORES.meta, { fingerprint: 'other', terms: ['pyongyang'], df: new Uint32Array([9]) }, META_KEYS.base));
    const recounted = await db.read(ALL_STORES, (tx) => readBaseFrequencies(tx, base));
    expect(dfOf(recounted, 'pyongyang')).toBe(1);
  });

  it.each([
    ['an empty store (no record yet)', 0, 0],
    ['a store with articles, given its size', 1, 1],
    ['a store with articles, no size given', undefined, 1],
  ])('%s: the counts, read only where there are articles to count', async (_name, size, pyongyang) => {
    const db = memoryStore();
    if (size !== 0) await addOneByOne(db, [putin], 'saved', base);
    let reads = 0;
    const counted = await db.read(ALL_STORES, (tx) => readBaseFrequencies({ ...tx, get: (store, key) => (reads++, tx.get(store, key)) }, base, size));
    expect(counted.terms).toEqual(base.vocabulary);
    expect(counted.fingerprint).toBe(base.fingerprint);
    expect(dfOf(counted, 'pyongyang')).toBe(pyongyang);
    expect(reads > 0).toBe(size !== 0);
  });

  it('counts afresh whatever record is kept (a rebuild ends so: a save during it kept a record of the index as it was then)', async () => {
    const db = memoryStore();
    await addOneByOne(db, [putin], 'saved', base);
    const stale = await db.read(ALL_STORES, (tx) => readBaseFrequencies(tx, base));
    await db.write(ALL_STORES, async (tx) => tx.put(STORES.meta, { ...stale, df: new Uint32Array(stale.df.length) }, META_KEYS.base));
    expect(dfOf(await db.read(ALL_STORES, (tx) => readBaseFrequencies(tx, base)), 'pyongyang')).toBe(0);
    expect(dfOf(await db.read(ALL_STORES, (tx) => countBaseFrequencies(tx, base)), 'pyongyang')).toBe(1);
  });

  it.each([
    ['in', 1, 2],
    ['out', -1, 0],
  ] as const)('adjusts for articles counted %s', (_case, sign, expected) => {
    const frequencies = { fingerprint: 'f', terms: ['kim', 'putin'], df: new Uint32Array([1, 1]) };
    adjustBaseFrequencies(frequencies, [{ terms: 'putin\nelsewhere' }], sign);
    expect(Array.from(frequencies.df)).toEqual([1, expected]);
  });
});
