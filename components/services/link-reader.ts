import { createHostQueue } from '../../lib/feeds/create-host-queue';
import { fetchText } from '../../lib/feeds/fetch-text';
import { NETWORK_RULES } from '../../lib/feeds/network-rules';
import { wait } from '../../lib/feeds/wait';
import { readLink, type LinkRead } from '../../lib/sources/read-link';
import { WEB_FETCH } from './web-fetch';

// One queue for the page: two links to one host are fetched one after the other, a pause between.
const queue = createHostQueue({ sleep: wait, now: Date.now, delayMs: NETWORK_RULES.hostDelayMs });

/**
 * Fetches one linked page from an extension page, under the network rules (lib/feeds/fetch-text.ts),
 * and reads it as an article with the page's DOMParser. Only origins the reader granted are contacted:
 * the first request and every redirect are checked against the extension's permissions.
 * @example await readLinkInPage('https://example.com/news/a') // -> { ok: true, article } | { ok: false, problem: { kind: 'not-granted', … } }
 */
export function readLinkInPage(url: string): Promise<LinkRead> {
  return readLink(url, {
    fetchPage: (target) => fetchText(target, { ...WEB_FETCH, queue, sleep: wait }, 'page'),
    parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
  });
}
