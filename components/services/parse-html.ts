import { parseHtml as linkedomParseHtml } from '../../scripts/cli/parse-html';
import type { ParseHtml } from '../../lib/feeds/types';

/**
 * HTML to an inert Document for extraction: the page's DOMParser where there is one (Firefox's
 * background page), else linkedom, the parser the CLI uses, in Chrome's service worker, which has no DOM
 * (README, "Feeds": measured against an offscreen document). Nothing parsed here runs or loads.
 * @example classifyPage(parseHtml(html, url), url)
 */
export const parseHtml: ParseHtml = (html, url) => (typeof DOMParser === 'function' ? new DOMParser().parseFromString(html, 'text/html') : linkedomParseHtml(html, url));
