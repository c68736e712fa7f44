import { TRACKING_PARAMS, TRACKING_PREFIXES } from './tracking-params';

const PARAMS = new Set(TRACKING_PARAMS);

/**
 * The form of an article URL used as its key: no fragment, no tracking parameters (utm_*, fbclid, …),
 * host lower-cased and no default port (the URL parser does both). The path and other parameters are
 * kept: `?id=12` is often the article itself. Not an http(s) URL: undefined.
 * @example canonicalUrl('https://Example.com:443/a?utm_source=rss&id=2#top') // -> 'https://example.com/a?id=2'
 */
export function canonicalUrl(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) {
    const key = name.toLowerCase();
    if (PARAMS.has(key) || TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix))) parsed.searchParams.delete(name);
  }
  return parsed.href.replace(/\?$/, '');
}
