import type { Subscription } from './types';

/**
 * The reader's subscriptions with new ones added at the end, each feed address once (the one already
 * kept wins: the reader may have renamed it). Addresses that are not http(s) URLs are left out.
 * @example mergeSubscriptions([{ feedUrl: 'https://a.test/rss' }], [{ feedUrl: 'https://a.test/rss' }, { feedUrl: 'https://b.test/atom' }]).added // -> 1
 */
export function mergeSubscriptions(kept: readonly Subscription[], incoming: readonly Subscription[]): { subscriptions: Subscription[]; added: number } {
  const subscriptions = [...kept];
  const known = new Set(kept.map((s) => s.feedUrl));
  for (const subscription of incoming) {
    const ok = URL.canParse(subscription.feedUrl) && /^https?:$/.test(new URL(subscription.feedUrl).protocol);
    if (!ok || known.has(subscription.feedUrl)) continue;
    known.add(subscription.feedUrl);
    subscriptions.push(subscription);
  }
  return { subscriptions, added: subscriptions.length - kept.length };
}
