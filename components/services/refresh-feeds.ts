import { collectFeeds } from '../../lib/feeds/collect-feeds';
import { createHostQueue } from '../../lib/feeds/create-host-queue';
import { NETWORK_RULES } from '../../lib/feeds/network-rules';
import type { FeedStatus } from '../../lib/feeds/types';
import { wait } from '../../lib/feeds/wait';
import { openCorpusStore } from './corpus-store';
import { feedSubscriptions } from './feed-subscriptions';
import { parseHtml } from './parse-html';
import { storeFeedSink } from './store-feed-sink';
import { WEB_FETCH } from './web-fetch';

// One queue for the background's life: politeness holds between a scheduled run and a "Refresh now".
const queue = createHostQueue({ sleep: wait, now: Date.now, delayMs: NETWORK_RULES.hostDelayMs });

let running: Promise<FeedStatus[]> | undefined;
let stop: AbortController | undefined;

/**
 * Reads every subscribed feed once into the reader's store, under the network rules, only from origins
 * the reader granted (each request and redirect checked with permissions.contains). Progress and each
 * feed's status go to extension storage as they come. A second call while a run is under way joins it.
 * @example await refreshFeeds() // -> [{ feedUrl, outlet: 'Coast News', message: '3 new articles', … }]
 */
export function refreshFeeds(): Promise<FeedStatus[]> {
  if (!running) {
    stop = new AbortController();
    running = run(stop.signal).finally(() => {
      running = undefined;
      stop = undefined;
    });
  }
  return running;
}

/**
 * Stops the refresh under way, between two requests (a request in flight is aborted): what was read is
 * kept, the feeds not read keep their last status, and the run is saved as cancelled. Nothing when no run.
 * @example cancelFeedRefresh() // -> true when a run was stopped
 */
export function cancelFeedRefresh(): boolean {
  if (!stop || stop.signal.aborted) return false;
  stop.abort(new Error('cancelled by the reader'));
  return true;
}

async function run(signal: AbortSignal): Promise<FeedStatus[]> {
  const subscriptions = await feedSubscriptions.list();
  const started = new Date().toISOString();
  const titles = new Map(subscriptions.map((s) => [s.feedUrl, s.title ?? s.outlet]));
  let done = 0;
  // Statuses are written one after another: two feeds finishing together must not overwrite each other.
  let saving = feedSubscriptions.saveRun({ running: true, done, total: subscriptions.length, started });
  try {
    const store = await openCorpusStore();
    return await collectFeeds(subscriptions, {
      ...WEB_FETCH,
      queue,
      sleep: wait,
      now: Date.now,
      parseHtml,
      sink: storeFeedSink(store, (url) => titles.get(url)),
      signal,
      onProgress: (event) => {
        if (event.type !== 'feed-done') return;
        // A feed the cancel cut short keeps its last full status (its new articles are kept all the same).
        const cut = event.status.error === 'cancelled';
        if (!cut) done++;
        const run = { running: true, done, total: subscriptions.length, started };
        saving = saving.then(() => (cut ? undefined : feedSubscriptions.saveStatus(event.status))).then(() => feedSubscriptions.saveRun(run));
      },
    });
  } finally {
    await saving.catch(() => undefined);
    await feedSubscriptions.saveRun({ running: false, done, total: subscriptions.length, started, finished: new Date().toISOString(), ...(signal.aborted ? { cancelled: true } : {}) });
  }
}
