import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { feedAlarmListener } from '../../../components/services/feed-alarm-listener';
import { FEED_ALARM } from '../../../components/services/feed-schedule';
import { feedSubscriptions } from '../../../components/services/feed-subscriptions';
import { refreshFeeds } from '../../../components/services/refresh-feeds';

const FEED = 'https://feeds.a.example/rss.xml';
const FIRED = { name: FEED_ALARM.name, scheduledTime: 0, periodInMinutes: FEED_ALARM.periodInMinutes, persistAcrossSessions: false };

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => true);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('feedAlarmListener', () => {
  it.each([
    ['the feeds alarm starts one refresh', FEED_ALARM.name, 1],
    ['another alarm starts none', 'some-other-alarm', 0],
  ])('%s', (_case, name, refreshes) => {
    const refresh = vi.fn(async () => undefined);
    feedAlarmListener(refresh)({ name });
    expect(refresh).toHaveBeenCalledTimes(refreshes);
  });

  it('a refresh that fails does not escape the listener (no unhandled rejection in the background)', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      // Not a vi.fn: a spy waits on the promise it returns, which would handle the rejection itself.
      let calls = 0;
      const refresh = () => (calls++, Promise.reject(new Error('store unavailable')));
      expect(() => feedAlarmListener(refresh)({ name: FEED_ALARM.name })).not.toThrow();
      // Node reports an unhandled rejection once the microtasks have run: a macrotask later.
      await new Promise((resolve) => setImmediate(resolve));
      expect(calls).toBe(1);
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('wired to alarms.onAlarm with refreshFeeds: the alarm firing again during a run joins it, and the feed is read once', async () => {
    await feedSubscriptions.add([{ feedUrl: FEED }]);
    let answer = () => {};
    const fetched: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      fetched.push(url);
      return new Promise<Response>((resolve) => (answer = () => resolve(new Response('gone', { status: 403 }))));
    });
    const listed = vi.spyOn(feedSubscriptions, 'list');
    fakeBrowser.alarms.onAlarm.addListener(feedAlarmListener(refreshFeeds));

    await fakeBrowser.alarms.onAlarm.trigger(FIRED);
    await vi.waitFor(() => expect(fetched).toEqual([FEED]));
    await fakeBrowser.alarms.onAlarm.trigger(FIRED);
    answer();

    await vi.waitFor(async () => expect(await feedSubscriptions.run()).toMatchObject({ running: false, done: 1, total: 1 }));
    // One run: the subscriptions were read once (a second run would read them first thing), the feed fetched once.
    expect(listed).toHaveBeenCalledTimes(1);
    expect(fetched).toEqual([FEED]);
    expect((await feedSubscriptions.statuses())[FEED]?.message).toBe('blocked (403)');
  });
});
