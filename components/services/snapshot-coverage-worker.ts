/**
 * A dedicated worker that finds a page's coverage with the shards read from the norm refresh's snapshot
 * file (shard-snapshot-file.ts: the newest of its two, so a refresh writing the other does not stop it)
 * through a synchronous access handle, and the rest from the database.
 * Where the file cannot serve (none yet, another refresh's, busy, damaged) it reads those shards from
 * the database: the answer is the same, and the page need not search again. It answers { coverage,
 * fromSnapshot, warmUp } (how many shards came from the file, how its warm-up ended), or {} when the
 * search itself failed. The handle
 * is held for the one query only (and a warm-up search before it), so the next refresh can replace the
 * file. Each worker answers one query (snapshotCoverage ends it), so what it prepares on start is for that query.
 */
import { baseIndex } from '../../lib/store/base-index';
import { findStoreCoverage } from '../../lib/store/find-store-coverage';
import { openSnapshot, type ShardSnapshot } from '../../lib/store/shard-snapshot';
import { SearchStopped, stoppableDatabase } from '../../lib/store/stoppable-database';
import { searchCounts } from '../../lib/store/store-coverage-source';
import { warmUpPage } from '../../lib/store/warm-up-page';
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

type NamedFile = Awaited<typeof ready>[1];

/**
 * The named snapshot file open for reading (its snapshot undefined when not whole); undefined when there
 * is none or it is busy (a refresh about to remove it). With the warm-up's snapshot, what it read is kept
 * while the file is the same (ShardSnapshot.reopen).
 */
async function openFile(file: NamedFile, before?: ShardSnapshot): Promise<{ snapshot?: ShardSnapshot; handle: SyncHandle } | undefined> {
  try {
    if (!file?.name) return undefined;
    const found = (await file.root.getFileHandle(file.name)) as unknown as { createSyncAccessHandle(): Promise<SyncHandle> };
    const handle = await found.createSyncAccessHandle();
    const read = { size: () => handle.getSize(), read: (into: Uint8Array, at: number) => handle.read(into, { at }) };
    return { handle, snapshot: before ? before.reopen(read) : openSnapshot(read) };
  } catch {
    return undefined;
  }
}

/** How the warm-up ended: searched whole, stopped by the query, or none (an empty store, no file to read). */
export type WarmUp = 'done' | 'stopped' | 'none';

let asked = false;
/** The warm-up's snapshot: the query keeps what it read when the file is the same. */
let warmSnapshot: ShardSnapshot | undefined;

/**
 * One search of a stored article while the page is read (warmUpPage), on the file only: the query's
 * code then runs optimised, the file's common postings are in the system's cache, and what the search
 * read of the file (its directory, the norms and days, the grown postings buffer) is kept for the query.
 * It gives way at its next database read once the query is asked (stoppableDatabase), and holds the file
 * only while it runs. A worker the popup never asks holds no file afterwards.
 */
const warmedUp: Promise<WarmUp> = ready
  .then(async ([db, file]): Promise<WarmUp> => {
    const view = stoppableDatabase(db, () => asked);
    const page = await warmUpPage(view);
    const opened = page && !asked ? await openFile(file) : undefined;
    if (!page || !opened?.snapshot) {
      opened?.handle.close();
      return 'none';
    }
    warmSnapshot = opened.snapshot;
    try {
      await findStoreCoverage(view, page, { base, snapshot: opened.snapshot });
      return 'done';
    } finally {
      opened.handle.close();
    }
  })
  .catch((error: unknown) => (error instanceof SearchStopped ? 'stopped' : 'none'));

self.onmessage = async (event: MessageEvent<{ article: Article }>) => {
  asked = true;
  let opened: Awaited<ReturnType<typeof openFile>>;
  let db: Awaited<ReturnType<typeof openIdbDatabase>> | undefined;
  try {
    const warmUp = await warmedUp;
    const [database, file] = await ready;
    db = database;
    // No file (none yet, busy): every shard from the database.
    opened = await openFile(file, warmSnapshot);
    const counts = searchCounts();
    const coverage = await findStoreCoverage(db, event.data.article, { base, snapshot: opened?.snapshot, counts });
    self.postMessage({ coverage, fromSnapshot: counts.fromSnapshot, warmUp });
  } catch {
    self.postMessage({});
  } finally {
    opened?.handle.close();
    db?.close();
  }
};
