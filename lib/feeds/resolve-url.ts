/**
 * An item's or page's link as an absolute http(s) URL, resolved against each base in turn (xml:base, the
 * feed's site link, the feed URL): the first base that makes it absolute wins. Other schemes
 * (javascript:, data:, mailto:) and unparseable text give undefined: such a link is never fetched or kept.
 * @example resolveUrl('/news/1', 'https://example.com/feed.xml') // -> 'https://example.com/news/1'
 * @example resolveUrl('javascript:alert(1)', 'https://example.com/') // -> undefined
 */
export function resolveUrl(href: string | undefined, ...bases: Array<string | undefined>): string | undefined {
  const text = href?.trim();
  if (!text) return undefined;
  for (const base of [undefined, ...bases]) {
    if (base !== undefined && !URL.canParse(base)) continue;
    if (!URL.canParse(text, base)) continue;
    const url = new URL(text, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  }
  return undefined;
}
