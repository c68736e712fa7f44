/**
 * The Chromium launcher of the real-browser harness: Debian's Chromium (playwright-core drives it; no
 * browser download) with the built extension (.output/chrome-mv3) loaded, a simulated toolbar click that
 * opens the real popup, and Chromium's own request and console events. What both browsers share lives
 * beside it: the fixture site (test-site.ts: page server, fixture pages, refusing proxy), the request
 * record (request-recorder.ts), the session verdicts (browser-session.ts) and the DOM contract
 * (components/test-ids.ts); the Firefox launcher is firefox-harness.ts.
 *
 * Two nets catch requests leaving 127.0.0.1:
 * 1. Playwright's request events for every page (tabs, the popup, extension pages) and service worker
 *    (PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS), plus WebSockets;
 * 2. Chromium's proxy setting points at the shared refusing proxy: loopback is never proxied, so any
 *    request that reaches the proxy was bound for another host, whoever made it.
 *    Chromium itself calls a few Google service hosts at startup (component updater, account and
 *    autofill services) whatever the flags, with or without any extension loaded: those, and only when
 *    they come through the proxy (not from a page or worker), are reported apart as browser traffic.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Request, type Worker } from 'playwright-core';
import { byTestId, TEST_IDS, type PopupState } from './dom-contract';
import { writeScreenshot } from './artifacts';
import { BrowserSession } from './browser-session';
import { manifestPage, readBuiltManifest as readManifest, ROOT, type ExtensionManifest } from './built-extension';
import type { RecordedRequest } from './request-recorder';
import type { DynamicRoute } from './server';
import { startTestSite, type TestSite } from './test-site';

export { byTestId, TEST_IDS, type PopupState };

export { ROOT };
export { ARTIFACTS_DIR, SCREENSHOTS_DIR } from './artifacts';
export { PAGES_DIR, readPages, type PageInfo } from './fixture-pages';
export { isLocalRequest, type RecordedRequest } from './request-recorder';
/** The built Chrome extension; OD_EXTENSION_DIR points the tests at another build (e.g. of another commit). */
export const EXTENSION_DIR = resolve(process.env.OD_EXTENSION_DIR ?? join(ROOT, '.output', 'chrome-mv3'));

export type ChromeManifest = ExtensionManifest;

/**
 * The built extension's manifest (the Chrome build unless told); throws "run npm run build first" when missing.
 * @example readBuiltManifest().action?.default_popup // -> 'popup.html'
 */
export function readBuiltManifest(dir: string = EXTENSION_DIR): ExtensionManifest {
  return readManifest(dir);
}

/**
 * Chromium's path: CHROMIUM_PATH, else /usr/bin/chromium.
 * @example chromiumPath() // -> '/usr/bin/chromium'
 */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path} (set CHROMIUM_PATH; apt-get install chromium)`);
  return path;
}

/**
 * Hosts Chromium's own services call with no page or extension involved (seen on Chromium 156; Chromium
 * 150, what Debian installs as of 2 December 2026, also checks in with Google's cloud messaging at
 * android.clients.google.com, which no code of ours uses).
 */
export const BROWSER_SERVICE_HOSTS = new Set(['update.googleapis.com', 'accounts.google.com', 'content-autofill.googleapis.com', 'clients2.google.com', 'android.clients.google.com']);

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};

export interface LaunchOptions {
  headless?: boolean;
  /** Pages made at serve time (too big to commit, or not HTML), by exact path on the fixture server. */
  routes?: Record<string, DynamicRoute>;
  /**
   * A browser profile to use and keep (the caller removes it): a second session on it sees what the
   * first one stored, as after a browser restart. By default each session has a fresh profile, removed on close.
   */
  profile?: string;
  /** Another build to load (a grantedBuild copy, in a bench that also times the plain build); EXTENSION_DIR by default. */
  extensionDir?: string;
}

export class ExtensionSession extends BrowserSession {
  private constructor(
    site: TestSite,
    readonly context: BrowserContext,
    readonly cdp: CDPSession,
    readonly extensionId: string,
    readonly manifest: ChromeManifest,
    private readonly cleanup: () => Promise<void>,
    /** The browser profile this session runs on. */
    readonly profile: string,
  ) {
    super(site, `chrome-extension://${extensionId}`);
  }

  /** Launches Chromium with the extension and the fixture server. Close it with close(). */
  static async launch(options: LaunchOptions = {}): Promise<ExtensionSession> {
    const extensionDir = options.extensionDir ?? EXTENSION_DIR;
    const manifest = readBuiltManifest(extensionDir);
    const executablePath = chromiumPath();
    // Playwright detaches from "other" targets, which is what an extension popup is; this makes it a Page.
    process.env.PW_CHROMIUM_ATTACH_TO_OTHER = '1';
    process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

    const site = await startTestSite(options.routes);
    const userDataDir = options.profile ?? mkdtempSync(join(tmpdir(), 'outlet-diff-e2e-'));
    let context: BrowserContext | undefined;
    const cleanup = async () => {
      await context?.close().catch(() => undefined);
      await site.close();
      if (!options.profile) rmSync(userDataDir, { recursive: true, force: true });
    };
    try {
      context = await chromium.launchPersistentContext(userDataDir, {
        executablePath,
        headless: options.headless ?? true,
        viewport: null,
        acceptDownloads: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-default-apps',
          '--window-size=1280,900',
          '--enable-unsafe-extension-debugging',
          `--proxy-server=http://127.0.0.1:${site.proxyPort}`,
          `--disable-extensions-except=${extensionDir}`,
          `--load-extension=${extensionDir}`,
        ],
      });
      const browser = context.browser();
      if (!browser) throw new Error('no browser object for the persistent context');
      const cdp = await browser.newBrowserCDPSession();
      const extensionId = await findExtensionId(cdp, extensionDir);
      const session = new ExtensionSession(site, context, cdp, extensionId, manifest, cleanup, userDataDir);
      session.watch();
      return session;
    } catch (error) {
      await cleanup();
      throw error;
    }
  }

  private watch() {
    const { context } = this;
    const recorded = new WeakMap<Request, RecordedRequest>();
    context.on('request', (request) => {
      const worker = request.serviceWorker();
      const entry: RecordedRequest = { url: request.url(), via: worker ? 'service-worker' : 'page', from: worker ? worker.url() : safeUrl(() => request.frame().page().url()) };
      recorded.set(request, entry);
      this.requests.push(entry);
    });
    // A manual redirect's next hop is announced, then aborted unsent (RecordedRequest.unsent).
    context.on('requestfailed', (request) => {
      const entry = recorded.get(request);
      if (entry && request.redirectedFrom() && request.failure()?.errorText === 'net::ERR_ABORTED') entry.unsent = true;
    });
    const watchPage = (page: Page) => {
      page.on('websocket', (ws) => this.requests.push({ url: ws.url(), via: 'websocket', from: page.url() }));
      page.on('console', (message) => {
        if (message.type() === 'error') this.consoleErrors.push({ url: page.url(), text: message.text() });
      });
      page.on('pageerror', (error) => this.consoleErrors.push({ url: page.url(), text: `uncaught: ${error.message}` }));
    };
    context.pages().forEach(watchPage);
    context.on('page', watchPage);
    // Workers (the extension's service worker, any page's workers) log errors too.
    const watchWorker = (worker: Worker) =>
      worker.on('console', (message) => {
        if (message.type() === 'error') this.consoleErrors.push({ url: worker.url(), text: message.text() });
      });
    context.serviceWorkers().forEach(watchWorker);
    context.on('serviceworker', watchWorker);
    context.on('page', (page) => page.on('worker', watchWorker));
  }

  /** Chromium's own startup calls to Google services, seen only by the proxy (reported, not failed). */
  browserServiceRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.via === 'proxy' && this.isBrowserService(r));
  }

  protected override isBrowserService(r: RecordedRequest): boolean {
    return BROWSER_SERVICE_HOSTS.has(hostOf(r.url));
  }

  /** A new tab on `url` (a fixture path or any URL), loaded. */
  async open(pathOrUrl: string): Promise<Page> {
    const page = await this.context.newPage();
    const url = pathOrUrl.startsWith('/') ? this.url(pathOrUrl) : pathOrUrl;
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  /**
   * Clicks the toolbar button for `page`'s tab (Extensions.triggerAction: grants activeTab and opens
   * the real popup, as a click would) and returns the popup's Page once its document has loaded.
   */
  async openPopupFor(page: Page): Promise<Page> {
    const popupPath = manifestPage(this.manifest, 'popup');
    await page.bringToFront();
    const url = page.url();
    const { targetInfos } = await this.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    let tabs = targetInfos.filter((t) => t.url === url);
    // Same URL in several tabs (about:blank): the one just brought to the front is the active one.
    if (tabs.length > 1) tabs = tabs.filter((t) => (t as { embedderData?: { tabActive?: boolean } }).embedderData?.tabActive);
    if (tabs.length !== 1) throw new Error(`expected one (active) tab target for ${url}, found ${tabs.length}`);
    const popupUrl = this.extensionUrl(popupPath);
    const opened = this.context.waitForEvent('page', { predicate: (p) => p.url().startsWith(popupUrl), timeout: 15_000 });
    await this.cdp.send('Extensions.triggerAction', { id: this.extensionId, targetId: tabs[0]!.targetId });
    const popup = await opened;
    await popup.waitForLoadState('load');
    return popup;
  }

  /**
   * Saves a PNG of `page` (or of one element) to .output/e2e/<name>.png; with OD_UPDATE_SCREENSHOTS=1
   * also to docs/screenshots/<name>.png (the committed README screenshots). Returns the artifact path.
   */
  async screenshot(page: Page, name: string, selector?: string): Promise<string> {
    // What the reader sees: the popup window or the tab's viewport, or the one element asked for.
    const png = selector ? await page.locator(selector).first().screenshot() : await page.screenshot();
    return writeScreenshot(name, png);
  }

  async close(): Promise<void> {
    await this.cleanup();
  }

  /**
   * Kills this session's browser as a crash or a power cut would (SIGKILL, no shutdown), then cleans
   * up. The browser process is the one Chromium started on this session's own profile directory.
   */
  async killBrowser(): Promise<void> {
    const pid = browserPid(this.profile);
    if (pid === undefined) throw new Error(`no Chromium process found for profile ${this.profile}`);
    process.kill(pid, 'SIGKILL');
    await this.cleanup();
  }
}

/**
 * The main Chromium process of a profile: in /proc, the process whose command line names this
 * --user-data-dir and that is not a helper (helpers carry --type=…).
 */
function browserPid(profile: string): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (args.includes(`--user-data-dir=${profile}`) && !args.some((a) => a.startsWith('--type='))) return Number(entry);
  }
  return undefined;
}

function safeUrl(read: () => string): string | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/**
 * The id of the extension loaded from `dir` (Extensions.getExtensions lists unpacked extensions with
 * their path; the manifest name may be a __MSG_…__ placeholder, the path is not).
 */
async function findExtensionId(cdp: CDPSession, dir: string): Promise<string> {
  const deadline = Date.now() + 10_000;
  const wanted = realpathSync(dir);
  for (;;) {
    const { extensions } = (await cdp.send('Extensions.getExtensions' as 'Browser.getVersion')) as unknown as { extensions: { id: string; name: string; path: string; enabled: boolean }[] };
    const found = extensions.find((e) => e.path === wanted || e.path === dir);
    if (found) {
      if (!found.enabled) throw new Error(`extension at ${dir} is loaded but disabled`);
      return found.id;
    }
    if (Date.now() > deadline) throw new Error(`no extension loaded from ${dir} (loaded: ${extensions.map((e) => `${e.name} (${e.path})`).join(', ') || 'none'})`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

/**
 * Waits until the popup root has settled (data-state other than "reading") and returns its state;
 * throws, with the popup's text, when the state is not one of `expected`.
 */
export async function waitForPopupState(popup: Page, expected: readonly PopupState[], timeout = 20_000): Promise<PopupState> {
  const root = popup.locator(byTestId('popup'));
  try {
    await root.first().waitFor({ state: 'attached', timeout: Math.min(timeout, 5000) });
  } catch {
    const text = (await popup.locator('body').innerText().catch(() => '')).replace(/\s+/g, ' ').slice(0, 300);
    throw new Error(`the popup has no ${byTestId('popup')} root (DOM contract); popup text: "${text}"`);
  }
  try {
    await popup.waitForFunction(
      (selector) => {
        const state = document.querySelector(selector)?.getAttribute('data-state');
        return Boolean(state && state !== 'reading');
      },
      byTestId('popup'),
      { timeout },
    );
  } catch {
    const state = await root.first().getAttribute('data-state', { timeout: 1000 }).catch(() => null);
    const text = (await popup.locator('body').innerText().catch(() => '')).replace(/\s+/g, ' ').slice(0, 300);
    throw new Error(`popup never settled (data-state=${state ?? 'absent'}); expected ${expected.join('|')}. Popup text: "${text}"`);
  }
  const state = (await root.first().getAttribute('data-state')) as PopupState;
  if (!expected.includes(state)) {
    const text = (await popup.locator('body').innerText()).replace(/\s+/g, ' ').slice(0, 300);
    throw new Error(`popup state is "${state}", expected ${expected.join('|')}. Popup text: "${text}"`);
  }
  return state;
}
