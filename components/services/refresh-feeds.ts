import { collectFeeds } from '../../lib/feeds/collect-feeds';
import { createHostQueue } from '../../lib/feeds/create-host-queue';
import { NETWORK_RULES } from '../../lib/feeds/network-rules';
import type { FeedStatus, FetchLike } from '../../lib/feeds/types';
import { wait } from '../../lib/feeds/wait';
import { openCorpusStore } from './corpus-store';
import { feedSubscriptions } from './feed-subscriptions';
import { hasOriginAccess } from './origin-access';
import { parseHtml } from './parse-html';
import { storeFeedSink } from './store-feed-sink';

// One queue for the background's life: politeness holds between a scheduled run and a "Refresh now".
const queue = createHostQueue({ sleep: wait, now: Date.now, delayMs: NETWORK_RULES.hostDelayMs });

// The browser's fetch with exactly the init fetchText builds (GET, no credentials, no Referer, manual redirects).
const browserFetch: FetchLike = (url, init) => fetch(url, init);

let running: Promise<FeedStatus[]> | undefined;

/**
 * Reads every subscribed feed once into the reader's store, under the network rules, only from origins
 * the reader granted (each request and redirect checked with permissions.contains). Progress and each
 * feed's status go to extension storage as they come. A second call while a run is under way joins it.
 * @example await refreshFeeds() // -> [{ feedUrl, outlet: 'Coast News', message: '3 new articles', … }]
 */
export function refreshFeeds(): Promise<FeedStatus[]> {
  running ??= run().finally(() => {
    running = undefined;
  });
  return running;
}

async function run(): Promise<FeedStatus[]> {
  const subscriptions = await feedSubscriptions.list();
  const started = new Date().toISOString();
  const titles = new Map(subscriptions.map((s) => [s.feedUrl, s.title ?? s.outlet]));
  let done = 0;
  // Statuses are written one after another: two feeds finishing together must not overwrite each other.
  let saving = feedSubscriptions.saveRun({ running: true, done, total: subscriptions.length, started });
  try {
    const store = await openCorpusStore();
    return await collectFeeds(subscriptions, {
      fetch: browserFetch,
      isGranted: (origin) => hasOriginAccess(`${origin}/`),
      queue,
      sleep: wait,
      now: Date.now,
      parseHtml,
      sink: storeFeedSink(store, (url) => titles.get(url)),
      onProgress: (event) => {
        if (event.type !== 'feed-done') return;
        done++;
        const run = { running: true, done, total: subscriptions.length, started };
        saving = saving.then(() => feedSubscriptions.saveStatus(event.status)).then(() => feedSubscriptions.saveRun(run));
      },
    });
  } finally {
    await saving.catch(() => undefined);
    await feedSubscriptions.saveRun({ running: false, done, total: subscriptions.length, started, finished: new Date().toISOString() });
  }
}
