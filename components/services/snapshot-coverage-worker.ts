/**
 * A dedicated worker that finds a page's coverage with the shards read from the norm refresh's snapshot
 * file (shard-snapshot-file.ts) through a synchronous access handle, and the rest from the database. It
 * answers { coverage } when it used the snapshot for at least one shard, else {} (no file, another
 * refresh's, busy, damaged): the page then searches the database itself. The handle is held for the one
 * query only, so the next refresh can replace the file.
 */
import { baseIndex } from '../../lib/store/base-index';
import { findStoreCoverage } from '../../lib/store/find-store-coverage';
import { openSnapshot } from '../../lib/store/shard-snapshot';
import { searchCounts } from '../../lib/store/store-coverage-source';
import type { Article } from '../../lib/types';
import { BUNDLED_CORPUS } from './bundled-corpus';
import { openIdbDatabase } from './idb-database';
import { SNAPSHOT_FILE } from './shard-snapshot-file';

const base = baseIndex(BUNDLED_CORPUS.corpus);

/** What this worker uses of an OPFS synchronous access handle (worker-only: the pages' DOM types lack it). */
interface SyncHandle {
  getSize(): number;
  read(into: Uint8Array, options: { at: number }): number;
  close(): void;
}

self.onmessage = async (event: MessageEvent<{ article: Article }>) => {
  let handle: SyncHandle | undefined;
  let db: Awaited<ReturnType<typeof openIdbDatabase>> | undefined;
  try {
    const root = await navigator.storage.getDirectory();
    const file = (await root.getFileHandle(SNAPSHOT_FILE)) as unknown as { createSyncAccessHandle(): Promise<SyncHandle> };
    const open = (handle = await file.createSyncAccessHandle());
    const snapshot = openSnapshot({ size: () => open.getSize(), read: (into, at) => open.read(into, { at }) });
    if (!snapshot) throw new Error('no snapshot');
    db = await openIdbDatabase();
    const counts = searchCounts();
    const coverage = await findStoreCoverage(db, event.data.article, { base, snapshot, counts });
    self.postMessage(counts.fromSnapshot ? { coverage } : {});
  } catch {
    self.postMessage({});
  } finally {
    handle?.close();
    db?.close();
  }
};
