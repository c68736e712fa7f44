import { describe, expect, it } from 'vitest';
import { SNAPSHOT_ROOM, snapshotFits, type StorageRoom } from '../../../lib/store/snapshot-room';

const MB = 1_000_000;

describe('snapshotFits', () => {
  it.each<[string, StorageRoom, boolean]>([
    ['no estimate from the browser', { snapshot: 0 }, true],
    ['no quota given', { usage: 10 * MB, snapshot: 0 }, true],
    ['first snapshot, plenty of room', { usage: 100 * MB, quota: 10_000 * MB, snapshot: 0 }, true],
    // expected 50 MB; free after it 150 - 50 = 100 = 2 x 50: just enough.
    ['first snapshot, exactly the headroom left', { usage: 100 * MB, quota: 250 * MB, snapshot: 0 }, true],
    ['first snapshot, a byte short of the headroom', { usage: 100 * MB, quota: 250 * MB - 1, snapshot: 0 }, false],
    // A new file of the old one's size: free after = quota - usage = 500 >= 2 x 250.
    ['a refresh replacing a snapshot, room for two more', { usage: 1_000 * MB, quota: 1_500 * MB, snapshot: 250 * MB }, true],
    ['a refresh replacing a snapshot on a nearly full storage', { usage: 900 * MB, quota: 1_000 * MB, snapshot: 250 * MB }, false],
    ['the storage already over its quota', { usage: 1_100 * MB, quota: 1_000 * MB, snapshot: 0 }, false],
    ['an empty store', { usage: 0, quota: 1_000 * MB, snapshot: 0 }, true],
  ])('%s', (_name, room, fits) => {
    expect(snapshotFits(room)).toBe(fits);
  });

  it('the settings are sane: a share of the rest under one, headroom at least one snapshot', () => {
    expect(SNAPSHOT_ROOM.firstShare).toBeGreaterThan(0);
    expect(SNAPSHOT_ROOM.firstShare).toBeLessThan(1);
    expect(SNAPSHOT_ROOM.headroom).toBeGreaterThanOrEqual(1);
  });

  it('follows its settings (a larger headroom asks for more room)', () => {
    const room = { usage: 100 * MB, quota: 250 * MB, snapshot: 0 };
    expect(snapshotFits(room, { firstShare: 0.5, headroom: 2 })).toBe(true);
    expect(snapshotFits(room, { firstShare: 0.5, headroom: 3 })).toBe(false);
    expect(snapshotFits(room, { firstShare: 0.2, headroom: 3 })).toBe(true);
  });
});
