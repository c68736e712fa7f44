/**
 * The real-browser harness: Debian's Chromium (playwright-core drives it; no browser download) with the
 * built extension (.output/chrome-mv3) loaded, the fixture news pages served on 127.0.0.1, a simulated
 * toolbar click that opens the real popup, and a record of every request any page or worker of the
 * browser makes.
 *
 * Two nets catch requests leaving 127.0.0.1:
 * 1. Playwright's request events for every page (tabs, the popup, extension pages) and service worker
 *    (PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS), plus WebSockets;
 * 2. Chromium's proxy setting points at a local recording proxy that refuses everything: loopback is
 *    never proxied, so any request that reaches the proxy was bound for another host, whoever made it.
 *    Chromium itself calls a few Google service hosts at startup (component updater, account and
 *    autofill services) whatever the flags, with or without any extension loaded: those, and only when
 *    they come through the proxy (not from a page or worker), are reported apart as browser traffic.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { TEST_IDS, type PopupState } from '../../components/test-ids';
import { startStaticServer, type DynamicRoute, type StaticServer } from './server';

export { TEST_IDS, type PopupState };

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** The built Chrome extension; OD_EXTENSION_DIR points the tests at another build (e.g. of another commit). */
export const EXTENSION_DIR = resolve(process.env.OD_EXTENSION_DIR ?? join(ROOT, '.output', 'chrome-mv3'));
export const PAGES_DIR = join(ROOT, 'tests', 'browser', 'pages');
export const ARTIFACTS_DIR = join(ROOT, '.output', 'e2e');
export const SCREENSHOTS_DIR = join(ROOT, 'docs', 'screenshots');

/** `[data-testid="…"]` for a TEST_IDS key. */
export const byTestId = (key: keyof typeof TEST_IDS) => `[data-testid="${TEST_IDS[key]}"]`;

export interface PageInfo {
  path: string;
  kind: string;
  title: string;
  outlet?: string;
  corpusId?: string;
}

export interface ChromeManifest {
  name: string;
  version: string;
  action?: { default_popup?: string };
  options_ui?: { page?: string };
  options_page?: string;
  background?: { service_worker?: string };
}

/** The built extension's manifest; throws "run npm run build first" when the build is missing. */
export function readBuiltManifest(dir: string = EXTENSION_DIR): ChromeManifest {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  return JSON.parse(readFileSync(file, 'utf8')) as ChromeManifest;
}

/** The fixture pages (tests/browser/pages/pages.json, written by scripts/make-test-pages.ts). */
export function readPages(dir: string = PAGES_DIR): PageInfo[] {
  const file = join(dir, 'pages.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run npx tsx scripts/make-test-pages.ts`);
  const pages = (JSON.parse(readFileSync(file, 'utf8')) as { pages: PageInfo[] }).pages;
  for (const page of pages) if (!existsSync(join(dir, ...page.path.split('/')))) throw new Error(`fixture page missing: ${page.path}`);
  return pages;
}

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path} (set CHROMIUM_PATH; apt-get install chromium)`);
  return path;
}

export interface RecordedRequest {
  url: string;
  /** Who reported it: a page/worker event, a WebSocket, or the catch-all proxy. */
  via: 'page' | 'service-worker' | 'websocket' | 'proxy';
  /** The page or worker that made it, where known. */
  from?: string;
}

/** Hosts Chromium's own services call at startup with no page or extension involved (seen on Chromium 156). */
export const BROWSER_SERVICE_HOSTS = new Set(['update.googleapis.com', 'accounts.google.com', 'content-autofill.googleapis.com', 'clients2.google.com']);

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};

/** Schemes that never reach the network. */
const LOCAL_SCHEMES = new Set(['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:']);

/**
 * True when a request stays on this machine: 127.0.0.1 over http(s)/ws(s), or a scheme with no network.
 * @example isLocalRequest('http://127.0.0.1:4000/a.html') // -> true
 * @example isLocalRequest('https://fonts.example.com/x.woff') // -> false
 */
export function isLocalRequest(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
  return ['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol) && parsed.hostname === '127.0.0.1';
}

/** A proxy that answers every request with 403 and records it: whatever reaches it left loopback. */
async function startRefusingProxy(log: RecordedRequest[]): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    log.push({ url: req.url ?? '?', via: 'proxy' });
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    log.push({ url: `https://${req.url ?? '?'}/`, via: 'proxy' });
    // A browser closed or killed resets its connections: nothing to answer then, and no crash of the run.
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy: no address');
  return { server, port: address.port };
}

export interface LaunchOptions {
  headless?: boolean;
  /** Pages made at serve time (too big to commit, or not HTML), by exact path on the fixture server. */
  routes?: Record<string, DynamicRoute>;
  /**
   * A browser profile to use and keep (the caller removes it): a second session on it sees what the
   * first one stored, as after a browser restart. By default each session has a fresh profile, removed on close.
   */
  profile?: string;
}

export class ExtensionSession {
  readonly consoleErrors: { url: string; text: string }[] = [];
  private counter = 0;
  private constructor(
    readonly context: BrowserContext,
    readonly cdp: CDPSession,
    readonly extensionId: string,
    readonly manifest: ChromeManifest,
    readonly server: StaticServer,
    readonly pages: PageInfo[],
    /** Every request seen, by the page/worker events and by the proxy, in order. */
    readonly requests: RecordedRequest[],
    private readonly cleanup: () => Promise<void>,
    /** The browser profile this session runs on. */
    readonly profile: string,
  ) {}

  /** Launches Chromium with the extension and the fixture server. Close it with close(). */
  static async launch(options: LaunchOptions = {}): Promise<ExtensionSession> {
    const manifest = readBuiltManifest();
    const pages = readPages();
    const executablePath = chromiumPath();
    // Playwright detaches from "other" targets, which is what an extension popup is; this makes it a Page.
    process.env.PW_CHROMIUM_ATTACH_TO_OTHER = '1';
    process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

    const requests: RecordedRequest[] = [];
    const proxy = await startRefusingProxy(requests);
    const server = await startStaticServer(PAGES_DIR, 0, options.routes);
    const userDataDir = options.profile ?? mkdtempSync(join(tmpdir(), 'outlet-diff-e2e-'));
    let context: BrowserContext | undefined;
    const cleanup = async () => {
      await context?.close().catch(() => undefined);
      await server.close();
      await new Promise<void>((done) => {
        proxy.server.closeAllConnections();
        proxy.server.close(() => done());
      });
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
          `--proxy-server=http://127.0.0.1:${proxy.port}`,
          `--disable-extensions-except=${EXTENSION_DIR}`,
          `--load-extension=${EXTENSION_DIR}`,
        ],
      });
      const browser = context.browser();
      if (!browser) throw new Error('no browser object for the persistent context');
      const cdp = await browser.newBrowserCDPSession();
      const extensionId = await findExtensionId(cdp, EXTENSION_DIR);
      const session = new ExtensionSession(context, cdp, extensionId, manifest, server, pages, requests, cleanup, userDataDir);
      session.watch();
      return session;
    } catch (error) {
      await cleanup();
      throw error;
    }
  }

  private watch() {
    const { context } = this;
    context.on('request', (request) => {
      const worker = request.serviceWorker();
      this.requests.push({ url: request.url(), via: worker ? 'service-worker' : 'page', from: worker ? worker.url() : safeUrl(() => request.frame().page().url()) });
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

  /** Requests that left 127.0.0.1, browser service traffic apart (should always be empty). */
  offHostRequests(): RecordedRequest[] {
    return this.requests.filter((r) => (r.via === 'proxy' ? !this.isBrowserService(r) : !isLocalRequest(r.url)));
  }

  /** Chromium's own startup calls to Google services, seen only by the proxy (reported, not failed). */
  browserServiceRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.via === 'proxy' && this.isBrowserService(r));
  }

  private isBrowserService(r: RecordedRequest): boolean {
    return BROWSER_SERVICE_HOSTS.has(hostOf(r.url));
  }

  /** Console errors and uncaught exceptions of the extension's own pages. */
  extensionErrors(): { url: string; text: string }[] {
    return this.consoleErrors.filter((e) => e.url.startsWith(`chrome-extension://${this.extensionId}/`));
  }

  /** The fixture page of a kind (the first one, or the one carrying a corpus id). */
  page(kind: string, corpusId?: string): PageInfo {
    const found = this.pages.find((p) => p.kind === kind && (corpusId === undefined || p.corpusId === corpusId));
    if (!found) throw new Error(`no fixture page of kind ${kind}${corpusId ? ` for corpus article ${corpusId}` : ''}`);
    return found;
  }

  /** A fixture URL made unique with a query, so each tab target can be told apart by URL. */
  url(path: string): string {
    return `${this.server.origin}${path}?visit=${++this.counter}`;
  }

  extensionUrl(path: string): string {
    return `chrome-extension://${this.extensionId}/${path.replace(/^\//, '')}`;
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
    const popupPath = this.manifest.action?.default_popup;
    if (!popupPath) throw new Error('the manifest has no action.default_popup');
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
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const file = join(ARTIFACTS_DIR, `${name}.png`);
    if (selector) await page.locator(selector).first().screenshot({ path: file });
    else await page.screenshot({ path: file }); // what the reader sees: the popup window or the tab's viewport
    if (process.env.OD_UPDATE_SCREENSHOTS === '1') {
      mkdirSync(SCREENSHOTS_DIR, { recursive: true });
      copyFileSync(file, join(SCREENSHOTS_DIR, `${name}.png`));
    }
    return file;
  }

  /** Writes a file under .output/e2e (downloads, logs) and returns its path. */
  artifact(name: string, content: string | Buffer): string {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const file = join(ARTIFACTS_DIR, name);
    writeFileSync(file, content);
    return file;
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
