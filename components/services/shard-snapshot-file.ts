import type { Coverage } from '../../lib/match/types';
import type { SnapshotTarget } from '../../lib/store/refresh-norms';
import { snapshotStamp, type SnapshotStamp } from '../../lib/store/shard-snapshot';
import { snapshotFits } from '../../lib/store/snapshot-room';
import { snapshotSlots } from '../../lib/store/snapshot-slots';
import type { Article } from '../../lib/types';

/**
 * The norm refresh's snapshot of the shards, in the extension's origin-private file system: two files,
 * so that queries read the last refresh's while the next one writes the other (snapshotSlots).
 */
export const SNAPSHOT_FILES = ['shard-snapshot.bin', 'shard-snapshot-2.bin'] as const;

/** How long a page waits for the snapshot worker before it searches the database itself. */
const WORKER_TIMEOUT_MS = 20_000;

/** What the store needs of the snapshot file: somewhere to write it, and a query that reads it. */
export interface SnapshotFiles {
  target(): Promise<SnapshotTarget | undefined>;
  /** The coverage a worker found, reading the shards from the file where it serves; undefined when the worker could not search. */
  coverage(article: Article): Promise<Coverage | undefined>;
  /** Removes the files to give their space back (they are only a cache); true when there was one to remove. */
  drop(): Promise<boolean>;
  /** Which refresh the newest whole file is (undefined: none). */
  stamp(): Promise<SnapshotStamp | undefined>;
  /** Whether a refresh now would write a file: false when the storage has no room for one (snapshotFits) or there is no file system. */
  fits(): Promise<boolean>;
}

/** One of the snapshot files as it is now: its size (0: none) and its stamp (undefined: none, or not whole). */
interface SnapshotFile {
  size: number;
  stamp?: SnapshotStamp;
}

/** Each snapshot file's size and stamp, read from its header and its end (a File read, which takes no lock). */
async function snapshotFiles(root: FileSystemDirectoryHandle): Promise<[SnapshotFile, SnapshotFile]> {
  const one = async (name: string): Promise<SnapshotFile> => {
    try {
      const file = await (await root.getFileHandle(name)).getFile();
      const stamp = await snapshotStamp(file.size, async (at, length) => new Uint8Array(await file.slice(at, at + length).arrayBuffer()));
      return stamp ? { size: file.size, stamp } : { size: file.size };
    } catch {
      return { size: 0 };
    }
  };
  return Promise.all([one(SNAPSHOT_FILES[0]), one(SNAPSHOT_FILES[1])]);
}

const slotsOf = (files: [SnapshotFile, SnapshotFile]) => snapshotSlots([files[0].stamp, files[1].stamp]);

/** Whether a new file fits beside these (snapshotFits: it replaces the newest, whose size it will have). */
async function fitsBeside(files: [SnapshotFile, SnapshotFile]): Promise<boolean> {
  const { read } = slotsOf(files);
  const { usage, quota } = await navigator.storage.estimate();
  return snapshotFits({ usage, quota, snapshot: read === undefined ? 0 : (files[read] as SnapshotFile).size });
}

/**
 * Whether a refresh now would write a snapshot file (snapshotTarget gives a writer only then).
 * @example if (!(await snapshotWouldFit())) skipThePass()
 */
export async function snapshotWouldFit(): Promise<boolean> {
  try {
    return await fitsBeside(await snapshotFiles(await navigator.storage.getDirectory()));
  } catch {
    return false;
  }
}

/**
 * The name of the snapshot file a query reads now: the newest whole one (undefined: none).
 * @example await readableSnapshot(await navigator.storage.getDirectory()) // -> 'shard-snapshot-2.bin'
 */
export async function readableSnapshot(root: FileSystemDirectoryHandle): Promise<string | undefined> {
  const { read } = slotsOf(await snapshotFiles(root));
  return read === undefined ? undefined : SNAPSHOT_FILES[read];
}

/**
 * The next snapshot's writer: an OPFS writable stream on the file queries do not read now, which leaves
 * it as it was until it is closed (then replaces it whole) and drops what it wrote when aborted. Once
 * kept, the older file is removed (its space back; left for the next refresh to overwrite when a worker
 * still reads it). Undefined where the browser gives no such stream, or the file is in use: the refresh
 * then keeps no snapshot. Undefined too when the storage is nearly full (snapshotFits): the files are
 * removed then, so that a cache never takes the room the reader's saves need.
 * @example await refreshNorms(db, base, { snapshot: await snapshotTarget() })
 */
export async function snapshotTarget(): Promise<SnapshotTarget | undefined> {
  try {
    const root = await navigator.storage.getDirectory();
    const files = await snapshotFiles(root);
    const { read, write } = slotsOf(files);
    if (!(await fitsBeside(files))) {
      await dropSnapshot();
      return undefined;
    }
    const file = await root.getFileHandle(SNAPSHOT_FILES[write] as string, { create: true });
    const writable = await file.createWritable({ keepExistingData: false });
    return {
      write: (data, at) => writable.write({ type: 'write', position: at, data: data as Uint8Array<ArrayBuffer> }),
      close: async (keep) => {
        if (!keep) return writable.abort();
        await writable.close();
        if (read !== undefined) await root.removeEntry(SNAPSHOT_FILES[read] as string).catch(() => undefined);
      },
    };
  } catch {
    return undefined;
  }
}

/**
 * Removes the snapshot files. Queries then read the database, exactly as before the first refresh.
 * @example if (await dropSnapshot()) retryTheSave()
 */
export async function dropSnapshot(): Promise<boolean> {
  let freed = false;
  try {
    const root = await navigator.storage.getDirectory();
    for (const name of SNAPSHOT_FILES) {
      try {
        const size = (await (await root.getFileHandle(name)).getFile()).size;
        await root.removeEntry(name);
        freed ||= size > 0;
      } catch {
        // No file, or one a worker is reading: nothing freed now.
      }
    }
  } catch {
    // No file system here.
  }
  return freed;
}

/**
 * The stamp of the newest whole snapshot file, read from its header and its end (not its shards).
 * @example (await currentSnapshotStamp())?.generation // -> 7
 */
export async function currentSnapshotStamp(): Promise<SnapshotStamp | undefined> {
  try {
    const files = await snapshotFiles(await navigator.storage.getDirectory());
    const { read } = slotsOf(files);
    return read === undefined ? undefined : files[read]?.stamp;
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
    if (!prepared && typeof Worker !== 'undefined') {
      prepared = newWorker();
      performance.mark('od:worker-started');
    }
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
    // The lead is measured only for the worker prepareSnapshotWorker started, not one started now.
    const wasPrepared = prepared !== undefined;
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
    // How long the worker had to prepare before the query (the bench reads it); a diagnosis only, so a
    // start mark cleared meanwhile never stops the query.
    try {
      if (wasPrepared) performance.measure('od:worker-lead', 'od:worker-started');
    } catch {
      // No start mark left to measure from.
    }
    worker.postMessage({ article });
  });
}

/** The snapshot file as the extension's pages use it. */
export const OPFS_SNAPSHOTS: SnapshotFiles = { target: snapshotTarget, coverage: snapshotCoverage, drop: dropSnapshot, stamp: currentSnapshotStamp, fits: snapshotWouldFit };
