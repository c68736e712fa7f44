/**
 * CPU time of a Chromium run's processes as the kernel counts it (Linux /proc), for the feed refresh
 * bench: the extension's service worker thread (in the extension's renderer process, the one started with
 * --extension-process), that whole process (its other threads: the worker's garbage collection helpers,
 * IPC, the options page), the browser process (which serves every extension API call and message) and
 * the network service (the sockets). The processes are the browser's own (SystemInfo.getProcessInfo),
 * so another Chromium on the machine is never counted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';

export interface CpuSeconds {
  workerThread: number;
  extensionProcess: number;
  browserProcess: number;
  networkService: number;
}

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux's every common build). */
const USER_HZ = 100;

/** utime + stime of a /proc stat line, in seconds (fields 14 and 15; the name in brackets may hold spaces). */
const statSeconds = (path: string) => {
  const fields = readFileSync(path, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / USER_HZ;
};

/**
 * Finds the processes of the browser behind `cdp`; returns a reader of their CPU seconds so far, or
 * undefined where /proc or the extension's worker thread is not there.
 * @example const read = await chromiumCpu(session.cdp); const before = read!(); …; read!().workerThread - before.workerThread // -> 41.2
 */
export async function chromiumCpu(cdp: CDPSession): Promise<(() => CpuSeconds) | undefined> {
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo' as 'Browser.getVersion')) as unknown as { processInfo: { type: string; id: number }[] };
  const cmdline = (pid: number) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      return '';
    }
  };
  const pidOf = (test: (info: { type: string; id: number }) => boolean) => processInfo.find(test)?.id;
  const extension = pidOf((p) => p.type === 'renderer' && cmdline(p.id).includes('--extension-process'));
  const browser = pidOf((p) => p.type === 'browser');
  const network = pidOf((p) => p.type.startsWith('network.'));
  if (extension === undefined || browser === undefined || network === undefined) return undefined;
  // Chromium names the thread "ServiceWorker thread"; comm keeps 15 characters.
  const tid = readdirSync(`/proc/${extension}/task`).find((t) => readFileSync(`/proc/${extension}/task/${t}/comm`, 'utf8').startsWith('ServiceWorker'));
  if (tid === undefined) return undefined;
  return () => ({
    workerThread: statSeconds(`/proc/${extension}/task/${tid}/stat`),
    extensionProcess: statSeconds(`/proc/${extension}/stat`),
    browserProcess: statSeconds(`/proc/${browser}/stat`),
    networkService: statSeconds(`/proc/${network}/stat`),
  });
}
