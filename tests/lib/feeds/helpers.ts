/** Test doubles for lib/feeds: a virtual clock, a fake fetch over a route table, and linkedom as the DOM parser. */
import type { FetchInit, FetchLike, FetchResponse, Sleep } from '../../../lib/feeds/types';
export { parseHtml } from '../../../scripts/cli/parse-html';

export interface FakeClock {
  now: () => number;
  sleep: Sleep;
  /** Runs `promise` to the end, moving virtual time to the next timer whenever nothing else can happen. */
  run<T>(promise: Promise<T>): Promise<T>;
}

/** Virtual time: `sleep` never waits for real, so a 20 s timeout or a 1 s politeness pause costs nothing. */
export function createFakeClock(start = Date.UTC(2026, 11, 1, 12)): FakeClock {
  let time = start;
  const timers: Array<{ at: number; resolve: () => void; done: boolean }> = [];
  const sleep: Sleep = (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = { at: time + ms, resolve, done: false };
      timers.push(timer);
      signal?.addEventListener(
        'abort',
        () => {
          if (timer.done) return;
          timer.done = true;
          reject(signal.reason);
        },
        { once: true },
      );
    });
  return {
    now: () => time,
    sleep,
    async run<T>(promise: Promise<T>): Promise<T> {
      let settled = false;
      promise.then(
        () => (settled = true),
        () => (settled = true),
      );
      while (!settled) {
        // Let every promise chain that can move, move, before time does.
        for (let i = 0; i < 5 && !settled; i++) await new Promise((r) => setImmediate(r));
        if (settled) break;
        const next = timers.filter((t) => !t.done).sort((a, b) => a.at - b.at)[0];
        if (!next) continue;
        time = Math.max(time, next.at);
        next.done = true;
        next.resolve();
      }
      return promise;
    },
  };
}

/** A body stream over chunks, or an endless one (`endless`: chunk size) that counts what was pulled. */
export function streamOf(chunks: Uint8Array[], endless?: { chunkBytes: number; pulled: { bytes: number } }): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (endless) {
        endless.pulled.bytes += endless.chunkBytes;
        controller.enqueue(new Uint8Array(endless.chunkBytes).fill(0x20));
        return;
      }
      const chunk = chunks[i++];
      if (chunk) controller.enqueue(chunk);
      else controller.close();
    },
  });
}

export interface Route {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Waits this long (virtual time) before answering. */
  delayMs?: number;
  /** An endless body of chunks of this size. */
  endlessChunkBytes?: number;
  type?: string;
}

export interface FakeFetch {
  fetch: FetchLike;
  calls: Array<{ url: string; init: FetchInit; at: number; end?: number }>;
  pulled: { bytes: number };
}

/** A fetch that answers from a table by exact URL; an unknown URL fails as a network error does. */
export function createFakeFetch(routes: Record<string, Route>, clock: FakeClock): FakeFetch {
  const calls: FakeFetch['calls'] = [];
  const pulled = { bytes: 0 };
  const fetch: FetchLike = async (url, init) => {
    const call: FakeFetch['calls'][number] = { url, init, at: clock.now() };
    calls.push(call);
    const route = routes[url];
    try {
      if (!route) throw new TypeError('fetch failed: connection refused');
      if (route.delayMs) await clock.sleep(route.delayMs, init.signal);
      const bytes = typeof route.body === 'string' ? new TextEncoder().encode(route.body) : (route.body ?? new Uint8Array(0));
      const headers = new Headers(route.headers ?? {});
      const body = route.endlessChunkBytes ? streamOf([], { chunkBytes: route.endlessChunkBytes, pulled }) : streamOf(bytes.byteLength ? [bytes] : []);
      const response: FetchResponse = { status: route.status ?? 200, type: route.type ?? 'basic', headers, body };
      return response;
    } finally {
      call.end = clock.now();
    }
  };
  return { fetch, calls, pulled };
}

/** A paragraph-rich article page (long enough to be an article). */
export function articlePage(title: string, paragraphs = 6, extraHead = ''): string {
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>${title}: paragraph ${i + 1} tells what happened in the town hall on Monday, when the council met to vote on the budget and residents spoke for hours about the plan.</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><title>${title}</title>${extraHead}</head><body><article><h1>${title}</h1>${body}</article></body></html>`;
}
