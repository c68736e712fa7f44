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
import type { Page as ChromiumPage } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { byTestId } from '../../tests/browser/dom-contract';
import { FIREFOX_EXTENSION_DIR, FirefoxSession, firefoxPath, waitForPopupState as waitInFirefox, type ToolbarPopup } from '../../tests/browser/firefox-harness';
import { chromiumPath, EXTENSION_DIR, ExtensionSession, waitForPopupState as waitInChromium } from '../../tests/browser/harness';
import type { BrowserSession } from '../../tests/browser/browser-session';
import type { DynamicRoute } from '../../tests/browser/server';
import { BENCH_PAGE_PATH, benchPage } from './popup-page';

const RUNS = 5;

/** One run: what the popup showed and how long it took. */
interface PopupRun {
  /** Toolbar click -> settled popup state, in ms. */
  clickToSettled: number;
  state: string;
  /** The popup's od:text-to-screen measure, in ms. */
  textToScreen: number;
  groups: number;
}

/** The steps of one run in one browser, each through that browser's launcher. */
interface PopupSteps<Tab, Popup> {
  /** The bench page in a new tab. */
  open(): Promise<Tab>;
  /** The toolbar click; resolves with the popup once it is there. */
  click(tab: Tab): Promise<Popup>;
  /** Waits for the settled popup state and returns it. */
  settle(popup: Popup): Promise<string>;
  /** The popup's od:text-to-screen measure (once painted) and how many comparison groups it shows. */
  read(popup: Popup): Promise<{ textToScreen: number; groups: number }>;
  close(tab: Tab, popup: Popup): Promise<void>;
}

/** How one browser is started; `missing` says why it cannot be timed here, if it cannot. */
interface PopupDriver {
  name: string;
  missing: () => string | undefined;
  /** The browser with the bench page served, and one timed run in it (timeRun over its steps). */
  launch: (routes: Record<string, DynamicRoute>) => Promise<{ session: BrowserSession; run: () => Promise<PopupRun> }>;
}

/** Why a browser cannot be timed: its build or its binary is missing (the launcher's own message). */
function whyNot(buildDir: string, findBinary: () => string): string | undefined {
  if (!existsSync(join(buildDir, 'manifest.json'))) return `no build at ${buildDir} (run npm run build first)`;
  try {
    findBinary();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

const lastMeasure = () => performance.getEntriesByName('od:text-to-screen').at(-1)?.duration ?? 0;
const groupCount = (selector: string) => document.querySelectorAll(selector).length;

const chromiumDriver: PopupDriver = {
  name: 'Chromium',
  missing: () => whyNot(EXTENSION_DIR, chromiumPath),
  launch: async (routes) => {
    const session = await ExtensionSession.launch({ routes });
    const steps: PopupSteps<ChromiumPage, ChromiumPage> = {
      open: () => session.open(BENCH_PAGE_PATH),
      click: (tab) => session.openPopupFor(tab),
      settle: (popup) => waitInChromium(popup, ['this-article', 'ready']),
      read: async (popup) => {
        // The measure ends once the first comparison is painted (an effect after render).
        await popup.waitForFunction(() => performance.getEntriesByName('od:text-to-screen').length > 0, undefined, { timeout: 10_000 });
        return { textToScreen: await popup.evaluate(lastMeasure), groups: await popup.evaluate(groupCount, byTestId('group')) };
      },
      close: async (tab, popup) => {
        await popup.close();
        await tab.close();
      },
    };
    return { session, run: () => timeRun(steps) };
  },
};

const firefoxDriver: PopupDriver = {
  name: 'Firefox',
  missing: () => whyNot(FIREFOX_EXTENSION_DIR, firefoxPath),
  launch: async (routes) => {
    const session = await FirefoxSession.launch({ routes });
    const steps: PopupSteps<FirefoxPage, ToolbarPopup> = {
      open: () => session.open(BENCH_PAGE_PATH),
      click: (tab) => session.openPopupFor(tab),
      settle: (popup) => waitInFirefox(popup, ['this-article', 'ready']),
      read: async (popup) => ({ textToScreen: await popup.waitFor(lastMeasure, 10_000), groups: await popup.evaluate(groupCount, byTestId('group')) }),
      close: async (tab, popup) => {
        await popup.close();
        await tab.close();
      },
    };
    return { session, run: () => timeRun(steps) };
  },
};

/** One timed toolbar click: from the click to the settled state, then what the popup shows. */
async function timeRun<Tab, Popup>(steps: PopupSteps<Tab, Popup>): Promise<PopupRun> {
  const tab = await steps.open();
  const started = performance.now();
  const popup = await steps.click(tab);
  const state = await steps.settle(popup);
  const clickToSettled = performance.now() - started;
  const result = { clickToSettled, state, ...(await steps.read(popup)) };
  await steps.close(tab, popup);
  return result;
}

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
  const { session, run: timedRun } = await driver.launch(routes);
  const runs: PopupRun[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const run = await timedRun();
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
