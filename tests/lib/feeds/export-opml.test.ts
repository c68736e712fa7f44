import { describe, expect, it } from 'vitest';
import { exportOpml } from '../../../lib/feeds/export-opml';
import { parseOpml } from '../../../lib/feeds/parse-opml';
import type { Subscription } from '../../../lib/feeds/types';

describe('exportOpml', () => {
  it.each<[string, Subscription]>([
    ['plain', { feedUrl: 'https://a.example/feed', title: 'A' }],
    ['a name with markup and quotes', { feedUrl: 'https://b.example/feed', title: 'B "&" <script>alert(1)</script> \'q\'' }],
    ['a CDATA terminator in a name', { feedUrl: 'https://c.example/feed', title: 'C ]]> D' }],
    ['query string with &', { feedUrl: 'https://d.example/feed?a=1&b=2', title: 'D' }],
    ['site URL and categories', { feedUrl: 'https://e.example/feed', title: 'E', siteUrl: 'https://e.example/', categories: ['News/World', 'Politics'] }],
  ])('%s: escaped, and reads back the same', (_name, subscription) => {
    const xml = exportOpml([subscription], 'Title <&>');
    expect(xml).not.toContain('<script>');
    const back = parseOpml(xml);
    expect(back).toMatchObject({ ok: true, title: 'Title <&>', subscriptions: [subscription] });
  });

  it('names an untitled feed by its outlet, else its host', () => {
    const xml = exportOpml([{ feedUrl: 'https://x.example/f', outlet: 'Example' }, { feedUrl: 'https://y.example/f' }]);
    expect(parseOpml(xml)).toMatchObject({ ok: true, subscriptions: [{ title: 'Example' }, { title: 'y.example' }] });
  });
});
