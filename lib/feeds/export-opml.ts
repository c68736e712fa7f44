import { generateOpml } from 'feedsmith';
import type { Subscription } from './types';

/**
 * Writes subscriptions as an OPML 2.0 reading list any feed reader imports. Every name and URL is
 * escaped by the generator (attributes as entities, the title as CDATA), so a feed called `A "&" <B>`
 * round-trips as text; categories go into the standard `category` attribute as slash paths.
 * @example exportOpml([{ feedUrl: 'https://example.com/feed?a=1&b=2', title: 'Example' }], 'My feeds')
 * // -> '<?xml version="1.0" encoding="utf-8"?>\n<opml version="2.0">…<outline text="Example" type="rss" xmlUrl="https://example.com/feed?a=1&amp;b=2" …/>…'
 */
export function exportOpml(subscriptions: readonly Subscription[], title = 'Outlet Diff feeds'): string {
  const outlines = subscriptions.map((s) => {
    const name = s.title ?? s.outlet ?? (URL.canParse(s.feedUrl) ? new URL(s.feedUrl).host : s.feedUrl);
    const outline: { text: string; title: string; type: string; xmlUrl: string; htmlUrl?: string; category?: string } = { text: name, title: name, type: 'rss', xmlUrl: s.feedUrl };
    if (s.siteUrl) outline.htmlUrl = s.siteUrl;
    if (s.categories?.length) outline.category = s.categories.map((c) => `/${c}`).join(',');
    return outline;
  });
  return generateOpml({ head: { title }, body: { outlines } });
}
