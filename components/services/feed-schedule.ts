import { browser } from 'wxt/browser';
import { feedSubscriptions } from './feed-subscriptions';

/** The alarm's name, and how often it fires: every 30 minutes, as the issue asks. */
export const FEED_ALARM = { name: 'refresh-feeds', periodInMinutes: 30 } as const;

/**
 * Keeps the refresh alarm in step with the subscriptions: set when there are feeds and the reader
 * granted `alarms` (asked with the first subscription), cleared when there are none. An alarm already
 * set is left alone, so opening a page does not push the next refresh back.
 * @example await syncFeedSchedule() // -> 'set' | 'kept' | 'cleared' | 'no-permission'
 */
export async function syncFeedSchedule(): Promise<'set' | 'kept' | 'cleared' | 'no-permission'> {
  if (!(await browser.permissions.contains({ permissions: ['alarms'] })) || !browser.alarms) return 'no-permission';
  if (!(await feedSubscriptions.list()).length) {
    await browser.alarms.clear(FEED_ALARM.name);
    return 'cleared';
  }
  if (await browser.alarms.get(FEED_ALARM.name)) return 'kept';
  await browser.alarms.create(FEED_ALARM.name, { periodInMinutes: FEED_ALARM.periodInMinutes, delayInMinutes: 1 });
  return 'set';
}
