/**
 * Popup time in Chromium and in Firefox, side by side: the built extension in Debian's Chromium
 * (.output/chrome-mv3) and Firefox ESR (.output/firefox-mv3), each driven by its launcher of the browser
 * tests' harness (fixture server, the real popup opened by a toolbar click), on a ~1,000-word page on
 * the corpus story (popup-page.ts), 5 times each in a fresh profile. Prints the median, min and max of
 * toolbar click -> settled popup state as the driver sees it, and of the popup's own `od:text-to-screen`
 * measure (page text arrived -> first comparison painted). A browser whose build or binary is missing
 * is skipped, in one line.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { byTestId } from '../../tests/browser/dom-contract';
import { FIREFOX_EXTENSION_DIR, FirefoxSession, waitForPopupState as waitInFirefox } from '../../tests/browser/firefox-harness';
import { EXTENSION_DIR, ExtensionSession, waitForPopupState as waitInChromium } from '../../tests/browser/harness';
import type { BrowserSession } from '../../tests/browser/browser-session';
import type { DynamicRoute } from '../../tests/browser/server';
import { BENCH_PAGE_PATH, benchPage } from './popup-page';

const RUNS = 5;

/** One run: opens the page, clicks the toolbar button, and reports what the popup showed. */
interface PopupRun {
  /** Toolbar click -> settled popup state, in ms. */
  clickToSettled: number;
  state: string;
  /** The popup's od:text-to-screen measure, in ms. */
  textToScreen: number;
  groups: number;
}

/** How one browser is started and timed; `run` does one timed toolbar click on the bench page. */
interface PopupDriver {
  name: string;
  /** Why the browser cannot be timed here, or undefined when it can. */
  missing: () => string | undefined;
  launch: (routes: Record<string, DynamicRoute>) => Promise<BrowserSession & { run(): Promise<PopupRun> }>;
}

const lastMeasure = () => performance.getEntriesByName('od:text-to-screen').at(-1)?.duration ?? 0;
const groupCount = (selector: string) => document.querySelectorAll(selector).length;

const chromiumDriver: PopupDriver = {
  name: 'Chromium',
  missing: () => {
    const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) return `no build at ${EXTENSION_DIR} (run npm run build first)`;
    return existsSync(path) ? undefined : `Chromium not found at ${path} (set CHROMIUM_PATH; apt-get install chromium)`;
  },
  launch: async (routes) => {
    const session = await ExtensionSession.launch({ routes });
    return Object.assign(session, {
      run: async (): Promise<PopupRun> => {
        const tab = await session.open(BENCH_PAGE_PATH);
        const started = performance.now();
        const popup = await session.openPopupFor(tab);
        const state = await waitInChromium(popup, ['this-article', 'ready']);
        const clickToSettled = performance.now() - started;
        // The measure ends once the first comparison is painted (an effect after render).
        await popup.waitForFunction(() => performance.getEntriesByName('od:text-to-screen').length > 0, undefined, { timeout: 10_000 });
        const result = { clickToSettled, state, textToScreen: await popup.evaluate(lastMeasure), groups: await popup.evaluate(groupCount, byTestId('group')) };
        await popup.close();
        await tab.close();
        return result;
      },
    });
  },
};

const firefoxDriver: PopupDriver = {
  name: 'Firefox',
  missing: () => {
    const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
    if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) return `no build at ${FIREFOX_EXTENSION_DIR} (run npm run build first)`;
    return existsSync(path) ? undefined : `Firefox not found at ${path} (set FIREFOX_PATH; apt-get install firefox-esr)`;
  },
  launch: async (routes) => {
    const session = await FirefoxSession.launch({ routes });
    return Object.assign(session, {
      run: async (): Promise<PopupRun> => {
        const tab = await session.open(BENCH_PAGE_PATH);
        const started = performance.now();
        const popup = await session.openPopupFor(tab);
        const state = await waitInFirefox(popup, ['this-article', 'ready']);
        const clickToSettled = performance.now() - started;
        const textToScreen = await popup.waitFor(lastMeasure, 10_000);
        const result = { clickToSettled, state, textToScreen, groups: await popup.evaluate(groupCount, byTestId('group')) };
        await popup.close();
        await tab.close();
        return result;
      },
    });
  },
};

/**
 * "median 457 ms, min 427 ms, max 862 ms (457, 427, …)" for a list of timings.
 * @example summary([3, 1, 2]) // -> 'median 2 ms, min 1 ms, max 3 ms (3, 1, 2)'
 */
export function summary(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, min ${sorted[0]!.toFixed(0)} ms, max ${sorted[sorted.length - 1]!.toFixed(0)} ms (${values.map((v) => v.toFixed(0)).join(', ')})`;
}

/** Times RUNS toolbar clicks in one browser; fails when the popup shows no comparison or a request leaves 127.0.0.1. */
async function timeBrowser(driver: PopupDriver, routes: Record<string, DynamicRoute>): Promise<PopupRun[]> {
  const session = await driver.launch(routes);
  const runs: PopupRun[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const run = await session.run();
      if (run.groups === 0) throw new Error(`${driver.name}: the popup showed no comparison groups`);
      runs.push(run);
    }
    if (session.offHostRequests().length) throw new Error(`${driver.name}: requests left 127.0.0.1: ${session.offHostRequests().map((r) => r.url).join(', ')}`);
  } finally {
    await session.close();
  }
  return runs;
}

export async function benchPopup(): Promise<void> {
  const out = (line: string) => void process.stdout.write(line + '\n');
  const page = benchPage();
  const routes = { [BENCH_PAGE_PATH]: { type: 'text/html; charset=utf-8', body: () => page.html } };
  const timed: [string, PopupRun[]][] = [];
  for (const driver of [chromiumDriver, firefoxDriver]) {
    const missing = driver.missing();
    if (missing) out(`popup in ${driver.name}: skipped: ${missing}`);
    else timed.push([driver.name, await timeBrowser(driver, routes)]);
  }
  if (!timed.length) return;
  out(`popup on a ${page.words}-word page on the corpus story (corpus articles 004 + 002 + part of 000), ${RUNS} runs per browser, each browser in a fresh profile:`);
  for (const [name, runs] of timed) out(`  ${name.padEnd(8)} popup state: ${[...new Set(runs.map((r) => r.state))].join(', ')}`);
  out('  toolbar click -> settled popup state (opening the popup and reading the page included):');
  for (const [name, runs] of timed) out(`    ${name.padEnd(8)} ${summary(runs.map((r) => r.clickToSettled))}`);
  out('  popup time from text to comparison (od:text-to-screen):');
  for (const [name, runs] of timed) out(`    ${name.padEnd(8)} ${summary(runs.map((r) => r.textToScreen))}`);
}
