import type { SnapshotStamp } from './shard-snapshot';

/** Which of the snapshot's files a query reads (none when no file is whole) and which a refresh writes. */
export interface SnapshotSlots {
  read?: number;
  write: number;
}

/**
 * Picks among the snapshot's two files, given the stamp of each (undefined: none there, or not whole):
 * a query reads the newest whole one (the highest generation; generations only grow), and a refresh
 * writes the other.
 *
 * Why two: a file being written cannot be opened for reading (the browser locks it), and a refresh takes
 * 60-100 s at 100,000 articles. With one file every query in that time read the whole index from the
 * database (seconds each); with two it reads the last refresh's file, plus the changes kept since
 * (folded-changes.ts).
 * @example snapshotSlots([{ generation: 4, fingerprint: '' }, { generation: 9, fingerprint: '' }]) // -> { read: 1, write: 0 }
 */
export function snapshotSlots(stamps: readonly [SnapshotStamp | undefined, SnapshotStamp | undefined]): SnapshotSlots {
  const [first, second] = stamps;
  if (!first && !second) return { write: 0 };
  const read = !second || (first && first.generation >= second.generation) ? 0 : 1;
  return { read, write: 1 - read };
}
