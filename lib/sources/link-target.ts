import { isRestrictedUrl } from '../ui/is-restricted-url';
import { originPermission } from './origin-permission';

/** A link the reader asked to compare: where to fetch it and the host permission that allows it. */
export type LinkTarget = { ok: true; url: string; host: string; permission: string } | { ok: false; reason: 'empty' | 'not-a-web-address' };

/** "https:", "mailto:"… at the start; "example.com:8080/x" has a port, not a scheme. */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:(?!\d)/i;
/** A host a web page can be on: a dotted name, localhost, or an IP literal (one word alone is a typo, not a site). */
const WEB_HOST = /^(localhost|[^.]+(\.[^.]+)+|\[[0-9a-f:.]+\])$/i;

/**
 * What a pasted or right-clicked link points at. A bare `example.com/story` is read as https; anything
 * that is not a web page the extension could fetch (a browser page, a store page, a PDF, a file, a URL
 * carrying a password) is refused. The fragment is dropped: it never reaches the server.
 * @example linkTarget(' www.example.com/news/a#top ') // -> { ok: true, url: 'https://www.example.com/news/a', host: 'www.example.com', permission: 'https://www.example.com/*' }
 * @example linkTarget('chrome://settings') // -> { ok: false, reason: 'not-a-web-address' }
 */
export function linkTarget(input: string): LinkTarget {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, reason: 'empty' };
  const written = HAS_SCHEME.test(trimmed) ? trimmed : `https://${trimmed}`;
  if (/\s/.test(trimmed) || !URL.canParse(written)) return { ok: false, reason: 'not-a-web-address' };
  const url = new URL(written);
  url.hash = '';
  const permission = originPermission(url.href);
  if (!permission || isRestrictedUrl(url.href) || url.username || url.password || !WEB_HOST.test(url.hostname)) return { ok: false, reason: 'not-a-web-address' };
  return { ok: true, url: url.href, host: url.host, permission };
}
