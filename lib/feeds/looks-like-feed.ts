/** Content types no feed is served as: an answer of one of these is a page, a picture or a download. */
const NOT_FEED_TYPES = /^(image|audio|video|font)\/|^application\/(pdf|zip|octet-stream|json|javascript)/i;

/**
 * Whether a response may be a feed, before parsing: XML-shaped text (a BOM, comments and a prolog allowed)
 * that is not an HTML page. Content types lie both ways (feeds served as text/html, pages as text/xml), so
 * the text decides, and the type only rules out what cannot be XML at all.
 * @example looksLikeFeed('<?xml version="1.0"?><rss version="2.0">…', 'text/html') // -> true
 * @example looksLikeFeed('<!DOCTYPE html><html>…', 'application/rss+xml') // -> false
 */
export function looksLikeFeed(text: string, contentType: string): boolean {
  if (NOT_FEED_TYPES.test(contentType.trim())) return false;
  const start = text.replace(/^\uFEFF/, '').trimStart().slice(0, 2048);
  if (!start.startsWith('<')) return false;
  const afterProlog = start.replace(/^<\?xml[^>]*\?>\s*/i, '').replace(/^(<!--[\s\S]*?-->\s*|<\?[\s\S]*?\?>\s*)*/, '');
  return !/^<!doctype\s+html|^<html[\s>]/i.test(afterProlog);
}
