/**
 * How much room the refresh's snapshot of the shards (shard-snapshot.ts) may take. The snapshot is a
 * cache: the database holds everything it does, so it must never take the space the reader's own saves
 * need. These settings say when to write one; the store drops it when a write finds the storage full.
 */
export const SNAPSHOT_ROOM = {
  /**
   * The first snapshot's size, as a share of what the origin stores besides it: the shards are about a
   * third of the database (Chromium, 100,000 generated articles: a 264.5 MB snapshot beside 767 MB on
   * disk), so a half is a safe over-estimate.
   */
  firstShare: 0.5,
  /**
   * The free space a snapshot must leave: this many times its own size. Writing the file needs its size
   * again while the old one is still there, and what is left is what the reader's next saves have.
   */
  headroom: 2,
} as const;

export interface StorageRoom {
  /** Bytes the origin uses and may use (navigator.storage.estimate); undefined where the browser does not say. */
  usage?: number;
  quota?: number;
  /** Bytes of the snapshot file there now (0 when there is none). */
  snapshot: number;
}

/**
 * Whether the refresh may write a new snapshot: yes when the browser gives no estimate (it then has no
 * tight quota to speak of), else only when, after the new file (about the old one's size, or the first
 * share of the rest), the free space is still `headroom` times that size.
 * @example snapshotFits({ usage: 900e6, quota: 1e9, snapshot: 250e6 }) // -> false
 */
export function snapshotFits(room: StorageRoom, settings: { readonly firstShare: number; readonly headroom: number } = SNAPSHOT_ROOM): boolean {
  const { usage, quota, snapshot } = room;
  if (usage === undefined || quota === undefined) return true;
  const expected = snapshot > 0 ? snapshot : settings.firstShare * usage;
  // The old file is replaced: its bytes are free again once the new one is in.
  const freeAfter = quota - usage + snapshot - expected;
  return freeAfter >= settings.headroom * expected;
}
