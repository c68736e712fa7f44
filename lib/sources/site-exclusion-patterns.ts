/**
 * The match patterns that keep a content script off the reader's excluded sites: each site and all its
 * subdomains, over http and https (the browsers' `excludeMatches`).
 * @example siteExclusionPatterns(['example.com']) // -> ['*://example.com/*', '*://*.example.com/*']
 */
export function siteExclusionPatterns(sites: readonly string[]): string[] {
  return sites.flatMap((site) => [`*://${site}/*`, `*://*.${site}/*`]);
}
