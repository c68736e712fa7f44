import { createHostQueue } from '../../lib/feeds/create-host-queue';
import { fetchText } from '../../lib/feeds/fetch-text';
import { NETWORK_RULES } from '../../lib/feeds/network-rules';
import type { FetchLike } from '../../lib/feeds/types';
import { wait } from '../../lib/feeds/wait';
import { readLink, type LinkRead } from '../../lib/sources/read-link';
import { hasOriginAccess } from './origin-access';

// One queue for the page: two links to one host are fetched one after the other, a pause between.
const queue = createHostQueue({ sleep: wait, now: Date.now, delayMs: NETWORK_RULES.hostDelayMs });

// The browser's fetch, called with exactly the init fetchText builds (GET, no credentials, no Referer, manual redirects).
const browserFetch: FetchLike = (url, init) => fetch(url, init);

/**
 * Fetches one linked page from an extension page, under the network rules (lib/feeds/fetch-text.ts),
 * and reads it as an article with the page's DOMParser. Only origins the reader granted are contacted:
 * the first request and every redirect are checked against the extension's permissions.
 * @example await readLinkInPage('https://example.com/news/a') // -> { ok: true, article } | { ok: false, problem: { kind: 'not-granted', … } }
 */
export function readLinkInPage(url: string): Promise<LinkRead> {
  return readLink(url, {
    fetchPage: (target) => fetchText(target, { fetch: browserFetch, isGranted: (origin) => hasOriginAccess(`${origin}/`), queue, sleep: wait }, 'page'),
    parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
  });
}
