import { describe, expect, it } from 'vitest';
import { catalogueSubscriptions } from '../../../lib/feeds/catalogue-subscriptions';
import { FEED_CATALOGUE } from '../../../lib/feeds/feed-catalogue';

describe('catalogueSubscriptions', () => {
  it('one subscription per feed of each outlet not dropped, under the outlet name', () => {
    const all = catalogueSubscriptions();
    const live = FEED_CATALOGUE.filter((e) => e.status !== 'dropped');
    expect(all.length).toBe(live.reduce((n, e) => n + e.feeds.length, 0));
    expect(new Set(all.map((s) => s.outlet))).toEqual(new Set(live.map((e) => e.outlet)));
  });

  it.each([
    ['a chosen outlet', ['bbc-news'], 3],
    ['two outlets', ['bbc-news', 'le-monde'], 5],
    ['a dropped outlet is never offered', ['reuters'], 0],
    ['an unknown id', ['no-such-outlet'], 0],
  ])('%s', (_name, ids, count) => {
    expect(catalogueSubscriptions(ids).length).toBe(count);
  });

  it('carries the site and the country and language as categories', () => {
    expect(catalogueSubscriptions(['le-monde'])[0]).toMatchObject({ outlet: 'Le Monde', siteUrl: 'https://www.lemonde.fr', categories: ['FR', 'fr'] });
  });
});
