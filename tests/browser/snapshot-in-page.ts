/**
 * The refresh snapshot seen from an extension page, for the Chromium and Firefox tests alike: functions
 * handed to the browser's page.evaluate (playwright or puppeteer), so each is self-contained.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** What the snapshot worker answers (snapshot-coverage-worker.ts). */
export interface WorkerReply {
  coverage?: { matches: Array<{ article: { id: string }; decision: string }> };
  fromSnapshot?: number;
}

/**
 * Runs in the page: the generation in the header of each of the two snapshot files (-1: none there, or
 * no valid header), and the store's last refresh's (-2: none).
 * @example await options.evaluate(snapshotGenerations) // -> [[-1, 7], 7]
 */
export async function snapshotGenerations(): Promise<[[number, number], number]> {
  const fromFile = async (name: string) => {
    try {
      const file = await (await (await navigator.storage.getDirectory()).getFileHandle(name)).getFile();
      const header = new DataView(await file.slice(0, 32).arrayBuffer());
      return header.byteLength === 32 && header.getUint32(0, true) === 0x5353444f ? header.getFloat64(16, true) : -1;
    } catch {
      return -1;
    }
  };
  const refreshed = () =>
    new Promise<number>((resolve) => {
      const open = indexedDB.open('outlet-diff-corpus');
      open.onsuccess = () => {
        const request = open.result.transaction('meta').objectStore('meta').get('refresh');
        request.onsuccess = () => resolve((request.result as { generation?: number } | undefined)?.generation ?? -2);
        request.onerror = () => resolve(-2);
      };
      open.onerror = () => resolve(-2);
    });
  return [[await fromFile('shard-snapshot.bin'), await fromFile('shard-snapshot-2.bin')], await refreshed()];
}

/** True once the newest snapshot file carries the last refresh's generation. */
export const snapshotIsCurrent = ([files, refresh]: [[number, number], number]) => Math.max(...files) === refresh && refresh > 0;

/**
 * Runs in the page: one query of the snapshot worker at `url` (the popup's), its reply ({} on a crash).
 * @example await options.evaluate(askSnapshotWorker, ['/assets/snapshot-coverage-worker-x.js', article])
 */
export function askSnapshotWorker([url, article]: readonly [string, unknown]): Promise<WorkerReply> {
  return new Promise((resolve) => {
    const w = new Worker(url, { type: 'module' });
    w.onmessage = (event: MessageEvent<WorkerReply>) => resolve(event.data);
    w.onerror = () => resolve({});
    w.postMessage({ article });
  });
}

/**
 * Runs in the page: starts a snapshot worker now (it prepares the database and the file's name on start,
 * as the popup's does while it reads the page) and keeps it for askStartedWorker.
 * @example await options.evaluate(startSnapshotWorker, url)
 */
export async function startSnapshotWorker(url: string): Promise<void> {
  (globalThis as unknown as { odStarted: Worker }).odStarted = new Worker(url, { type: 'module' });
  // Long enough for it to have prepared (a few milliseconds at most in the tests' stores).
  await new Promise((resolve) => setTimeout(resolve, 500));
}

/** Runs in the page: asks the worker startSnapshotWorker started, then ends it. */
export function askStartedWorker(article: unknown): Promise<WorkerReply> {
  const w = (globalThis as unknown as { odStarted: Worker }).odStarted;
  return new Promise((resolve) => {
    const done = (reply: WorkerReply) => (w.terminate(), resolve(reply));
    w.onmessage = (event: MessageEvent<WorkerReply>) => done(event.data);
    w.onerror = () => done({});
    w.postMessage({ article });
  });
}

/**
 * The snapshot worker's script in a build's folder, as the page loads it (`/assets/…`).
 * @example snapshotWorkerUrl(EXTENSION_DIR) // -> '/assets/snapshot-coverage-worker-BYCI-_pF.js'
 */
export function snapshotWorkerUrl(extensionDir: string): string | undefined {
  const worker = readdirSync(join(extensionDir, 'assets')).find((f) => f.startsWith('snapshot-coverage-worker'));
  return worker && `/assets/${worker}`;
}

/**
 * Runs in the page: opens a writable stream on snapshot file `name` and keeps it open, as a refresh
 * writing it does (the browser then refuses to open that file for reading); releaseSnapshotFile drops it.
 * @example await options.evaluate(holdSnapshotFile, 'shard-snapshot-2.bin')
 */
export async function holdSnapshotFile(name: string): Promise<void> {
  const file = await (await navigator.storage.getDirectory()).getFileHandle(name, { create: true });
  (globalThis as unknown as { odHeld: unknown }).odHeld = await (file as unknown as { createWritable(o: object): Promise<unknown> }).createWritable({ keepExistingData: false });
}

/** Runs in the page: aborts the stream holdSnapshotFile opened, leaving the file as it was. */
export async function releaseSnapshotFile(): Promise<void> {
  await (globalThis as unknown as { odHeld?: { abort(): Promise<void> } }).odHeld?.abort();
}

/**
 * Takes a Web Lock in this page and holds it until releaseLock (both run in an extension page through
 * page.evaluate): resolves once it is held.
 */
export function holdLock(name: string): Promise<void> {
  return new Promise<void>((held) => {
    void navigator.locks.request(name, () => new Promise<void>((release) => {
      (globalThis as unknown as { odReleaseLock?: () => void }).odReleaseLock = release;
      held();
    }));
  });
}

/** Releases the lock holdLock took in this page. */
export function releaseLock(): void {
  (globalThis as unknown as { odReleaseLock?: () => void }).odReleaseLock?.();
}

/**
 * Runs in the page: what the upkeep's snapshot depends on, for a failure to say why the file is not
 * current: the store's generation beside the last refresh's, the snapshot files' sizes and header
 * generations, the Web Locks held and waited for, and how the last upkeep pass ended (and in which page).
 * @example JSON.stringify(await options.evaluate(upkeepDiagnosis))
 */
export async function upkeepDiagnosis(): Promise<unknown> {
  const meta = (key: string) =>
    new Promise<unknown>((resolve) => {
      const open = indexedDB.open('outlet-diff-corpus');
      open.onsuccess = () => {
        const request = open.result.transaction('meta').objectStore('meta').get(key);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => resolve(`error ${String(request.error)}`);
      };
      open.onerror = () => resolve(`error ${String(open.error)}`);
    });
  const files: Array<{ name: string; size: number; generation: number }> = [];
  try {
    for await (const [name, handle] of (await navigator.storage.getDirectory()) as unknown as AsyncIterable<[string, FileSystemFileHandle]>) {
      const file = await handle.getFile();
      const header = new DataView(await file.slice(0, 32).arrayBuffer());
      files.push({ name, size: file.size, generation: header.byteLength === 32 ? header.getFloat64(16, true) : -1 });
    }
  } catch (error) {
    files.push({ name: `error ${String(error)}`, size: -1, generation: -1 });
  }
  const state = (await meta('state')) as { generation?: number } | undefined;
  const refresh = (await meta('refresh')) as { generation?: number } | undefined;
  const locks = await navigator.locks.query();
  // How the page's last upkeep pass ended (CorpusStore's note); none newer than the last change: a pass still running.
  const upkeep = await meta('upkeep');
  return { stateGeneration: state?.generation, refreshGeneration: refresh?.generation, files, held: locks.held?.map((l) => l.name), pending: locks.pending?.map((l) => l.name), upkeep };
}

/**
 * Waits until the newest snapshot file carries the last refresh's generation, and that refresh is later
 * than `after` when given (at most `timeout` ms), else fails with upkeepDiagnosis's account of the page.
 * @example await waitForCurrentSnapshot((f) => options.evaluate(f), 50_000)
 */
export async function waitForCurrentSnapshot(evaluate: <T>(f: () => Promise<T>) => Promise<T>, timeout: number, after = Number.NEGATIVE_INFINITY): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const [files, refresh] = await evaluate(snapshotGenerations);
    if (refresh > after && snapshotIsCurrent([files, refresh])) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the snapshot file is not current after ${timeout} ms: ${JSON.stringify(await evaluate(upkeepDiagnosis))}`);
}
