/** The sites a list names, as host names, and the lines that name none. */
export interface SiteList {
  sites: string[];
  invalid: string[];
}

/** A dotted host name (its last label not all digits), localhost, or an IPv4 address. */
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]*[a-z][a-z0-9-]*$|^localhost$|^(\d{1,3}\.){3}\d{1,3}$/;

/**
 * Reads the reader's list of sites (one per line or comma-separated; a full address, "www." or a bare
 * host all work) into lower-case host names without "www.", each once, in the order given.
 * @example parseSiteList('https://www.Example.com/news\nbank.test, nope') // -> { sites: ['example.com', 'bank.test'], invalid: ['nope'] }
 */
export function parseSiteList(text: string): SiteList {
  const sites: string[] = [];
  const invalid: string[] = [];
  for (const raw of text.split(/[\n,]/)) {
    const entry = raw.trim();
    if (!entry) continue;
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(entry) ? entry : `https://${entry}`;
    const host = URL.canParse(withScheme) ? new URL(withScheme).hostname.replace(/^www\./, '') : '';
    if (!HOST.test(host)) invalid.push(entry);
    else if (!sites.includes(host)) sites.push(host);
  }
  return { sites, invalid };
}
