import { describe, expect, it } from 'vitest';
import { ALL_STORES, STORES } from '../../../lib/store/corpus-schema';
import { INDEX_LAYOUT } from '../../../lib/store/index-layout';
import { indexLog, logAdditions, logHasRoom, logIsFull, logKeys, logRemovals, type LogEntry } from '../../../lib/store/index-log';
import type { StoredArticle } from '../../../lib/store/types';
import { memoryStore } from './helpers';

const entry = (docNo: number, terms: string[], removed = false): LogEntry => ({ docNo, terms: terms.join('\n'), weights: Uint32Array.from(terms, (_, i) => 1000 + i), ...(removed ? { removed: true as const } : {}) });
const record = (docNo: number, terms: string[]) => ({ ...entry(docNo, terms), id: `a${docNo}`, published: '2024-06-02' }) as unknown as StoredArticle;

describe('indexLog', () => {
  const log = indexLog([entry(3, ['kim', 'seoul'], true), entry(7, ['kim', 'putin']), entry(9, ['kim'])]);

  it.each([
    ['kim', 1, [[7, 1000], [9, 1000]]],
    ['seoul', -1, []],
    ['putin', 1, [[7, 1001]]],
    ['absent', 0, []],
  ])('%s: document frequency moves by %i, postings of the added articles %j', (term, delta, postings) => {
    expect(log.dfDelta(term)).toBe(delta);
    expect(log.postings(term)).toEqual(postings);
  });

  it('tells added from removed articles', () => {
    expect([...log.added.keys()]).toEqual([7, 9]);
    expect([...log.removed]).toEqual([3]);
  });
});

describe('logHasRoom', () => {
  it.each([
    [0, 1, true],
    // A full log still takes saves while its fold is made in slices.
    [INDEX_LAYOUT.logEntries, 1, true],
    [INDEX_LAYOUT.logCeiling - 1, 1, true],
    [INDEX_LAYOUT.logCeiling, 1, false],
    [0, INDEX_LAYOUT.logCeiling + 1, false],
  ])('a log of %i entries, %i more: %s', (size, more, room) => {
    expect(logHasRoom(size, more)).toBe(room);
  });
});

describe('logIsFull', () => {
  it.each([
    [0, false],
    [INDEX_LAYOUT.logEntries - 1, false],
    [INDEX_LAYOUT.logEntries, true],
    [INDEX_LAYOUT.logCeiling, true],
  ])('a log of %i entries: %s', (size, full) => {
    expect(logIsFull(size)).toBe(full);
  });
});

describe('logAdditions and logRemovals', () => {
  it.each([
    ['an article still in the log is taken out of it', 7, []],
    ['an article in the shards gets a removal entry', 2, [2, 7]],
  ])('%s', async (_case, deleted, keys) => {
    const db = memoryStore();
    await db.write(ALL_STORES, async (tx) => logAdditions(tx, [record(7, ['kim'])]));
    await db.write(ALL_STORES, async (tx) => logRemovals(tx, await logKeys(tx), [record(deleted, ['kim'])]));
    const stored = await db.read(ALL_STORES, (tx) => tx.getAll<LogEntry>(STORES.log));
    expect(stored.map((e) => e.docNo)).toEqual(keys);
    expect(stored.filter((e) => e.removed).map((e) => e.docNo)).toEqual(keys.filter((k) => k === deleted));
  });
});
