/**
 * True when `url` is on one of the excluded sites or a subdomain of one ("example.com" covers
 * "news.example.com", not "badexample.com").
 * @example isExcludedSite('https://news.example.com/a', ['example.com']) // -> true
 */
export function isExcludedSite(url: string, sites: readonly string[]): boolean {
  if (!URL.canParse(url)) return false;
  const host = new URL(url).hostname;
  return sites.some((site) => host === site || host.endsWith(`.${site}`));
}
