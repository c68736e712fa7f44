import { describe, expect, it } from 'vitest';
import { FEED_CATALOGUE } from '../../../lib/feeds/feed-catalogue';

const entries = FEED_CATALOGUE.map((entry) => [entry.id, entry] as const);
const isHttps = (url: string) => URL.canParse(url) && new URL(url).protocol === 'https:' && !new URL(url).username;
const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text));

describe('FEED_CATALOGUE, every entry', () => {
  it.each(entries)('%s: names, country, language, status, source and dates', (_id, entry) => {
    expect(entry.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(entry.outlet.trim()).toBe(entry.outlet);
    expect(entry.outlet.length).toBeGreaterThan(1);
    expect(entry.country).toMatch(/^[A-Z]{2}$/);
    expect(entry.language).toMatch(/^[a-z]{2}(-[A-Z]{2})?$/);
    expect(['confirmed', 'unconfirmed', 'dropped']).toContain(entry.status);
    expect(entry.source.length).toBeGreaterThan(20);
    expect(isDate(entry.sourceDate)).toBe(true);
    expect(isDate(entry.checked)).toBe(true);
    expect(entry.sourceDate <= entry.checked).toBe(true);
    expect(isHttps(entry.site)).toBe(true);
    if (entry.lean) {
      expect(['left', 'centre-left', 'centre', 'centre-right', 'right']).toContain(entry.lean);
      expect(entry.leanSource).toMatch(/\S/);
    }
  });

  it.each(entries)('%s: subscribable feeds are https, or a dropped outlet has none and says why', (_id, entry) => {
    if (entry.status === 'dropped') {
      expect(entry.feeds).toEqual([]);
      expect(entry.reason?.length).toBeGreaterThan(20);
      for (const url of entry.formerFeeds ?? []) expect(URL.canParse(url)).toBe(true);
      return;
    }
    expect(entry.reason).toBeUndefined();
    expect(entry.feeds.length).toBeGreaterThan(0);
    for (const feed of entry.feeds) {
      expect(isHttps(feed.url), feed.url).toBe(true);
      expect(feed.title.trim().length).toBeGreaterThan(0);
    }
  });
});

describe('FEED_CATALOGUE, the whole table', () => {
  it('ids, outlets and feed URLs are unique', () => {
    const ids = FEED_CATALOGUE.map((e) => e.id);
    const urls = FEED_CATALOGUE.flatMap((e) => e.feeds.map((f) => f.url));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(FEED_CATALOGUE.map((e) => e.outlet)).size).toBe(FEED_CATALOGUE.length);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('the researched 59 outlets: 51 confirmed, 3 unconfirmed, 5 dropped', () => {
    const count = (status: string) => FEED_CATALOGUE.filter((e) => e.status === status).length;
    expect([FEED_CATALOGUE.length, count('confirmed'), count('unconfirmed'), count('dropped')]).toEqual([59, 51, 3, 5]);
  });

  it('spans countries and the political spectrum', () => {
    const live = FEED_CATALOGUE.filter((e) => e.status !== 'dropped');
    expect(new Set(live.map((e) => e.country)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(live.map((e) => e.lean).filter(Boolean))).toEqual(new Set(['left', 'centre-left', 'centre', 'centre-right', 'right']));
  });

  it.each(['Reuters', 'Associated Press (AP News)', 'CNN'])('%s is recorded as dropped (no working public feed)', (outlet) => {
    expect(FEED_CATALOGUE.find((e) => e.outlet === outlet)?.status).toBe('dropped');
  });
});
