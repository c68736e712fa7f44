import { resolveUrl } from './resolve-url';
import type { DiscoveredFeed, FeedFormat } from './types';

/** The link types a page uses to announce its feeds, and the format each names. */
const FEED_TYPES: Readonly<Record<string, FeedFormat>> = {
  'application/rss+xml': 'rss',
  'application/atom+xml': 'atom',
  'application/rdf+xml': 'rdf',
};

/**
 * The feeds a site page announces with `<link rel="alternate" type="application/rss+xml|atom+xml|rdf+xml">`,
 * their hrefs resolved against the page URL (and a `<base href>`), each once, in page order. The page is
 * only read through the DOM (passed in, parsed by the caller), never rendered.
 * @example discoverFeeds(parseHtml('<link rel="alternate" type="application/rss+xml" href="/feed" title="News">'), 'https://example.com/')
 * // -> [{ url: 'https://example.com/feed', title: 'News', format: 'rss' }]
 */
export function discoverFeeds(doc: Document, pageUrl: string): DiscoveredFeed[] {
  const base = resolveUrl(doc.querySelector('base[href]')?.getAttribute('href') ?? undefined, pageUrl) ?? pageUrl;
  const found = new Map<string, DiscoveredFeed>();
  for (const link of Array.from(doc.querySelectorAll('link[rel][href][type]'))) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const format = FEED_TYPES[(link.getAttribute('type') ?? '').trim().toLowerCase().split(';')[0] as string];
    if (!rels.includes('alternate') || !format) continue;
    const url = resolveUrl(link.getAttribute('href') ?? undefined, base);
    if (!url || found.has(url)) continue;
    const title = link.getAttribute('title')?.trim();
    found.set(url, title ? { url, title, format } : { url, format });
  }
  return [...found.values()];
}
