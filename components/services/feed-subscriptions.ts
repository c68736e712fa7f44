import { browser } from 'wxt/browser';
import { mergeSubscriptions } from '../../lib/feeds/merge-subscriptions';
import type { FeedStatus, Subscription } from '../../lib/feeds/types';

/** storage.local keys: the options page reads them, the background writes statuses and the run. */
export const FEED_KEYS = { subscriptions: 'feedSubscriptions', statuses: 'feedStatuses', run: 'feedRun' } as const;

/** A refresh under way (or the last one): what the options page's progress bar shows. */
export interface FeedRun {
  running: boolean;
  /** Feeds finished, of `total`. */
  done: number;
  total: number;
  started: string;
  finished?: string;
  /** The reader stopped it: the feeds not read keep their last status. */
  cancelled?: boolean;
}

const read = async <T>(key: string, fallback: T): Promise<T> => ((await browser.storage.local.get(key))[key] as T | undefined) ?? fallback;

/**
 * The reader's feed subscriptions and each feed's last status, kept in extension storage (on this
 * device only) where the options page and the background both see them.
 * @example await feedSubscriptions.add([{ feedUrl: 'https://coast.test/rss.xml', outlet: 'Coast News' }]) // -> 1
 */
export const feedSubscriptions = {
  list: () => read<Subscription[]>(FEED_KEYS.subscriptions, []),

  /** Adds feeds not yet subscribed; returns how many were new. */
  async add(incoming: readonly Subscription[]): Promise<number> {
    const { subscriptions, added } = mergeSubscriptions(await this.list(), incoming);
    if (added) await browser.storage.local.set({ [FEED_KEYS.subscriptions]: subscriptions });
    return added;
  },

  /** Drops a feed and its status (the articles it gave stay in the corpus). */
  async remove(feedUrl: string): Promise<void> {
    const statuses = await this.statuses();
    delete statuses[feedUrl];
    await browser.storage.local.set({ [FEED_KEYS.subscriptions]: (await this.list()).filter((s) => s.feedUrl !== feedUrl), [FEED_KEYS.statuses]: statuses });
  },

  statuses: () => read<Record<string, FeedStatus>>(FEED_KEYS.statuses, {}),

  /** Keeps one feed's status from a run, beside the others. */
  async saveStatus(status: FeedStatus): Promise<void> {
    await browser.storage.local.set({ [FEED_KEYS.statuses]: { ...(await this.statuses()), [status.feedUrl]: status } });
  },

  run: () => read<FeedRun | undefined>(FEED_KEYS.run, undefined),

  saveRun: (run: FeedRun) => browser.storage.local.set({ [FEED_KEYS.run]: run }),
};
