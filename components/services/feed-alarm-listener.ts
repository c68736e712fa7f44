import { FEED_ALARM } from './feed-schedule';

/**
 * The background's `alarms.onAlarm` listener: the feeds' alarm starts a refresh, any other alarm is
 * left alone. `refresh` is passed in (the background's refreshFeeds, which joins a run already under way
 * instead of starting a second one), so the listener is tested without a browser.
 * @example browser.alarms.onAlarm.addListener(feedAlarmListener(refreshFeeds))
 */
export function feedAlarmListener(refresh: () => Promise<unknown>): (alarm: { name: string }) => void {
  return (alarm) => {
    if (alarm.name !== FEED_ALARM.name) return;
    // The run saves its own outcome (each feed's status, the run) where the options page reads it; a
    // rejection left here would only be an unhandled error in the background, with no one to tell.
    refresh().catch(() => undefined);
  };
}
