import { READABLE_SCHEMES, RESTRICTED_SCHEMES, RESTRICTED_STORE_PAGES } from './restricted-url-patterns';

/**
 * True when the extension cannot read the page at `url`: browser and extension pages, the add-on stores,
 * PDF files (shown by the browser's built-in viewer, which scripts cannot enter) and anything that is
 * not an http(s) or file URL. A missing URL (the tab is not ours to see) counts as restricted too.
 * `file:` pages are readable only when the reader allowed file access; that failure is caught at injection.
 * @example isRestrictedUrl('chrome://settings') // -> true
 * @example isRestrictedUrl('https://www.bbc.co.uk/news/world-123') // -> false
 */
export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  const scheme = parsed.protocol.toLowerCase();
  if (RESTRICTED_SCHEMES.includes(scheme) || !READABLE_SCHEMES.includes(scheme)) return true;
  const page = `${parsed.hostname}${parsed.pathname}`.toLowerCase();
  if (RESTRICTED_STORE_PAGES.some((pattern) => pattern.test(page))) return true;
  return /\.pdf$/i.test(parsed.pathname);
}
