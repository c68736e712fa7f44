import { browser } from 'wxt/browser';
import type { FetchDeps } from '../../lib/feeds/types';
import { wait } from '../../lib/feeds/wait';
import { watchHiddenRedirects, type ListenForRedirects } from '../../lib/feeds/watch-hidden-redirects';
import { hasOriginAccess } from './origin-access';

interface RedirectDetails {
  url: string;
  redirectUrl: string;
  /** Chrome: the origin that made the request. */
  initiator?: string;
  /** Firefox: the document or worker that made the request. */
  originUrl?: string;
}

/**
 * The redirects of this extension's own requests, from webRequest (an optional permission, asked for with
 * the first feed or link): a browser hides a manual redirect's Location from fetch, but not from the
 * extension that made the request. Reports of anyone else's requests (the reader's own browsing of a
 * granted site) are dropped unread. Undefined without the permission.
 */
const ownRedirects: ListenForRedirects = (onRedirect) => {
  const event = (browser as { webRequest?: typeof browser.webRequest }).webRequest?.onBeforeRedirect;
  if (!event) return undefined;
  const base = browser.runtime.getURL('/');
  const listener = (details: RedirectDetails) => {
    // Chrome's initiator is the bare origin, Firefox's originUrl a page of it: both start our base URL with a slash added.
    const from = details.initiator ?? details.originUrl;
    if (from !== undefined && `${from}/`.startsWith(base)) onRedirect(details.url, details.redirectUrl);
  };
  try {
    event.addListener(listener as Parameters<typeof event.addListener>[0], { urls: ['<all_urls>'] });
  } catch {
    return undefined;
  }
  return () => event.removeListener(listener as Parameters<typeof event.removeListener>[0]);
};

/**
 * The extension's requests to the web, for fetchText: the browser's fetch (called with exactly the init
 * fetchText builds: GET, no credentials, no Referer, manual redirects), hidden redirects read from
 * webRequest, and each origin checked against the reader's grants. One instance per context, shared by
 * feeds, links and addresses.
 * @example await fetchText(url, { ...WEB_FETCH, queue, sleep: wait })
 */
export const WEB_FETCH: Pick<FetchDeps, 'fetch' | 'hiddenRedirect' | 'isGranted'> = {
  ...watchHiddenRedirects({ fetch: (url, init) => fetch(url, init), listen: ownRedirects, sleep: wait }),
  isGranted: (origin) => hasOriginAccess(`${origin}/`),
};
