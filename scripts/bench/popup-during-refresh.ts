/**
 * The popup's time to coverage while a feed refresh runs, in Chromium: the built extension (a copy that
 * holds access to 127.0.0.1, alarms and webRequest from install, as a reader who subscribed would) reads
 * 40 generated feeds x 50 summary-only items from 4 local feed servers (every item's page fetched and
 * extracted in the service worker, under the real network rules: 1 s between two requests to one host),
 * and the popup is opened on the ~1,000-word bench page, RUNS times before the refresh and RUNS times
 * while it runs. Prints toolbar click -> settled state and `od:text-to-screen` for both, and how far the
 * refresh had got. The refresh is stopped at the end (Stop). Skipped, in one line, without the build or
 * Chromium.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { grantedBuild } from '../../tests/browser/granted-build';
import { chromiumPath, EXTENSION_DIR, ExtensionSession, waitForPopupState } from '../../tests/browser/harness';
import { BENCH_PAGE_PATH, benchPage } from './popup-page';
import { summary } from './popup';
import { startFeedServers } from './start-feed-servers';

// The extension page's own API, as seen inside page.evaluate.
declare const chrome: { storage: { local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } }; runtime: { sendMessage(message: object): Promise<unknown> } };

const RUNS = 5;
const FEEDS = 40;
const ITEMS = 50;
const HOSTS = 4;

interface Timed {
  click: number;
  textToScreen: number;
}

async function timePopup(session: ExtensionSession): Promise<Timed> {
  const tab = await session.open(BENCH_PAGE_PATH);
  const started = performance.now();
  const popup = await session.openPopupFor(tab);
  await waitForPopupState(popup, ['this-article', 'ready'], 60_000);
  const click = performance.now() - started;
  await popup.waitForFunction(() => performance.getEntriesByName('od:text-to-screen').length > 0, undefined, { timeout: 30_000 });
  const textToScreen = await popup.evaluate(() => performance.getEntriesByName('od:text-to-screen').at(-1)!.duration);
  await popup.close();
  await tab.close();
  return { click, textToScreen };
}

/** The feed run the background saves as it goes (components/services/feed-subscriptions.ts). */
const feedRun = (page: Page) => page.evaluate(async () => ((await chrome.storage.local.get('feedRun')) as { feedRun?: { running: boolean; done: number; total: number } }).feedRun);

/** `npm run bench` section: the popup before and during a refresh of 40 feeds x 50 items. */
export async function benchPopupDuringRefresh(): Promise<void> {
  const out = (line: string) => void process.stdout.write(line + '\n');
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) return out(`popup during a refresh: skipped: no build at ${EXTENSION_DIR} (run npm run build first)`);
  try {
    chromiumPath();
  } catch (error) {
    return out(`popup during a refresh: skipped: ${(error as Error).message}`);
  }
  const copy = grantedBuild(EXTENSION_DIR, { hosts: ['http://127.0.0.1/*'], permissions: ['alarms', 'webRequest'] });
  const servers = await startFeedServers(HOSTS);
  const page = benchPage();
  const session = await ExtensionSession.launch({ extensionDir: copy.dir, routes: { [BENCH_PAGE_PATH]: { type: 'text/html; charset=utf-8', body: () => page.html } } });
  try {
    const idle: Timed[] = [];
    for (let i = 0; i < RUNS; i++) idle.push(await timePopup(session));
    const options = await session.open(session.extensionUrl('options.html'));
    const subscriptions = Array.from({ length: FEEDS }, (_, n) => ({ feedUrl: `${servers.origins[n % HOSTS]}/gen/${n}.xml?items=${ITEMS}`, outlet: `Generated Outlet ${n}` }));
    await options.evaluate(async (list) => {
      await chrome.storage.local.set({ feedSubscriptions: list });
      // Not awaited: the answer comes when the run ends.
      void chrome.runtime.sendMessage({ type: 'refresh-feeds' });
    }, subscriptions);
    await options.waitForFunction(async () => ((await chrome.storage.local.get('feedRun')) as { feedRun?: { running: boolean } }).feedRun?.running === true, undefined, { timeout: 30_000, polling: 200 });
    // Let the worker get going (parsing pages) before timing.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const before = await feedRun(options);
    const busy: Timed[] = [];
    for (let i = 0; i < RUNS; i++) busy.push(await timePopup(session));
    const after = await feedRun(options);
    await options.evaluate(() => chrome.runtime.sendMessage({ type: 'cancel-feed-refresh' }));
    if (!after?.running) out('  (the refresh ended before the last popup run: the figures mix busy and idle)');
    if (session.offHostRequests().length) throw new Error(`requests left 127.0.0.1: ${session.offHostRequests().map((r) => r.url).join(', ')}`);
    out(`popup on the ${page.words}-word bench page in Chromium, ${RUNS} runs each; the refresh: ${FEEDS} feeds x ${ITEMS} summary-only items on ${HOSTS} hosts, pages fetched and extracted in the service worker (feeds done ${before?.done ?? '?'} -> ${after?.done ?? '?'} of ${FEEDS} while timed)`);
    out(`  toolbar click -> settled, no refresh:     ${summary(idle.map((t) => t.click))}`);
    out(`  toolbar click -> settled, during refresh: ${summary(busy.map((t) => t.click))}`);
    out(`  od:text-to-screen, no refresh:            ${summary(idle.map((t) => t.textToScreen))}`);
    out(`  od:text-to-screen, during refresh:        ${summary(busy.map((t) => t.textToScreen))}`);
  } finally {
    await session.close();
    servers.stop();
    copy.remove();
  }
}
