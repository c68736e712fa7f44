import { describe, expect, it } from 'vitest';
import { ALL_STORES, STORES } from '../../../lib/store/corpus-schema';
import { keepFolded, readFolded, sinceRefresh, type FoldedChanges } from '../../../lib/store/folded-changes';
import { INDEX_LAYOUT } from '../../../lib/store/index-layout';
import type { LogEntry } from '../../../lib/store/index-log';
import { refreshNorms } from '../../../lib/store/refresh-norms';
import { shardsChanged } from '../../../lib/store/shards-changed';
import { META_KEYS } from '../../../lib/store/store-state';
import type { NormRefresh } from '../../../lib/store/types';
import { STORIES, addOneByOne, memoryStore } from './helpers';

const add = (docNo: number): LogEntry => ({ docNo, terms: `t${docNo}`, weights: Uint32Array.of(1000) });
const removal = (docNo: number): LogEntry => ({ ...add(docNo), removed: true });
const REFRESH: NormRefresh = { generation: 7, fingerprint: 'f', size: 120 };
const WITHOUT_SIZE: NormRefresh = { generation: 7, fingerprint: 'f' };
const kept = (entries: LogEntry[], of: Partial<FoldedChanges> = {}): FoldedChanges => ({ generation: 7, fingerprint: 'f', size: 120, entries, ...of });

async function afterKeep(refresh: NormRefresh | undefined, before: FoldedChanges | undefined, moved: LogEntry[]) {
  const db = memoryStore();
  if (before) await db.write(ALL_STORES, async (tx) => tx.put(STORES.meta, before, META_KEYS.folded));
  await db.write(ALL_STORES, (tx) => keepFolded(tx, refresh, moved));
  return db.read(ALL_STORES, (tx) => tx.get<FoldedChanges>(STORES.meta, META_KEYS.folded));
}

describe('keepFolded', () => {
  const full = Array.from({ length: INDEX_LAYOUT.foldedEntries }, (_, i) => add(i));
  it.each([
    ['the first write after a refresh (it still has its size) starts them, stamped with it', REFRESH, undefined, [add(5)], kept([add(5)])],
    ['a later write appends, in order', WITHOUT_SIZE, kept([add(5)]), [removal(2), add(6)], kept([add(5), removal(2), add(6)])],
    ['up to exactly foldedEntries', WITHOUT_SIZE, kept(full.slice(1)), [add(999)], kept([...full.slice(1), add(999)])],
    ['one more than fits: dropped (an import batch)', WITHOUT_SIZE, kept(full), [add(999)], undefined],
    ['a batch bigger than fits right after the refresh: none kept', REFRESH, undefined, [...full, add(999)], undefined],
    ["another refresh's (a generation of its own): dropped, nothing to go on from", { generation: 8, fingerprint: 'f' }, kept([add(5)]), [add(6)], undefined],
    ['another bundled corpus: dropped', { generation: 7, fingerprint: 'g' }, kept([add(5)]), [add(6)], undefined],
    ['no refresh at all (a store never refreshed, or a rebuild): nothing kept', undefined, kept([add(5)]), [add(6)], undefined],
    ['the shards changed before without keeping them: still none', WITHOUT_SIZE, undefined, [add(6)], undefined],
  ])('%s', async (_name, refresh, before, moved, after) => {
    expect(await afterKeep(refresh, before, moved)).toEqual(after);
  });

  it('shardsChanged keeps them first, then takes the size off the refresh record', async () => {
    const db = memoryStore();
    await db.write(ALL_STORES, async (tx) => tx.put(STORES.meta, REFRESH, META_KEYS.refresh));
    await db.write(ALL_STORES, (tx) => shardsChanged(tx, [add(5)]));
    await db.write(ALL_STORES, (tx) => shardsChanged(tx, [removal(1)]));
    expect(await db.read(ALL_STORES, (tx) => Promise.all([tx.get(STORES.meta, META_KEYS.refresh), tx.get(STORES.meta, META_KEYS.folded)]))).toEqual([WITHOUT_SIZE, kept([add(5), removal(1)])]);
  });

  it('the next refresh that keeps its norms removes them (its snapshot replaces the last one)', async () => {
    const db = memoryStore();
    await addOneByOne(db, STORIES.slice(0, 3));
    await refreshNorms(db);
    await addOneByOne(db, STORIES.slice(3));
    // A refresh folds the log first: the folded changes are kept while it walks, and gone once it keeps.
    let during: FoldedChanges | undefined;
    const watching = { ...db, read: <T>(stores: readonly string[], work: Parameters<typeof db.read<T>>[1]) => db.read(stores, async (tx) => ((during ??= await tx.get<FoldedChanges>(STORES.meta, META_KEYS.folded)), work(tx))), write: db.write.bind(db), close: db.close.bind(db) };
    expect(await refreshNorms(watching)).toBe(STORIES.length);
    expect(during?.entries.map((e) => e.docNo)).toEqual(STORIES.slice(3).map((_, i) => 3 + i));
    expect(await db.read(ALL_STORES, (tx) => tx.get(STORES.meta, META_KEYS.folded))).toBeUndefined();
  });
});

describe('readFolded', () => {
  it.each([
    ['those of the refresh record, which lost its size to them', WITHOUT_SIZE, kept([add(5)]), true],
    ['a refresh record with its size (the shards are its own): none', REFRESH, kept([add(5)]), false],
    ["another refresh's", { generation: 8, fingerprint: 'f' }, kept([add(5)]), false],
    ['another bundled corpus', { generation: 7, fingerprint: 'g' }, kept([add(5)]), false],
    ['no refresh', undefined, kept([add(5)]), false],
    ['none kept', WITHOUT_SIZE, undefined, false],
  ])('%s', async (_name, refresh: NormRefresh | undefined, folded: FoldedChanges | undefined, found) => {
    const db = memoryStore();
    if (folded) await db.write(ALL_STORES, async (tx) => tx.put(STORES.meta, folded, META_KEYS.folded));
    expect(await db.read(ALL_STORES, (tx) => readFolded(tx, refresh))).toEqual(found ? folded : undefined);
  });
});

describe('sinceRefresh', () => {
  it.each([
    ['nothing folded: the log as it is', [], [add(4), removal(1)], [removal(1), add(4)]],
    ['folded, then logged: both, in docNo order', [add(5), removal(2)], [add(6), removal(0)], [removal(0), removal(2), add(5), add(6)]],
    ['added since, folded, then deleted (a removal in the log): in neither', [add(5)], [removal(5), add(6)], [add(6)]],
    ['added and deleted within the folded changes (two folds): in neither', [add(5), add(6), removal(5)], [], [add(6)]],
    ['a removal of an article the refresh had stays a removal', [removal(3)], [], [removal(3)]],
  ])('%s', (_name, folded, log, expected) => {
    expect(sinceRefresh(folded, log)).toEqual(expected);
  });
});
