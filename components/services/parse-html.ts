import { parseHtml as linkedomParseHtml } from '../../scripts/cli/parse-html';
import type { ParseHtml } from '../../lib/feeds/types';

/** The page's own parser: Firefox's background page has a DOM. */
const domParserParseHtml: ParseHtml = (html) => new DOMParser().parseFromString(html, 'text/html');

/**
 * HTML to an inert Document for extraction. Firefox's background page has a DOM, so its build uses the
 * page's DOMParser only: `import.meta.env.FIREFOX` is a constant at build time, and the bundler drops the
 * other branch and linkedom with it (about 490 KB of the background; README, "Feeds"). Chrome's service
 * worker has no DOM: linkedom, the parser the CLI uses (measured against an offscreen document), unless
 * a DOMParser is there (the unit tests' DOM). Nothing parsed here runs or loads.
 * @example classifyPage(parseHtml(html, url), url)
 */
export const parseHtml: ParseHtml = import.meta.env.FIREFOX ? domParserParseHtml : (html, url) => (typeof DOMParser === 'function' ? domParserParseHtml(html, url) : linkedomParseHtml(html, url));
