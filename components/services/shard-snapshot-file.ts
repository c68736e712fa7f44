import type { Coverage } from '../../lib/match/types';
import type { SnapshotTarget } from '../../lib/store/refresh-norms';
import { snapshotStamp, type SnapshotStamp } from '../../lib/store/shard-snapshot';
import { snapshotFits } from '../../lib/store/snapshot-room';
import type { Article } from '../../lib/types';

/** The norm refresh's snapshot of the shards, in the extension's origin-private file system. */
export const SNAPSHOT_FILE = 'shard-snapshot.bin';

/** How long a page waits for the snapshot worker before it searches the database itself. */
const WORKER_TIMEOUT_MS = 20_000;

/** What the store needs of the snapshot file: somewhere to write it, and a query that reads it. */
export interface SnapshotFiles {
  target(): Promise<SnapshotTarget | undefined>;
  /** The coverage a worker found, reading the shards from the file where it serves; undefined when the worker could not search. */
  coverage(article: Article): Promise<Coverage | undefined>;
  /** Removes the file to give its space back (it is only a cache); true when there was one to remove. */
  drop(): Promise<boolean>;
  /** Which refresh the file there now is (undefined: none, or not whole). */
  stamp(): Promise<SnapshotStamp | undefined>;
}

/**
 * The snapshot file's writer: an OPFS writable stream, which leaves the file as it was until it is
 * closed (then replaces it whole) and drops what it wrote when aborted. Undefined where the browser
 * gives no such stream, or the file is in use (a worker reading it): the refresh then keeps no snapshot.
 * Undefined too when the storage is nearly full (snapshotFits): the old file is removed then, so that a
 * cache never takes the room the reader's saves need.
 * @example await refreshNorms(db, base, { snapshot: await snapshotTarget() })
 */
export async function snapshotTarget(): Promise<SnapshotTarget | undefined> {
  try {
    const root = await navigator.storage.getDirectory();
    const file = await root.getFileHandle(SNAPSHOT_FILE, { create: true });
    const { usage, quota } = await navigator.storage.estimate();
    if (!snapshotFits({ usage, quota, snapshot: (await file.getFile()).size })) {
      await dropSnapshot();
      return undefined;
    }
    const writable = await file.createWritable({ keepExistingData: false });
    return {
      write: (data, at) => writable.write({ type: 'write', position: at, data: data as Uint8Array<ArrayBuffer> }),
      close: (keep) => (keep ? writable.close() : writable.abort()),
    };
  } catch {
    return undefined;
  }
}

/**
 * Removes the snapshot file. Queries then read the database, exactly as before the first refresh.
 * @example if (await dropSnapshot()) retryTheSave()
 */
export async function dropSnapshot(): Promise<boolean> {
  try {
    const root = await navigator.storage.getDirectory();
    const size = (await (await root.getFileHandle(SNAPSHOT_FILE)).getFile()).size;
    await root.removeEntry(SNAPSHOT_FILE);
    return size > 0;
  } catch {
    // No file, or one a worker is reading: nothing freed now.
    return false;
  }
}

/**
 * The stamp of the snapshot file there now, read from its header and its end (not its shards).
 * @example (await currentSnapshotStamp())?.generation // -> 7
 */
export async function currentSnapshotStamp(): Promise<SnapshotStamp | undefined> {
  try {
    const file = await (await (await navigator.storage.getDirectory()).getFileHandle(SNAPSHOT_FILE)).getFile();
    return await snapshotStamp(file.size, async (at, length) => new Uint8Array(await file.slice(at, at + length).arrayBuffer()));
  } catch {
    return undefined;
  }
}

const newWorker = () => new Worker(new URL('./snapshot-coverage-worker.ts', import.meta.url), { type: 'module' });
let prepared: Worker | undefined;

/**
 * Starts the worker that the next snapshotCoverage call uses, so that loading its code overlaps what the
 * page does first (the popup reads the page meanwhile). Nothing where there are no workers.
 * @example prepareSnapshotWorker(); const page = await readActiveTab(); await snapshotCoverage(page)
 */
export function prepareSnapshotWorker(): void {
  try {
    if (!prepared && typeof Worker !== 'undefined') prepared = newWorker();
  } catch {
    // No worker here: snapshotCoverage says so too, and the page searches the database.
  }
}

/**
 * Coverage searched in a dedicated worker, the only place a page can read a file synchronously (an
 * OPFS synchronous access handle: about ten times cheaper than a database request per shard). The
 * worker reads the shards the file cannot serve from the database (the same answer); this gives
 * undefined only when there is no worker or it fails or stays silent: the caller then searches itself.
 * Each worker answers one query and is ended: the file is held only while a query reads it.
 * @example (await snapshotCoverage(page)) ?? (await findStoreCoverage(db, page, { base }))
 */
export function snapshotCoverage(article: Article): Promise<Coverage | undefined> {
  if (typeof Worker === 'undefined') return Promise.resolve(undefined);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = prepared ?? newWorker();
      prepared = undefined;
    } catch {
      resolve(undefined);
      return;
    }
    const done = (coverage: Coverage | undefined) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(coverage);
    };
    const timer = setTimeout(() => done(undefined), WORKER_TIMEOUT_MS);
    worker.onmessage = (event: MessageEvent<{ coverage?: Coverage }>) => done(event.data.coverage);
    worker.onerror = () => done(undefined);
    worker.postMessage({ article });
  });
}

/** The snapshot file as the extension's pages use it. */
export const OPFS_SNAPSHOTS: SnapshotFiles = { target: snapshotTarget, coverage: snapshotCoverage, drop: dropSnapshot, stamp: currentSnapshotStamp };
