import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { FEED_ALARM, syncFeedSchedule } from '../components/services/feed-schedule';
import { FEED_KEYS } from '../components/services/feed-subscriptions';
import { refreshFeeds } from '../components/services/refresh-feeds';
import { isRefreshMessage } from '../components/services/refresh-message';

// Wiring only: the alarm and "Refresh now" run the collector; the schedule follows the subscriptions.
export default defineBackground(() => {
  const onAlarm = (alarm: { name: string }) => void (alarm.name === FEED_ALARM.name && refreshFeeds());
  // `alarms` is optional: its API exists only once granted, so the listener is added then too.
  const listen = () => {
    if (browser.alarms && !browser.alarms.onAlarm.hasListener(onAlarm)) browser.alarms.onAlarm.addListener(onAlarm);
  };
  listen();
  browser.permissions.onAdded.addListener(() => {
    listen();
    void syncFeedSchedule();
  });
  browser.storage.onChanged.addListener((changes, area) => void (area === 'local' && FEED_KEYS.subscriptions in changes && syncFeedSchedule()));
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isRefreshMessage(message)) return undefined;
    // The answer is the run's statuses; the options page follows progress through storage meanwhile.
    return refreshFeeds();
  });
  browser.runtime.onStartup.addListener(() => void syncFeedSchedule());
});
