import { browser } from 'wxt/browser';
import { createHostQueue } from '../../lib/feeds/create-host-queue';
import { exportOpml } from '../../lib/feeds/export-opml';
import { FEED_CATALOGUE } from '../../lib/feeds/feed-catalogue';
import { NETWORK_RULES } from '../../lib/feeds/network-rules';
import { readFeedAddress } from '../../lib/feeds/read-feed-address';
import { wait } from '../../lib/feeds/wait';
import { originPermission } from '../../lib/sources/origin-permission';
import type { FeedsDeps } from '../FeedsSettings';
import { downloadParts } from './download';
import { FEED_KEYS, feedSubscriptions } from './feed-subscriptions';
import { optionalApis } from './origin-access';
import { WEB_FETCH } from './web-fetch';
import { CANCEL_REFRESH_MESSAGE, REFRESH_MESSAGE } from './refresh-message';

// The options page's own politeness queue, for the addresses the reader types.
const queue = createHostQueue({ sleep: wait, now: Date.now, delayMs: NETWORK_RULES.hostDelayMs });
const WATCHED: readonly string[] = Object.values(FEED_KEYS);

/**
 * The options page's feeds section on the browser: subscriptions in extension storage, the sites asked
 * for as optional host permissions (one per host, never all sites) with `alarms` in the same prompt,
 * addresses read under the network rules with the page's DOMParser, "Refresh now" sent to the background.
 * @example render(<FeedsSettings deps={FEEDS_CONTROL} />, root)
 */
export const FEEDS_CONTROL: FeedsDeps = {
  catalogue: FEED_CATALOGUE,
  list: () => feedSubscriptions.list(),
  statuses: () => feedSubscriptions.statuses(),
  run: () => feedSubscriptions.run(),
  watch(changed) {
    const listener = (changes: Record<string, unknown>, area: string) => void (area === 'local' && WATCHED.some((key) => key in changes) && changed());
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
  requestAccess: (urls) => {
    const origins = [...new Set(urls.map(originPermission).filter((o): o is string => o !== undefined))];
    // alarms for the schedule, webRequest to see where a feed redirects: in the same prompt as the sites.
    return browser.permissions.request({ origins, permissions: optionalApis(['alarms', 'webRequest']) });
  },
  hasAccess: async (url) => {
    const origin = originPermission(url);
    return origin !== undefined && browser.permissions.contains({ origins: [origin] });
  },
  subscribe: (subscriptions) => feedSubscriptions.add(subscriptions),
  unsubscribe: (feedUrl) => feedSubscriptions.remove(feedUrl),
  readAddress: (url) =>
    readFeedAddress(url, {
      ...WEB_FETCH,
      queue,
      sleep: wait,
      parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
    }),
  refreshNow: async () => {
    await browser.runtime.sendMessage(REFRESH_MESSAGE);
  },
  cancelRefresh: async () => {
    await browser.runtime.sendMessage(CANCEL_REFRESH_MESSAGE);
  },
  exportOpml: async () => exportOpml(await feedSubscriptions.list()),
  download: downloadParts,
};
