import { parseHTML } from 'linkedom';
import type { ParseHtml } from '../../lib/feeds/types';

/**
 * HTML to an inert Document for extraction: the page's DOMParser where there is one (Firefox's
 * background page, extension pages), linkedom in Chrome's service worker, which has no DOM (README,
 * "Feeds": measured against an offscreen document). Nothing parsed here runs or loads.
 * @example classifyPage(parseHtml(html, url), url)
 */
export const parseHtml: ParseHtml = (html) => {
  if (typeof DOMParser === 'function') return new DOMParser().parseFromString(html, 'text/html');
  // linkedom builds no <body> around a fragment (a feed item's content:encoded), as DOMParser does.
  return parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
};
