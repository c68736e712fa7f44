import type { FetchDeps, FetchLike, Sleep } from './types';

/** Reports one redirect the browser saw for a request of ours: the request's URL and where it was sent. */
export type OnRedirect = (url: string, location: string) => void;

/**
 * Subscribes to the redirects of the extension's own requests (webRequest in the extension, a fake in
 * tests); returns the unsubscribe, or undefined when the browser does not let us watch (no permission).
 */
export type ListenForRedirects = (onRedirect: OnRedirect) => (() => void) | undefined;

export interface HiddenRedirectDeps {
  fetch: FetchLike;
  listen: ListenForRedirects;
  sleep: Sleep;
  /** How long to wait for the browser's report once the fetch has answered (the two race). */
  waitMs?: number;
}

interface Watched {
  requests: number;
  location?: string;
  arrived?: () => void;
}

// A request goes out without its fragment, and the browser reports it normalised: key both the same way.
const keyOf = (url: string) => (URL.canParse(url) ? Object.assign(new URL(url), { hash: '' }).href : url);

/**
 * A fetch and a `hiddenRedirect` for fetchText that learn where an opaque redirect pointed (a browser
 * hides a manual redirect's Location from fetch, but reports it to the extension's webRequest listener).
 * The listener is subscribed only while one of our requests is in flight, and only reports of URLs we
 * are fetching are kept; nothing is kept once the request is done.
 * @example const watch = watchHiddenRedirects({ fetch, listen: webRequestRedirects, sleep: wait }); await fetchText(url, { ...deps, ...watch })
 */
export function watchHiddenRedirects(deps: HiddenRedirectDeps): Pick<FetchDeps, 'fetch' | 'hiddenRedirect'> {
  const watched = new Map<string, Watched>();
  let unsubscribe: (() => void) | undefined;
  const onRedirect: OnRedirect = (url, location) => {
    const entry = watched.get(keyOf(url));
    if (!entry) return;
    entry.location = location;
    entry.arrived?.();
  };
  const start = (key: string) => {
    if (watched.size === 0) unsubscribe = deps.listen(onRedirect);
    const entry = watched.get(key) ?? { requests: 0 };
    entry.requests++;
    watched.set(key, entry);
    return entry;
  };
  const stop = (key: string) => {
    const entry = watched.get(key);
    if (entry && --entry.requests <= 0) watched.delete(key);
    if (watched.size === 0) {
      unsubscribe?.();
      unsubscribe = undefined;
    }
  };
  return {
    async fetch(url, init) {
      const key = keyOf(url);
      start(key);
      let hidden = false;
      try {
        const response = await deps.fetch(url, init);
        hidden = response.type === 'opaqueredirect';
        return response;
      } finally {
        // An opaque redirect stays watched until hiddenRedirect has taken its Location.
        if (!hidden) stop(key);
      }
    },
    async hiddenRedirect(url) {
      const key = keyOf(url);
      const entry = watched.get(key);
      if (!entry) return undefined;
      try {
        if (entry.location === undefined && unsubscribe) {
          const timer = new AbortController();
          entry.arrived = () => timer.abort();
          await deps.sleep(deps.waitMs ?? 1_000, timer.signal).catch(() => {});
          entry.arrived = undefined;
        }
        return entry.location;
      } finally {
        stop(key);
      }
    },
  };
}
