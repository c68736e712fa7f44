import { collectFeed } from './collect-feed';
import { createHostQueue } from './create-host-queue';
import { NETWORK_RULES } from './network-rules';
import type { CollectDeps, FeedStatus, Subscription } from './types';

/** Feeds read at once by default: different hosts in parallel, one host always one request at a time. */
const DEFAULT_CONCURRENCY = 4;

/**
 * Collects many feeds in one run with one politeness queue: up to `concurrency` feeds at once, each
 * feed's items in order, progress reported per feed and per item. Cancelling (deps.signal) stops the
 * run between requests; feeds not started report 'cancelled'. Statuses come back in subscription order.
 * @example const statuses = await collectFeeds(subscriptions, { fetch, isGranted, parseHtml, sink, now: Date.now, sleep: wait, onProgress: console.log })
 * statuses.map((s) => `${s.outlet}: ${s.message}`) // -> ['BBC News: 12 new articles; 30 already kept', 'Le Monde: blocked (403)']
 */
export async function collectFeeds(subscriptions: readonly Subscription[], deps: CollectDeps): Promise<FeedStatus[]> {
  const queue = deps.queue ?? createHostQueue({ sleep: deps.sleep, now: deps.now, delayMs: deps.rules?.hostDelayMs ?? NETWORK_RULES.hostDelayMs });
  const shared: CollectDeps = { ...deps, queue };
  const statuses: FeedStatus[] = new Array(subscriptions.length);
  let next = 0;
  const worker = async () => {
    while (next < subscriptions.length) {
      const index = next++;
      const subscription = subscriptions[index] as Subscription;
      deps.onProgress?.({ type: 'feed-start', feedUrl: subscription.feedUrl, index, total: subscriptions.length });
      statuses[index] = await collectFeed(subscription, shared);
    }
  };
  const workers = Math.max(1, Math.min(deps.concurrency ?? DEFAULT_CONCURRENCY, subscriptions.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return statuses;
}
