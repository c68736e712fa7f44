import { describe, expect, it } from 'vitest';
import { ALL_STORES, STORES } from '../../../lib/store/corpus-schema';
import { readFoldCursor, type FoldCursor } from '../../../lib/store/fold-cursor';
import { indexLog, readLog, type LogEntry } from '../../../lib/store/index-log';
import { shardOfTerm } from '../../../lib/store/shard-of-term';
import { META_KEYS } from '../../../lib/store/store-state';
import { memoryStore } from './helpers';

const entry = (docNo: number, terms: string[], removed = false): LogEntry => ({ docNo, terms: terms.join('\n'), weights: Uint32Array.from(terms, (_, i) => 1000 + i), ...(removed ? { removed: true as const } : {}) });

// Two terms on either side of a cursor: the fold has passed the shard of `low`, not that of `high`.
const [low, high] = ['kim', 'putin', 'seoul', 'moon', 'tokyo'].sort((a, b) => shardOfTerm(a) - shardOfTerm(b)).filter((_, i, all) => i === 0 || i === all.length - 1) as [string, string];
const next = shardOfTerm(low) + 1;
// Entries 3 (a removal) and 7 are being folded; 9 was logged after the fold began.
const entries = [entry(3, [low, high], true), entry(7, [low, high]), entry(9, [low, high])];
const cursor: FoldCursor = { docNos: [3, 7], next, nextDocNo: 9 };

describe('readFoldCursor', () => {
  it('is undefined with no fold under way, and the cursor as written when there is one', async () => {
    const db = memoryStore();
    expect(await db.read(ALL_STORES, readFoldCursor)).toBeUndefined();
    await db.write(ALL_STORES, async (tx) => tx.put(STORES.meta, cursor, META_KEYS.folding));
    expect(await db.read(ALL_STORES, readFoldCursor)).toEqual(cursor);
  });

  it('readLog reads it with the log', async () => {
    const db = memoryStore();
    await db.write(ALL_STORES, async (tx) => {
      for (const e of entries) tx.put(STORES.log, e);
      tx.put(STORES.meta, cursor, META_KEYS.folding);
    });
    const log = await db.read(ALL_STORES, readLog);
    expect(log.folding).toEqual({ docNos: new Set([3, 7]), next, nextDocNo: 9 });
  });
});

describe('the index log under a fold (IndexLog with a cursor)', () => {
  const log = indexLog(entries, cursor);
  const plain = indexLog(entries);

  it.each([
    // The store as a whole: every entry counts, wherever its postings are.
    ['dfDelta, low', () => log.dfDelta(low), 1],
    ['dfDelta, high', () => log.dfDelta(high), 1],
    // A shard the fold has passed holds entries 3 and 7 already: only 9 is still to come there.
    ['shardDfDelta, a shard the fold has passed (9 only)', () => log.shardDfDelta(low), 1],
    ['shardDfDelta, the removal folded there is not taken again', () => indexLog([entry(3, [low], true)], { docNos: [3], next, nextDocNo: 9 }).shardDfDelta(low), 0],
    ['shardDfDelta, a shard it has not reached', () => log.shardDfDelta(high), 1],
    ['shardPostings, a shard the fold has passed', () => log.shardPostings(low).map(([doc]) => doc), [9]],
    ['shardPostings, a shard it has not reached', () => log.shardPostings(high).map(([doc]) => doc), [7, 9]],
    ['inShard: a folded entry, a passed shard', () => log.inShard(next - 1, 7), true],
    ['inShard: a folded entry, a shard not reached', () => log.inShard(next, 7), false],
    ['inShard: an entry logged since', () => log.inShard(next - 1, 9), false],
    ['without a fold, shardDfDelta is dfDelta', () => plain.shardDfDelta(low), plain.dfDelta(low)],
    ['without a fold, nothing is in a shard', () => plain.inShard(0, 7), false],
  ])('%s', (_case, value, expected) => {
    expect(value()).toEqual(expected);
  });
});
