/**
 * A feed refresh at scale: 40 feeds x 50 summary-only items, each item's page fetched from the local feed
 * server (its own process on 127.0.0.1) and extracted with linkedom + Readability, through the same lib
 * pipeline as the CLI and the extension (collectFeeds, fetchText, classifyPage), into a memory sink.
 * Prints wall time, CPU time and peak memory of this process (the "background"). The feeds are spread
 * over 4 hosts (4 servers on 4 ports), read 4 at a time as the extension does, one request at a time per
 * host; the 1 s politeness pause is set to 0, since waiting is not work (with it, each host's 510
 * requests would add 8.5 minutes of pauses).
 */
import { collectFeeds } from '../../lib/feeds/collect-feeds';
import { createMemorySink } from '../../lib/feeds/create-memory-sink';
import type { Subscription } from '../../lib/feeds/types';
import { wait } from '../../lib/feeds/wait';
import { parseHtml } from '../cli/parse-html';
import { startFeedServers } from './start-feed-servers';

const FEEDS = 40;
const ITEMS = 50;
const HOSTS = 4;

/** `npm run bench` section: the figures of one refresh of 40 feeds x 50 items with page extraction. */
export async function benchFeeds(): Promise<void> {
  const servers = await startFeedServers(HOSTS);
  try {
    const subscriptions: Subscription[] = Array.from({ length: FEEDS }, (_, n) => ({ feedUrl: `${servers.origins[n % HOSTS]}/gen/${n}.xml?items=${ITEMS}`, outlet: `Generated Outlet ${n}` }));
    const sink = createMemorySink();
    const baseline = process.memoryUsage();
    let peakRss = baseline.rss;
    let peakHeap = baseline.heapUsed;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peakRss = Math.max(peakRss, now.rss);
      peakHeap = Math.max(peakHeap, now.heapUsed);
    }, 20);
    const cpu = process.cpuUsage();
    const start = performance.now();
    const statuses = await collectFeeds(subscriptions, {
      fetch: (url, init) => fetch(url, init),
      isGranted: (origin) => servers.origins.includes(origin),
      concurrency: HOSTS,
      parseHtml,
      sink,
      now: Date.now,
      sleep: wait,
      rules: { hostDelayMs: 0 },
    });
    const wall = performance.now() - start;
    const used = process.cpuUsage(cpu);
    clearInterval(sampler);
    const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
    const failed = statuses.filter((s) => s.error || Object.keys(s.itemProblems).length).length;
    process.stdout.write(
      [
        `refresh of ${FEEDS} feeds x ${ITEMS} items (${FEEDS * (ITEMS + 1)} requests, every page extracted), ${HOSTS} hosts, ${HOSTS} feeds at a time, no politeness pause`,
        `  articles kept            ${sink.articles.length} (${failed} feeds with a problem)`,
        `  wall time                ${(wall / 1000).toFixed(1)} s (${(wall / sink.articles.length).toFixed(1)} ms per article)`,
        `  CPU time (this process)  ${((used.user + used.system) / 1e6).toFixed(1)} s (user ${(used.user / 1e6).toFixed(1)} s, system ${(used.system / 1e6).toFixed(1)} s)`,
        `  peak memory              RSS ${mb(peakRss)} (+${mb(peakRss - baseline.rss)}), heap ${mb(peakHeap)} (+${mb(peakHeap - baseline.heapUsed)})`,
      ].join('\n') + '\n',
    );
  } finally {
    servers.stop();
  }
}
