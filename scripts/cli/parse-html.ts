import { parseHTML } from 'linkedom';
import type { ParseHtml } from '../../lib/feeds/types';

/**
 * linkedom as the collector's DOM parser in Node (the CLI, the bench, the tests): an inert document
 * (nothing in it runs or loads). A fragment such as a feed item's content is wrapped in a document first.
 * @example parseHtml('<p>Body</p>', 'https://example.com/a').body.textContent // -> 'Body'
 */
export const parseHtml: ParseHtml = (html) => parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
