/**
 * A dedicated worker that finds a page's coverage with the shards read from the norm refresh's snapshot
 * file (shard-snapshot-file.ts: the newest of its two, so a refresh writing the other does not stop it)
 * through a synchronous access handle, and the rest from the database.
 * Where the file cannot serve (none yet, another refresh's, busy, damaged) it reads those shards from
 * the database: the answer is the same, and the page need not search again. It answers { coverage,
 * fromSnapshot } (how many shards came from the file), or {} when the search itself failed. The handle
 * is held for the warm-up and for the one query only, so the next refresh can replace the file. Each
 * worker answers one query (snapshotCoverage ends it), so what it prepares on start is for that query.
 */
import { baseIndex } from '../../lib/store/base-index';
import { findStoreCoverage } from '../../lib/store/find-store-coverage';
import { openSnapshot, type ShardSnapshot } from '../../lib/store/shard-snapshot';
import { searchCounts } from '../../lib/store/store-coverage-source';
import { stoppableReads } from '../../lib/store/stoppable-reads';
import { warmUpStoreQuery } from '../../lib/store/warm-up-store-query';
import type { Article } from '../../lib/types';
import { BUNDLED_CORPUS } from './bundled-corpus';
import { openIdbDatabase } from './idb-database';
import { readableSnapshot } from './shard-snapshot-file';

const base = baseIndex(BUNDLED_CORPUS.corpus);

/** What this worker uses of an OPFS synchronous access handle (worker-only: the pages' DOM types lack it). */
interface SyncHandle {
  getSize(): number;
  read(into: Uint8Array, options: { at: number }): number;
  close(): void;
}

/**
 * Started with the worker, while the popup still reads the page (prepareSnapshotWorker): the database
 * open and the name of the file to read, which take about 11 ms at 100,000 articles (the file's name
 * needs both files' stamps), no longer come after the page's text. A file named here that a refresh
 * replaces before the query is either gone (then every shard comes from the database) or another
 * refresh's (its stamp says so, and the search reads the database): the answer is the same.
 */
const ready = Promise.all([
  openIdbDatabase(),
  navigator.storage
    .getDirectory()
    .then(async (root) => ({ root, name: await readableSnapshot(root) }))
    .catch(() => undefined),
]);
// Failures are met when the query comes (and answered with {}): not unhandled meanwhile.
ready.catch(() => undefined);

/** The snapshot file opened for reading (no snapshot: every shard from the database). */
interface OpenedFile {
  handle?: SyncHandle;
  snapshot?: ShardSnapshot;
}

/** Opens the snapshot file named on start and reads its header and directory (no snapshot: none, busy or damaged). */
async function openFile(): Promise<OpenedFile> {
  let handle: SyncHandle | undefined;
  try {
    const [, file] = await ready;
    if (!file?.name) return {};
    const found = (await file.root.getFileHandle(file.name)) as unknown as { createSyncAccessHandle(): Promise<SyncHandle> };
    const open = (handle = await found.createSyncAccessHandle());
    return { handle, snapshot: openSnapshot({ size: () => open.getSize(), read: (into, at) => open.read(into, { at }) }) };
  } catch {
    // No file yet, or busy (a refresh about to remove it), or unreadable: every shard from the database,
    // and the file not left held.
    handle?.close();
    return {};
  }
}

/**
 * What every query reads before the page's words (warmUpStoreQuery), read while the popup reads the
 * page: the database's first transaction, and the snapshot's norms and days from the file (its handle
 * closed again at once: a popup that never asks holds no file, and the next refresh can replace it).
 * A query that comes first stops it at its next read (it changes nothing).
 */
const warmUp = ready.then(([db]) => {
  const reads = stoppableReads(db);
  const done = (async () => {
    const { handle, snapshot } = await openFile();
    try {
      await warmUpStoreQuery(reads.db, { base, snapshot });
    } finally {
      handle?.close();
    }
  })().catch(() => undefined);
  return { stop: reads.stop, done };
});
warmUp.catch(() => undefined);

self.onmessage = async (event: MessageEvent<{ article: Article }>) => {
  let handle: SyncHandle | undefined;
  let db: Awaited<ReturnType<typeof openIdbDatabase>> | undefined;
  try {
    const warm = await warmUp.catch(() => undefined);
    warm?.stop();
    await warm?.done;
    [db] = await ready;
    const opened = await openFile();
    handle = opened.handle;
    const counts = searchCounts();
    const coverage = await findStoreCoverage(db, event.data.article, { base, snapshot: opened.snapshot, counts });
    self.postMessage({ coverage, fromSnapshot: counts.fromSnapshot });
  } catch {
    self.postMessage({});
  } finally {
    handle?.close();
    db?.close();
  }
};
