/**
 * A URL without its query string, fragment and trailing slash, in lower case: tracking parameters and
 * anchors do not make another page, so a page and a corpus article (or two saves) at the same URL meet.
 * @example canonicalUrl('https://Example.com/story/?utm_source=x#top') // -> 'https://example.com/story'
 */
export function canonicalUrl(url: string | undefined): string | undefined {
  return url?.replace(/[?#].*$/, '').replace(/\/+$/, '').toLowerCase() || undefined;
}
