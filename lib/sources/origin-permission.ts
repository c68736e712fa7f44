/**
 * The host permission that lets the extension fetch `url`: its scheme and host name with any path,
 * without the port. Firefox refuses match patterns with a port, and Chrome ignores ports when it
 * compares a pattern without one, so one pattern per host works in both.
 * @example originPermission('https://www.example.com:8443/news/a?x=1') // -> 'https://www.example.com/*'
 * @example originPermission('ftp://example.com/a') // -> undefined
 */
export function originPermission(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const { protocol, hostname } = new URL(url);
  if (protocol !== 'https:' && protocol !== 'http:') return undefined;
  return hostname ? `${protocol}//${hostname}/*` : undefined;
}
