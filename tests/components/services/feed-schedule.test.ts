import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FEED_ALARM, syncFeedSchedule } from '../../../components/services/feed-schedule';
import { feedSubscriptions } from '../../../components/services/feed-subscriptions';

let alarmsGranted = true;
beforeEach(() => {
  fakeBrowser.reset();
  alarmsGranted = true;
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ permissions = [] }) => !permissions.includes('alarms') || alarmsGranted);
});

describe('syncFeedSchedule', () => {
  it('sets the 30-minute alarm with the first feed, keeps it after, and clears it with the last', async () => {
    expect(await syncFeedSchedule()).toBe('cleared');
    await feedSubscriptions.add([{ feedUrl: 'https://coast.test/rss.xml' }]);
    expect(await syncFeedSchedule()).toBe('set');
    expect((await fakeBrowser.alarms.get(FEED_ALARM.name))?.periodInMinutes).toBe(30);
    expect(await syncFeedSchedule()).toBe('kept');
    await feedSubscriptions.remove('https://coast.test/rss.xml');
    expect(await syncFeedSchedule()).toBe('cleared');
    expect(await fakeBrowser.alarms.get(FEED_ALARM.name)).toBeUndefined();
  });

  it('sets nothing while the reader has not granted alarms', async () => {
    alarmsGranted = false;
    await feedSubscriptions.add([{ feedUrl: 'https://coast.test/rss.xml' }]);
    expect(await syncFeedSchedule()).toBe('no-permission');
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });
});
