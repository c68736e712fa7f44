import { describe, expect, it } from 'vitest';
import { mergeSubscriptions } from '../../../lib/feeds/merge-subscriptions';

const a = { feedUrl: 'https://a.test/rss', title: 'Renamed by the reader' };

describe('mergeSubscriptions', () => {
  it.each([
    ['a new feed is added at the end', [a], [{ feedUrl: 'https://b.test/atom' }], ['https://a.test/rss', 'https://b.test/atom'], 1],
    ['a feed already kept stays as the reader named it', [a], [{ feedUrl: 'https://a.test/rss', title: 'OPML name' }], ['https://a.test/rss'], 0],
    ['the same feed twice in one import is added once', [], [{ feedUrl: 'https://b.test/atom' }, { feedUrl: 'https://b.test/atom' }], ['https://b.test/atom'], 1],
    ['addresses that are not http(s) are left out', [], [{ feedUrl: 'javascript:alert(1)' }, { feedUrl: 'feed' }, { feedUrl: 'ftp://c.test/rss' }], [], 0],
  ])('%s', (_name, kept, incoming, urls, added) => {
    const merged = mergeSubscriptions(kept, incoming);
    expect(merged.subscriptions.map((s) => s.feedUrl)).toEqual(urls);
    expect(merged.added).toBe(added);
    if (kept.length) expect(merged.subscriptions[0]).toBe(a);
  });
});
