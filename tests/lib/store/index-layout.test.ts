import { describe, expect, it } from 'vitest';
import { IMPORT_BATCH } from '../../../lib/store/import-articles';
import { INDEX_LAYOUT } from '../../../lib/store/index-layout';

describe('INDEX_LAYOUT', () => {
  it.each([
    // An article has about 220 terms: far fewer shards and one add rewrites most of them, far more and a
    // query reads as many records as it has terms anyway.
    ['shards', INDEX_LAYOUT.shards, 1024, 65_536],
    ['openPostings', INDEX_LAYOUT.openPostings, 64, 8192],
    ['hintBlock', INDEX_LAYOUT.hintBlock, 256, 65_536],
    ['hintFanOut', INDEX_LAYOUT.hintFanOut, 1, 1024],
    // Past a few hundred entries every query reads megabytes of log; under a few dozen most adds fold.
    ['logEntries', INDEX_LAYOUT.logEntries, 16, 512],
    // Room for an import batch and the saves that come while its fold is under way, yet a log every query can read whole (a few MB).
    ['logCeiling', INDEX_LAYOUT.logCeiling, IMPORT_BATCH + INDEX_LAYOUT.logEntries, 4096],
    // A slice is a write a query waits for: a small part of the fold, yet few transactions in all.
    ['foldShards', INDEX_LAYOUT.foldShards, 128, INDEX_LAYOUT.shards / 8],
    // One slice is a transaction a writer may wait for: a few percent of the pass at most, yet many shards each.
    ['refreshShards', INDEX_LAYOUT.refreshShards, 64, INDEX_LAYOUT.shards / 16],
  ])('%s (%i) is a whole number in %i..%i', (_name, value, low, high) => {
    expect(Number.isInteger(value) && value >= low && value <= high).toBe(true);
  });

  it('commonShare lists the words of a few percent of the articles or more, not the rare ones', () => {
    // 1/10,000 would list names a few dozen articles share (a table the size of the vocabulary); 1/20
    // would leave most of the big shards to read.
    expect(INDEX_LAYOUT.commonShare).toBeGreaterThanOrEqual(1 / 2048);
    expect(INDEX_LAYOUT.commonShare).toBeLessThanOrEqual(1 / 32);
  });

  it('unreadShare leaves the bounds room under the score that matters, and some terms unread', () => {
    expect(INDEX_LAYOUT.unreadShare).toBeGreaterThan(0.3);
    expect(INDEX_LAYOUT.unreadShare).toBeLessThan(1);
  });

  it('hintMargin is a share, neither 0 (no room for any stale hint) nor near 1 (every candidate scored)', () => {
    expect(INDEX_LAYOUT.hintMargin).toBeGreaterThan(0);
    expect(INDEX_LAYOUT.hintMargin).toBeLessThanOrEqual(0.5);
  });
});
