import { browser } from 'wxt/browser';

/** Runs long work and gives back what it returns, keeping its context alive meanwhile. */
export type Sustained = <T>(work: () => Promise<T>) => Promise<T>;

/**
 * How often an extension API is called during long work: Chrome stops an extension service worker after
 * 30 s without an event or an API call, and database work counts as neither.
 */
export const KEEP_ALIVE_MS = 25_000;

/**
 * Work that calls `ping` (a cheap extension API call) every `every` ms while it runs, so that Chrome does
 * not stop the background's service worker in the middle of it: an upkeep pass takes 35-140 s at 100,000
 * articles, and without the calls Chrome stopped one 30 s in (README). Firefox's event page counts them
 * too (ESR 140; without them it stopped a waiting pass at 30 s: tests/browser/firefox/links.e2e.ts). In a
 * page that stays open the calls cost nothing. The calls stop when the work ends or fails; a failed call
 * is ignored.
 * @example await keptAlive()(() => store.resumeUpkeep())
 */
export function keptAlive(ping: () => Promise<unknown> = () => browser.runtime.getPlatformInfo(), every = KEEP_ALIVE_MS): Sustained {
  return async (work) => {
    const timer = setInterval(() => void ping().catch(() => undefined), every);
    try {
      return await work();
    } finally {
      clearInterval(timer);
    }
  };
}
