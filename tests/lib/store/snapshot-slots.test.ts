import { describe, expect, it } from 'vitest';
import type { SnapshotStamp } from '../../../lib/store/shard-snapshot';
import { snapshotSlots } from '../../../lib/store/snapshot-slots';

const at = (generation: number): SnapshotStamp => ({ generation, fingerprint: 'f' });

describe('snapshotSlots', () => {
  it.each([
    ['no file yet: nothing to read, the first is written', [undefined, undefined], { write: 0 }],
    ['only the first whole: read it, write the second', [at(4), undefined], { read: 0, write: 1 }],
    ['only the second whole (the first removed, or cut short): read it, write the first', [undefined, at(4)], { read: 1, write: 0 }],
    ['both whole, the second newer', [at(4), at(9)], { read: 1, write: 0 }],
    ['both whole, the first newer', [at(9), at(4)], { read: 0, write: 1 }],
    ['both of one generation (a refresh written twice): the first read, the second written', [at(4), at(4)], { read: 0, write: 1 }],
  ] as const)('%s', (_name, stamps, slots) => {
    expect(snapshotSlots(stamps)).toEqual(slots);
  });
});
