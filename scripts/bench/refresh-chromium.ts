/**
 * The feed refresh figure from the extension's background itself: Chromium's service worker (the built
 * extension, a copy holding access to 127.0.0.1, alarms and webRequest from install, as a reader who
 * subscribed would) reads 40 generated feeds x 50 summary-only items from 4 local feed servers, fetching
 * every item's page and extracting it with linkedom + Readability, into the reader's IndexedDB store.
 * Measured on the worker's own target over the DevTools protocol: wall time from Refresh to the run's
 * answer; the worker thread's CPU time as the kernel counts it (chromium-cpu.ts; with the extension's
 * process, the browser process and the network service beside it), and split by V8's sampling profiler into
 * script, garbage collection and the engine's own work (the Performance domain is not offered on a
 * worker target); its peak JS heap (Runtime.getHeapUsage every 250 ms). The 1 s politeness pause is set to 0
 * in the bench's copy (OD_BENCH_HOST_DELAY_MS to choose another; the real 1 s adds 8.5 minutes of pauses
 * per host), as in the Node figure (feeds.ts), since waiting is not work. Skipped, in one line, without
 * the build or Chromium.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setBuiltNetworkRules } from '../../tests/browser/built-network-rules';
import { grantedBuild } from '../../tests/browser/granted-build';
import { chromiumPath, EXTENSION_DIR, ExtensionSession } from '../../tests/browser/harness';
import { chromiumCpu, type CpuSeconds } from './chromium-cpu';
import { profileTimes, type Profile } from './profile-times';
import { startFeedServers } from './start-feed-servers';
import { attachToWorker, type WorkerSession } from './worker-session';

// The extension page's own API, as seen inside page.evaluate.
declare const chrome: { storage: { local: { set(items: object): Promise<void> } }; runtime: { sendMessage(message: object): Promise<unknown> } };

const FEEDS = 40;
const ITEMS = 50;
const HOSTS = 4;
const SAMPLE_MS = 250;
/** The profiler's sampling interval: coarse enough to cost the worker little over minutes of work. */
const PROFILE_INTERVAL_US = 2_000;

const heapUsed = async (worker: WorkerSession) => (await worker.send<{ usedSize: number }>('Runtime.getHeapUsage')).usedSize;

const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** `npm run bench` section: one refresh of 40 feeds x 50 items in the extension's service worker. */
export async function benchRefreshChromium(): Promise<void> {
  const out = (line: string) => void process.stdout.write(line + '\n');
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) return out(`refresh in Chromium: skipped: no build at ${EXTENSION_DIR} (run npm run build first)`);
  try {
    chromiumPath();
  } catch (error) {
    return out(`refresh in Chromium: skipped: ${(error as Error).message}`);
  }
  const delayMs = Number(process.env.OD_BENCH_HOST_DELAY_MS ?? 0);
  const copy = grantedBuild(EXTENSION_DIR, { hosts: ['http://127.0.0.1/*'], permissions: ['alarms', 'webRequest'] });
  setBuiltNetworkRules(copy.dir, { hostDelayMs: delayMs });
  const servers = await startFeedServers(HOSTS);
  const session = await ExtensionSession.launch({ extensionDir: copy.dir });
  let worker: WorkerSession | undefined;
  try {
    const options = await session.open(session.extensionUrl('options.html'));
    worker = await attachToWorker(session.cdp, session.extensionUrl(''));
    const subscriptions = Array.from({ length: FEEDS }, (_, n) => ({ feedUrl: `${servers.origins[n % HOSTS]}/gen/${n}.xml?items=${ITEMS}`, outlet: `Generated Outlet ${n}` }));
    await options.evaluate((list) => chrome.storage.local.set({ feedSubscriptions: list }), subscriptions);
    // Collect what the store holds from the launch first, so the peak is the refresh's.
    await worker.send('HeapProfiler.collectGarbage');
    const baseHeap = await heapUsed(worker);
    let peakHeap = baseHeap;
    let samples = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peakHeap = Math.max(peakHeap, await heapUsed(worker!));
        samples++;
        await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
      }
    })();
    const loadBefore = loadAverage();
    const readCpu = await chromiumCpu(session.cdp);
    const cpuBefore = readCpu?.();
    await worker.send('Profiler.enable');
    await worker.send('Profiler.setSamplingInterval', { interval: PROFILE_INTERVAL_US });
    await worker.send('Profiler.start');
    const started = performance.now();
    // The background answers the refresh message when the run ends, with every feed's status.
    const statuses = (await options.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh-feeds' }))) as { newItems: number; error?: string; itemProblems: object }[];
    const wall = performance.now() - started;
    const { profile } = await worker.send<{ profile: Profile }>('Profiler.stop');
    const cpu = profileTimes(profile);
    const cpuAfter = readCpu?.();
    sampling = false;
    await sampler;
    const loadAfter = loadAverage();
    if (session.offHostRequests().length) throw new Error(`requests left 127.0.0.1: ${session.offHostRequests().map((r) => r.url).join(', ')}`);
    const kept = statuses.reduce((sum, s) => sum + s.newItems, 0);
    const failed = statuses.filter((s) => s.error || Object.keys(s.itemProblems).length).length;
    const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
    const used = (key: keyof CpuSeconds) => (cpuBefore && cpuAfter ? cpuAfter[key] - cpuBefore[key] : NaN);
    const perArticle = (seconds: number) => `${((seconds * 1000) / Math.max(1, kept)).toFixed(1)} ms per article`;
    out(
      [
        `refresh of ${FEEDS} feeds x ${ITEMS} items in Chromium's service worker (${FEEDS * (ITEMS + 1)} requests, every page extracted with linkedom, into IndexedDB), ${HOSTS} hosts, politeness pause ${delayMs} ms (set in the bench's copy of the build; the extension's is 1 s)`,
        `  articles kept            ${kept} (${failed} feeds with a problem)`,
        `  wall time                ${(wall / 1000).toFixed(1)} s (${(wall / Math.max(1, kept)).toFixed(1)} ms per article)`,
        `  CPU time (kernel)        worker thread ${used('workerThread').toFixed(1)} s (${perArticle(used('workerThread'))}); the extension's process ${used('extensionProcess').toFixed(1)} s, the browser process ${used('browserProcess').toFixed(1)} s, network service ${used('networkService').toFixed(1)} s`,
        `  worker thread, sampled   script ${cpu.script.toFixed(1)} s, GC ${cpu.gc.toFixed(1)} s, engine ${cpu.program.toFixed(1)} s, idle ${cpu.idle.toFixed(1)} s (V8 profiler every ${PROFILE_INTERVAL_US / 1000} ms of wall time: on a busy machine it counts time the thread waited for a core)`,
        `  peak JS heap (worker)    ${mb(peakHeap)} (+${mb(peakHeap - baseHeap)} over the start; ${samples} samples, every ${SAMPLE_MS} ms)`,
        `  load average             ${loadBefore} before, ${loadAfter} after`,
      ].join('\n'),
    );
  } finally {
    await worker?.detach();
    await session.close();
    servers.stop();
    copy.remove();
  }
}
