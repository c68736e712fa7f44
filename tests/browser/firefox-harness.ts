/**
 * The Firefox launcher of the real-browser harness: Debian's Firefox ESR (/usr/bin/firefox-esr, or
 * FIREFOX_PATH) driven by puppeteer-core over WebDriver BiDi (no browser download), a fresh profile per
 * session, the Firefox build (.output/firefox-mv3, or OD_FIREFOX_EXTENSION_DIR) installed as a temporary
 * add-on, and the real toolbar popup opened through firefox-internals.ts (the Firefox internals).
 * The fixture site, the request record, the session verdicts and the DOM contract are the ones the
 * Chromium launcher (harness.ts) uses.
 *
 * One BiDi session per Firefox process: a client that dies without ending its session blocks the next
 * one ("Maximum number of active sessions"), so every session launches its own Firefox and close()
 * ends both (the process is killed if it does not quit in time).
 *
 * Two nets catch requests leaving 127.0.0.1, as for Chromium:
 * 1. BiDi's network.beforeRequestSent for every tab (web pages and extension pages) and its workers;
 * 2. Firefox's proxy prefs point at the shared refusing proxy (loopback is never proxied), which sees
 *    whatever any part of Firefox sends elsewhere: the popup, the add-on, Firefox itself. Firefox's own
 *    background services are switched off or pointed at nothing by the prefs below, so nothing is
 *    excused: any request the proxy sees fails the run.
 *
 * Console errors (console.error and uncaught exceptions) of every page, the extension's included, come
 * from firefox-internals.ts: BiDi's log.entryAdded does not report extension pages. Firefox's notice
 * that an API result came after its page had closed is listed apart (isUnloadNotice).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { writeScreenshot } from './artifacts';
import { byTestId, type PopupState } from './dom-contract';
import { BrowserSession, type ConsoleError } from './browser-session';
import { manifestPage, readBuiltManifest, ROOT, type ExtensionManifest } from './built-extension';
import { bidiConnection, ChromeScope, clickToolbarButton, contextId, HELPER_ID, HELPER_UUID, recordConsoleErrors, ToolbarPopup } from './firefox-internals';
import type { DynamicRoute } from './server';
import { startTestSite, type TestSite } from './test-site';

export { ToolbarPopup };

/** The built Firefox extension; OD_FIREFOX_EXTENSION_DIR points the tests at another build. */
export const FIREFOX_EXTENSION_DIR = resolve(process.env.OD_FIREFOX_EXTENSION_DIR ?? join(ROOT, '.output', 'firefox-mv3'));

/**
 * The extension's internal UUID in the test profile, fixed by a pref so that its pages' addresses
 * (moz-extension://<uuid>/…) are known before it is installed. Firefox picks a random one otherwise.
 */
export const EXTENSION_UUID = '6f0d3c52-8f1e-4b7a-9c2d-0a5e4f3b7d10';

/** coreutils' timeout, which starts Firefox and kills it (SIGKILL) once FIREFOX_LIFETIME_S have passed. */
const TIMEOUT_PATH = '/usr/bin/timeout';
/** The longest a session's Firefox may live: far over a test file's run (under a minute). */
const FIREFOX_LIFETIME_S = 600;

/**
 * Firefox ESR's path: FIREFOX_PATH, else /usr/bin/firefox-esr.
 * @example firefoxPath() // -> '/usr/bin/firefox-esr'
 */
export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) throw new Error(`Firefox not found at ${path} (set FIREFOX_PATH; apt-get install firefox-esr)`);
  return path;
}

/**
 * The gecko id the Firefox build declares (browser_specific_settings.gecko.id).
 * @example geckoIdOf(readBuiltManifest(FIREFOX_EXTENSION_DIR)) // -> 'outlet-diff@outlet-diff.org'
 */
export function geckoIdOf(manifest: ExtensionManifest): string {
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error('the Firefox build declares no browser_specific_settings.gecko.id');
  return id;
}

/** The profile's prefs, each for a reason. */
function firefoxPrefs(geckoId: string, proxyPort: number, downloadsDir: string): Record<string, string | number | boolean> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID, [HELPER_ID]: HELPER_UUID }),
    // The test helper add-on's experiment API (firefox-internals.ts), where BiDi has no chrome scope.
    'extensions.experiments.enabled': true,
    // permissions.request() is granted without the doorhanger (which BiDi cannot answer): the reader's
    // "yes", so the real request and everything after it run.
    'extensions.webextOptionalPermissionPrompts': false,
    // All traffic to the refusing proxy; 127.0.0.1 stays direct.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
    // No lookups or connections ahead of requests (they would not pass through the proxy).
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.trr.mode': 5,
    // Firefox's own background services, off: remote settings (the server pref is honoured in a release
    // build only with MOZ_REMOTE_SETTINGS_DEVTOOLS=1, set at launch; a data: URL fetches nothing),
    // captive-portal and connectivity checks, region lookup.
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    // Downloads (the exports) go to a folder of this session without asking.
    'browser.download.dir': downloadsDir,
    'browser.download.folderList': 2,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
  };
}

export interface FirefoxLaunchOptions {
  /** false shows Firefox's window (needs a display); headless otherwise. */
  headless?: boolean;
  /** Pages made at serve time (too big to commit, or not HTML), by exact path on the fixture server. */
  routes?: Record<string, DynamicRoute>;
}

/**
 * page.waitForFunction without its in-page Function(), which Firefox ESR 140 blocks on extension pages
 * (their CSP; ESR 153 lets BiDi's scripts through): the predicate is evaluated over BiDi every 100 ms
 * until it gives a truthy value, or throws once `timeout` ms have passed.
 * @example await waitFor(options, (s: string) => document.querySelectorAll(s).length === 2, { timeout: 10_000 }, byTestId('savedArticle'))
 */
export async function waitFor<A extends unknown[]>(page: Page, predicate: (...args: A) => unknown, options: { timeout?: number }, ...args: A): Promise<void> {
  const deadline = Date.now() + (options.timeout ?? 30_000);
  for (;;) {
    if (await page.evaluate(predicate as (...a: unknown[]) => unknown, ...args)) return;
    if (Date.now() > deadline) throw new Error(`waiting failed: ${predicate.toString().slice(0, 120)} was not true within ${options.timeout ?? 30_000} ms`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

export class FirefoxSession extends BrowserSession {
  /** Firefox's notices of API results that came after their page had closed (see isUnloadNotice): listed apart. */
  readonly unloadNotices: ConsoleError[] = [];
  /** The browsing context id -> URL of every tab, to say which page made a request. */
  private readonly contextUrls = new Map<string, string>();

  private constructor(
    site: TestSite,
    readonly browser: Browser,
    readonly chrome: ChromeScope,
    readonly geckoId: string,
    readonly manifest: ExtensionManifest,
    /** Where Firefox saves downloads in this session. */
    readonly downloadsDir: string,
  ) {
    super(site, `moz-extension://${EXTENSION_UUID}`);
  }

  /** Launches Firefox with the extension installed and the fixture server. Close it with close(). */
  static async launch(options: FirefoxLaunchOptions = {}): Promise<FirefoxSession> {
    const manifest = readBuiltManifest(FIREFOX_EXTENSION_DIR);
    const geckoId = geckoIdOf(manifest);
    const executablePath = firefoxPath();
    const site = await startTestSite(options.routes);
    const downloadsDir = mkdtempSync(join(tmpdir(), 'outlet-diff-firefox-downloads-'));
    let browser: Browser | undefined;
    try {
      browser = await puppeteer.launch({
        browser: 'firefox',
        // Firefox runs under `timeout -s KILL`: it never outlives its session, even when the test process
        // is killed (puppeteer starts it in its own process group, out of reach of CI's step timeout).
        executablePath: TIMEOUT_PATH,
        ignoreDefaultArgs: true,
        args: [
          '-s',
          'KILL',
          String(FIREFOX_LIFETIME_S),
          executablePath,
          ...(options.headless === false ? [] : ['--headless']),
          // Extension pages (moz-extension://) and the chrome scope are refused to BiDi without it.
          '--remote-allow-system-access',
          '--window-size=1280,900',
          'about:blank',
        ],
        defaultViewport: null,
        env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
        extraPrefsFirefox: firefoxPrefs(geckoId, site.proxyPort, downloadsDir),
        protocolTimeout: 60_000,
        timeout: 60_000,
      });
      const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
      if (installed !== geckoId) throw new Error(`installed ${installed}, expected ${geckoId}`);
      const chrome = await ChromeScope.attach(browser);
      const session = new FirefoxSession(site, browser, chrome, geckoId, manifest, downloadsDir);
      session.watchRequests();
      await recordConsoleErrors(chrome, (error) => (isUnloadNotice(error) ? session.unloadNotices : session.consoleErrors).push(error));
      return session;
    } catch (error) {
      await closeBrowser(browser);
      await site.close();
      rmSync(downloadsDir, { recursive: true, force: true });
      throw error;
    }
  }

  /** Records every tab's requests from the session's BiDi events (the proxy records the rest). */
  private watchRequests() {
    const events = bidiConnection(this.browser);
    const remember = (params: Record<string, unknown>) => {
      if (typeof params.context === 'string' && typeof params.url === 'string') this.contextUrls.set(params.context, params.url);
    };
    for (const event of ['browsingContext.contextCreated', 'browsingContext.navigationStarted', 'browsingContext.fragmentNavigated', 'browsingContext.historyUpdated']) events.on(event, remember);
    events.on('network.beforeRequestSent', (params) => {
      const request = params.request as { url: string };
      this.requests.push({ url: request.url, via: 'page', from: this.contextUrls.get(String(params.context)) });
    });
  }

  /** A new tab on `url` (a fixture path or any URL), loaded and selected. */
  async open(pathOrUrl: string): Promise<Page> {
    const page = await this.browser.newPage();
    await this.navigate(page, pathOrUrl.startsWith('/') ? this.url(pathOrUrl) : pathOrUrl);
    return page;
  }

  /**
   * Loads `url` in `page`'s tab and waits for its load event. BiDi's own navigate: puppeteer's
   * page.goto never sees an extension page (moz-extension://) finish loading and times out.
   */
  async navigate(page: Page, url: string): Promise<void> {
    await bidiConnection(this.browser).send('browsingContext.navigate', { context: contextId(page), url, wait: 'complete' });
  }

  /**
   * Sets a tab's viewport with BiDi's own command: puppeteer's setViewport also sends an orientation
   * override that Firefox ESR 140 does not know.
   */
  async setViewport(page: Page, width: number, height: number): Promise<void> {
    await bidiConnection(this.browser).send('browsingContext.setViewport', { context: contextId(page), viewport: { width, height } });
  }

  /**
   * Selects `page`'s tab and clicks the toolbar button (Firefox's own browser-action code: grants
   * activeTab and opens the real popup, as a click would); returns the popup once it is shown.
   */
  async openPopupFor(page: Page): Promise<ToolbarPopup> {
    await page.bringToFront();
    const popup = await clickToolbarButton(this.chrome, this.geckoId);
    const expected = this.extensionUrl(manifestPage(this.manifest, 'popup'));
    if (popup.url !== expected) throw new Error(`the toolbar button opened ${popup.url}, expected ${expected}`);
    return popup;
  }

  /**
   * The address of every open tab, from BiDi's tree: puppeteer keeps about:blank as the URL of a tab
   * that went on to an extension page.
   */
  async tabUrls(): Promise<string[]> {
    return (await this.tabs()).map((t) => t.url);
  }

  private async tabs(): Promise<{ context: string; url: string }[]> {
    const { contexts } = (await bidiConnection(this.browser).send('browsingContext.getTree', { maxDepth: 0 })).result as { contexts: { context: string; url: string }[] };
    return contexts;
  }

  /** The tab whose address starts with `prefix` (a tab the extension opens), once it has loaded. */
  async waitForTab(prefix: string, timeoutMs = 15_000): Promise<Page> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const tabs = await this.tabs();
      const found = tabs.find((t) => t.url.startsWith(prefix));
      const page = found && (await this.browser.pages()).find((p) => contextId(p) === found.context);
      if (page) {
        await waitFor(page, () => document.readyState === 'complete', { timeout: Math.max(1000, deadline - Date.now()) });
        return page;
      }
      if (Date.now() > deadline) throw new Error(`no tab at ${prefix}… within ${timeoutMs} ms (open: ${tabs.map((t) => t.url).join(', ')})`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }

  /**
   * The file Firefox saved as a download whose name matches `name`, once complete: not empty, and no
   * .part beside it. Firefox (DownloadCore.sys.mjs) first makes an empty placeholder under the final name, then
   * writes to <name>.part and moves it over that file: an empty file with no .part yet is a download
   * just starting (a loaded machine showed it), and no export of ours is empty.
   * @example await session.waitForDownload(/\.md$/) // -> '/tmp/outlet-diff-firefox-downloads-x/…md'
   */
  async waitForDownload(name: RegExp, timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const files = readdirSync(this.downloadsDir);
      const done = files.find((f) => name.test(f) && !files.includes(`${f}.part`) && statSync(join(this.downloadsDir, f), { throwIfNoEntry: false })?.size);
      if (done) return join(this.downloadsDir, done);
      if (Date.now() > deadline) throw new Error(`no download matching ${name} within ${timeoutMs} ms (saw: ${files.join(', ') || 'nothing'})`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }

  /** Clears the downloads folder (so the next waitForDownload sees only the next download). */
  clearDownloads(): void {
    for (const file of readdirSync(this.downloadsDir)) rmSync(join(this.downloadsDir, file), { force: true });
  }

  /**
   * Saves a PNG of the popup or of a tab's viewport to .output/e2e/<name>.png (with
   * OD_UPDATE_SCREENSHOTS=1 also to docs/screenshots/<name>.png); returns the artifact path.
   */
  async screenshot(target: Page | ToolbarPopup, name: string): Promise<string> {
    const png = target instanceof ToolbarPopup ? await target.screenshot() : Buffer.from(await target.screenshot({ type: 'png' }));
    return writeScreenshot(name, png);
  }

  async close(): Promise<void> {
    if (this.unloadNotices.length) console.log(`Firefox: ${this.unloadNotices.length} extension API result(s) arrived after their page had closed (listed apart, not errors): ${[...new Set(this.unloadNotices.map((n) => n.url))].join(', ')}`);
    await closeBrowser(this.browser);
    await this.site.close();
    rmSync(this.downloadsDir, { recursive: true, force: true });
  }
}

/**
 * Firefox's own notice that an extension API call finished after the page that made it had closed
 * (ExtensionCommon.sys.mjs: "Promise resolved after context unloaded", reported at the caller's line):
 * e.g. the popup closed on a restricted page, which settles at once, while it still loaded the saved
 * articles. It says nothing of the extension's code (Chromium drops such results silently). A promise
 * rejected after unload is not this notice: it stays an error.
 * @example isUnloadNotice({ url: 'moz-extension://x/chunks/a.js', text: 'uncaught: Promise resolved after context unloaded' }) // -> true
 */
export function isUnloadNotice(error: ConsoleError): boolean {
  return error.url.startsWith('moz-extension://') && /^uncaught: Promise resolved after context unloaded\s*$/.test(error.text);
}

/** Ends the BiDi session and Firefox; kills Firefox when it has not quit within 10 s. */
async function closeBrowser(browser: Browser | undefined): Promise<void> {
  if (!browser) return;
  const process = browser.process();
  const quit = browser.close().catch(() => undefined);
  const timedOut = await Promise.race([quit.then(() => false), new Promise<boolean>((done) => setTimeout(() => done(true), 10_000))]);
  if (timedOut || (process && process.exitCode === null)) process?.kill('SIGKILL');
}

/**
 * Waits until the popup has settled (data-state other than "reading") and returns its state; throws,
 * with the popup's text, when it does not settle or settles in a state not in `expected`.
 * @example await waitForPopupState(popup, ['this-article', 'ready']) // -> 'this-article'
 */
export async function waitForPopupState(popup: ToolbarPopup, expected: readonly PopupState[], timeoutMs = 20_000): Promise<PopupState> {
  const selector = byTestId('popup');
  const text = () => popup.evaluate(() => (document.body?.innerText ?? '').replace(/\s+/g, ' ').slice(0, 300)).catch(() => '');
  let state: PopupState;
  try {
    state = await popup.waitFor((s: string) => {
      const value = document.querySelector(s)?.getAttribute('data-state');
      return value && value !== 'reading' ? value : null;
    }, timeoutMs, selector) as PopupState;
  } catch {
    const last = await popup.evaluate((s: string) => document.querySelector(s)?.getAttribute('data-state') ?? null, selector).catch(() => null);
    throw new Error(`popup never settled (data-state=${last ?? 'absent'}); expected ${expected.join('|')}. Popup text: "${await text()}"`);
  }
  if (!expected.includes(state)) throw new Error(`popup state is "${state}", expected ${expected.join('|')}. Popup text: "${await text()}"`);
  return state;
}
