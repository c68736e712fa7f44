/**
 * Firefox internals, all in this one file: opening the extension's real toolbar popup, reading it, and
 * hearing every page's console errors. WebDriver BiDi covers none of the three: the popup panel is not a
 * BiDi browsing context, BiDi has no equivalent of Chromium's Extensions.triggerAction, and BiDi's
 * log.entryAdded stays silent for extension pages (moz-extension://). So:
 *
 * - **Chrome scope.** With `--remote-allow-system-access`, BiDi lists the browser window's own document
 *   (chrome://browser/content/browser.xhtml, `browsingContext.getTree` with `moz:scope: "chrome"`) and
 *   runs privileged scripts in it (`script.callFunction`). `ChromeScope` wraps that; a BiDi channel
 *   argument lets such a script report back later (`script.message`).
 * - **The toolbar click.** Firefox's own browser-action code (ext-browserAction.js, `triggerAction(window)`:
 *   "the same effects as if it were clicked by a user") grants activeTab for the selected tab and opens
 *   the popup, through the Extensions (puzzle-piece) panel when the button is not pinned, as a new
 *   extension's is not. The popup's `<browser>` fires `WebExtPopupLoaded` once shown, and the popup's
 *   `browserLoaded` promise resolves once its page has loaded (a slow first load is shown before).
 * - **Reading the popup.** A frame script loaded into that `<browser>` runs each test function in a
 *   sandbox whose prototype is the popup's window (the popup's principal, no Xray wrappers: the function
 *   runs as the popup's own script would; only `console` is the sandbox's own, `window.console` the
 *   popup's) and sends the JSON result back over the message manager.
 * - **Clicks in the popup** are DOM clicks (`HTMLElement.click()`: the element's handlers run, but the
 *   event is not trusted). Firefox 153 has no way to synthesize trusted mouse input into a panel's remote
 *   browser from chrome scope (nsIDOMWindowUtils.sendMouseEvent is gone). Nothing in the popup needs a
 *   user gesture; the permission request that does (side-by-side page) is clicked in a tab, over BiDi.
 * - **Screenshots** of the popup: `WindowGlobalParent.drawSnapshot` of its browser, drawn on a canvas.
 * - **Console errors.** A process script in every content process (web pages, the extension's pages and
 *   popup) forwards console.error calls (ConsoleAPIStorage); the console service in the parent process
 *   sees every uncaught exception. Both report the document they came from.
 *
 * - **Firefox ESR 140** (what Debian installs since late 2026) has no BiDi chrome scope, and Marionette's
 *   chrome context needs a WebDriver session of its own, which a BiDi session rules out. There the same
 *   functions run through a test-only add-on (tests/browser/firefox-helper: an experiment API, allowed
 *   for a temporary add-on in Debian's build) whose page the first tab shows.
 *
 * Written against Firefox ESR 153 (ExtensionParent.sys.mjs, ExtensionPopups.sys.mjs,
 * ext-browserAction.js, nsIConsoleAPIStorage); these are not public APIs and may change between ESR
 * releases. When one does, the error names the step that failed.
 */
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';

/** The raw WebDriver BiDi connection under puppeteer: commands and events puppeteer has no method for. */
export interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
  on(event: string, listener: (params: Record<string, unknown>) => void): void;
}

/**
 * The BiDi connection of a puppeteer browser launched with `browser: 'firefox'` (one session per browser).
 * @example await bidiConnection(browser).send('browsingContext.getTree', {})
 */
export function bidiConnection(browser: Browser): BidiConnection {
  return (browser as unknown as { connection: BidiConnection }).connection;
}

/** The BiDi browsing context id of a puppeteer page (its main frame's id). */
export function contextId(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

type RemoteValue = { type: string; value?: unknown };
type CallResult = { type: 'success'; result: RemoteValue } | { type: 'exception'; exceptionDetails: { text: string } };

/** Where the chrome-scope functions run: BiDi's chrome scope, or the test helper add-on's experiment API. */
interface ChromeBackend {
  run(source: string, json: string): Promise<string>;
  listen(source: string, json: string, onMessage: (text: string) => void): Promise<void>;
}

/** The test helper add-on (tests/browser/firefox-helper): its id, the UUID the harness gives it, its folder. */
export const HELPER_ID = 'od-test-helper@outlet-diff.org';
export const HELPER_UUID = '2b7e9f40-5c1a-4d6e-8f3b-7a9c0e1d2f54';
export const HELPER_DIR = fileURLToPath(new URL('./firefox-helper', import.meta.url));
/** How often the helper's sent texts (listen) are collected. */
const HELPER_POLL_MS = 200;

/** BiDi's chrome scope (Firefox ESR 153): the browser window's document, or undefined where BiDi has none. */
async function bidiBackend(browser: Browser): Promise<ChromeBackend | undefined> {
  const connection = bidiConnection(browser);
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' }).catch((error: Error) => {
    throw new Error(`no chrome-scope access (start Firefox with --remote-allow-system-access): ${error.message}`);
  });
  const contexts = tree.result.contexts as { context: string; url: string }[];
  const window = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) return undefined;
  const call = async (functionDeclaration: string, args: Array<{ type: string; value: unknown }>) => {
    const response = await connection.send('script.callFunction', { functionDeclaration, target: { context: window.context }, arguments: args, awaitPromise: true, resultOwnership: 'none' });
    const result = response.result as unknown as CallResult;
    if (result.type === 'exception') throw new Error(result.exceptionDetails.text);
    return result;
  };
  return {
    async run(source, json) {
      const result = await call(`async (json) => JSON.stringify(await (${source})(...JSON.parse(json)) ?? null)`, [{ type: 'string', value: json }]);
      return String(result.result.value);
    },
    async listen(source, json, onMessage) {
      const channel = `outlet-diff-${Math.random().toString(36).slice(2)}`;
      connection.on('script.message', (params) => {
        const data = params.data as RemoteValue;
        if (params.channel === channel && typeof data.value === 'string') onMessage(data.value);
      });
      await call(`(send, json) => { (${source})(send, ...JSON.parse(json)); }`, [
        { type: 'channel', value: { channel } },
        { type: 'string', value: json },
      ]);
    },
  };
}

/**
 * The test helper add-on (Firefox ESR 140, whose BiDi has no chrome scope): installed temporarily (an
 * experiment API, which Debian's unsigned-friendly build allows), its page opened in the first tab, its
 * odTest API called there; the functions run in a sandbox over the browser window, as in BiDi's scope.
 */
async function helperBackend(browser: Browser): Promise<ChromeBackend> {
  const installed = await browser.installExtension(HELPER_DIR);
  if (installed !== HELPER_ID) throw new Error(`installed ${installed}, expected the test helper ${HELPER_ID}`);
  const [page = await browser.newPage()] = await browser.pages();
  // BiDi's own navigation: puppeteer's waits for events an extension page does not give.
  await bidiConnection(browser).send('browsingContext.navigate', { context: contextId(page), url: `moz-extension://${HELPER_UUID}/helper.html`, wait: 'complete' });
  // Each function below runs in the helper's page (puppeteer sends its text), where `browser` is the add-on's API.
  type HelperPage = { browser: { odTest: { run(s: string, j: string): Promise<string>; listen(s: string, j: string): Promise<void>; drain(): Promise<string[]> } } };
  return {
    run: (source, json) => page.evaluate((s, j) => (globalThis as unknown as HelperPage).browser.odTest.run(s, j), source, json),
    async listen(source, json, onMessage) {
      await page.evaluate((s, j) => (globalThis as unknown as HelperPage).browser.odTest.listen(s, j), source, json);
      const timer = setInterval(() => {
        page.evaluate(() => (globalThis as unknown as HelperPage).browser.odTest.drain()).then(
          (texts) => texts.forEach(onMessage),
          () => clearInterval(timer),
        );
      }, HELPER_POLL_MS);
      timer.unref();
    },
  };
}

/** Runs privileged functions in the browser window's chrome scope, arguments and result as JSON. */
export class ChromeScope {
  private constructor(private readonly backend: ChromeBackend) {}

  /**
   * The browser window's chrome scope: BiDi's where it has one (Firefox must be started with
   * --remote-allow-system-access), else the test helper add-on's.
   * @example const chrome = await ChromeScope.attach(browser); await chrome.run('() => Services.appinfo.version') // -> '153.8.0'
   */
  static async attach(browser: Browser): Promise<ChromeScope> {
    return new ChromeScope((await bidiBackend(browser)) ?? (await helperBackend(browser)));
  }

  /**
   * Calls `source` (a function expression, as text: it runs in Firefox, not in Node) with `args`, awaits
   * it, and returns its result, which must survive JSON.
   * @example await chrome.run('(a, b) => a + b', 1, 2) // -> 3
   */
  async run<T>(source: string, ...args: unknown[]): Promise<T> {
    return JSON.parse(await this.backend.run(source, JSON.stringify(args))) as T;
  }

  /**
   * Calls `source` with a `send(text)` function first (it stays usable after the call), then `args`;
   * every text sent later reaches `onMessage`.
   * @example await chrome.listen('(send) => { Services.obs.addObserver(() => send("quit"), "quit-application"); }', console.log)
   */
  async listen(source: string, onMessage: (text: string) => void, ...args: unknown[]): Promise<void> {
    await this.backend.listen(source, JSON.stringify(args), onMessage);
  }
}

/** Finds the extension and its open popup; prepended to each chrome-scope function below. */
const LOOKUP = `
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  const { ViewPopup } = ChromeUtils.importESModule('resource:///modules/ExtensionPopups.sys.mjs');
  const extension = ExtensionParent.GlobalManager.getExtension(geckoId);
  if (!extension) throw new Error('extension ' + geckoId + ' is not installed');
  const win = Services.wm.getMostRecentWindow('navigator:browser');
  const openPopup = () => ViewPopup.for(extension, win);
`;

/**
 * The frame script: answers OutletDiffTest:evaluate (a test function run as the popup's own script).
 */
const FRAME_SCRIPT = `
const reply = (id, run) => Promise.resolve().then(run).then(
  (value) => sendAsyncMessage('OutletDiffTest:reply', { id, ok: true, value }),
  (error) => sendAsyncMessage('OutletDiffTest:reply', { id, ok: false, error: String(error && error.message || error) }));
addMessageListener('OutletDiffTest:evaluate', ({ data }) => reply(data.id, async () => {
  const sandbox = Cu.Sandbox(content, { sandboxPrototype: content, wantXrays: false });
  const call = '(async () => JSON.stringify(await (' + data.source + ')(...' + JSON.stringify(data.args) + ') ?? null))()';
  return String(await Cu.evalInSandbox(call, sandbox));
}));
`;

/**
 * Sends a message to the popup's frame script and returns its JSON reply (chrome-scope function).
 * The frame script is loaded into the popup's browser on first use.
 */
const ASK_POPUP = `async (geckoId, message, data, timeoutMs, frameScript) => {
  ${LOOKUP}
  const browser = openPopup()?.browser;
  if (!browser?.messageManager) throw new Error('the popup is not open');
  const mm = browser.messageManager;
  if (!browser.outletDiffFrameScript) {
    mm.loadFrameScript('data:,' + encodeURIComponent(frameScript), false);
    browser.outletDiffFrameScript = true;
  }
  const id = Math.random();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(() => reject(new Error(message + ': no reply from the popup within ' + timeoutMs + ' ms'))), timeoutMs);
    const listener = ({ data: answer }) => {
      if (answer.id === id) finish(() => (answer.ok ? resolve(answer.value) : reject(new Error(answer.error))));
    };
    const finish = (settle) => { clearTimeout(timer); mm.removeMessageListener('OutletDiffTest:reply', listener); settle(); };
    mm.addMessageListener('OutletDiffTest:reply', listener);
    mm.sendAsyncMessage(message, { ...data, id });
  });
}`;

/** Closes the popup if one is open and waits until it is gone (chrome-scope function). */
const CLOSE_POPUP = `async (geckoId) => {
  ${LOOKUP}
  const popup = openPopup();
  if (!popup) return false;
  popup.closePopup();
  for (let i = 0; i < 200 && openPopup(); i++) await new Promise((done) => setTimeout(done, 25));
  if (openPopup()) throw new Error('the popup did not close');
  return true;
}`;

/** The toolbar click: triggers the browser action and resolves with the popup's URL once shown and loaded. */
const CLICK_ACTION = `async (geckoId, timeoutMs) => {
  ${LOOKUP}
  const action = ExtensionParent.apiManager.global.browserActionFor(extension);
  if (!action) throw new Error('the extension has no browser action');
  const shown = new Promise((resolve, reject) => {
    const timer = setTimeout(() => { win.removeEventListener('WebExtPopupLoaded', onShown); reject(new Error('no popup shown within ' + timeoutMs + ' ms of the toolbar click')); }, timeoutMs);
    function onShown(event) {
      if (event.detail?.extension !== extension) return;
      win.removeEventListener('WebExtPopupLoaded', onShown);
      clearTimeout(timer);
      resolve(event.target);
    }
    win.addEventListener('WebExtPopupLoaded', onShown);
  });
  action.triggerAction(win);
  await shown;
  // Shown is not loaded: a slow first load is shown (still about:blank) after a grace period.
  const popup = openPopup();
  if (!popup) throw new Error('the popup closed as soon as it was shown');
  await popup.browserLoaded;
  return popup.browser.currentURI.spec;
}`;

/** A PNG (data URL) of what the popup shows (chrome-scope function). */
const SNAPSHOT = `async (geckoId) => {
  ${LOOKUP}
  const browser = openPopup()?.browser;
  if (!browser) throw new Error('the popup is not open');
  const bitmap = await browser.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white');
  const canvas = win.document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  canvas.getContext('2d').drawImage(bitmap, 0, 0);
  return canvas.toDataURL('image/png');
}`;

/** The extension's open toolbar popup, read and driven through its frame script. */
export class ToolbarPopup {
  constructor(
    private readonly chrome: ChromeScope,
    private readonly geckoId: string,
    /** The popup page's URL (moz-extension://<uuid>/popup.html). */
    readonly url: string,
  ) {}

  /**
   * Runs `fn` in the popup as its own script would (DOM, `performance`, extension pages' globals) and
   * returns its result, which must survive JSON. `fn` is sent as text: it may use only its arguments.
   * @example await popup.evaluate(() => document.title) // -> 'Outlet Diff'
   */
  async evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T> {
    const json = await this.ask<string>('OutletDiffTest:evaluate', { source: fn.toString(), args }, 30_000);
    return JSON.parse(json) as T;
  }

  /**
   * Polls `fn` in the popup until it returns a truthy value, and returns that value; throws after `timeoutMs`.
   * @example await popup.waitFor((s) => document.querySelector(s) !== null, 10_000, '[data-testid="group"]')
   */
  async waitFor<T, A extends unknown[]>(fn: (...args: A) => T, timeoutMs: number, ...args: A): Promise<T> {
    const poll = `async (...args) => { const deadline = Date.now() + ${timeoutMs}; for (;;) { const value = (${fn.toString()})(...args); if (value) return value; if (Date.now() > deadline) return null; await new Promise((done) => setTimeout(done, 20)); } }`;
    const json = await this.ask<string>('OutletDiffTest:evaluate', { source: poll, args }, timeoutMs + 10_000);
    const value = JSON.parse(json) as T | null;
    if (!value) throw new Error(`timed out after ${timeoutMs} ms waiting in the popup for ${fn.toString().slice(0, 120)}`);
    return value;
  }

  /**
   * Clicks the `index`-th element matching `selector` in the popup (a DOM click: see the file comment).
   * @example await popup.click('[data-testid="match"][data-decision="same-story"]')
   */
  async click(selector: string, index = 0): Promise<void> {
    await this.evaluate(
      (sel: string, i: number) => {
        const element = document.querySelectorAll<HTMLElement>(sel)[i];
        if (!element) throw new Error(`nothing in the popup matches ${sel} (#${i})`);
        element.scrollIntoView({ block: 'center' });
        element.click();
        return true;
      },
      selector,
      index,
    );
  }

  /** A PNG of what the popup shows, as rendered in its panel. */
  async screenshot(): Promise<Buffer> {
    const dataUrl = await this.chrome.run<string>(SNAPSHOT, this.geckoId);
    return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
  }

  /** Whether the popup is still open (it closes itself when it opens another page). */
  async isOpen(): Promise<boolean> {
    return this.chrome.run<boolean>(`async (geckoId) => { ${LOOKUP} return Boolean(openPopup()); }`, this.geckoId);
  }

  /** Closes the popup (as clicking elsewhere would); nothing happens when it has closed already. */
  async close(): Promise<void> {
    await this.chrome.run(CLOSE_POPUP, this.geckoId);
  }

  private ask<T>(message: string, data: object, timeoutMs: number): Promise<T> {
    return this.chrome.run<T>(ASK_POPUP, this.geckoId, message, data, timeoutMs, FRAME_SCRIPT);
  }
}

/**
 * Clicks the extension's toolbar button in the browser window (its selected tab gets activeTab) and
 * returns the popup once it is shown. A popup left open is closed first: a click on the button of an
 * open popup would close it instead.
 * @example const popup = await clickToolbarButton(chrome, 'outlet-diff@outlet-diff.org'); await popup.evaluate(() => location.pathname) // -> '/popup.html'
 */
export async function clickToolbarButton(chrome: ChromeScope, geckoId: string, timeoutMs = 20_000): Promise<ToolbarPopup> {
  await chrome.run(CLOSE_POPUP, geckoId);
  const url = await chrome.run<string>(CLICK_ACTION, geckoId, timeoutMs);
  return new ToolbarPopup(chrome, geckoId, url);
}

/** Forwards each console.error of its content process to the parent (process script). */
const CONSOLE_PROCESS_SCRIPT = `
Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage).addLogEventListener((event) => {
  if (event.level !== 'error') return;
  Services.cpmm.sendAsyncMessage('OutletDiffTest:console', { windowId: event.innerID, url: event.filename, text: event.arguments.map(String).join(' ') });
}, Services.scriptSecurityManager.getSystemPrincipal());
`;

/**
 * Sends the console errors of pages (web and extension pages; Firefox's own chrome code is left out)
 * over the channel: console.error from the process script, uncaught exceptions from the console service.
 */
const CONSOLE_LISTENER = `(send, processScript) => {
  // The page's address where the message names its window, else the script's.
  const report = (windowId, source, text) => {
    const url = (typeof windowId === 'number' && WindowGlobalParent.getByInnerWindowId(windowId)?.documentURI?.spec) || source || '';
    if (/^(https?|moz-extension|file):/.test(url)) send(JSON.stringify({ url, text }));
  };
  Services.ppmm.addMessageListener('OutletDiffTest:console', ({ data }) => report(data.windowId, data.url, data.text));
  Services.console.registerListener({ observe(message) {
    if (message instanceof Ci.nsIScriptError && !(message.flags & Ci.nsIScriptError.warningFlag)) report(message.innerWindowID, message.sourceName, 'uncaught: ' + message.errorMessage);
  } });
  Services.ppmm.loadProcessScript('data:,' + encodeURIComponent(processScript), true);
}`;

/**
 * Reports every console.error and uncaught exception of a page (web pages, extension pages, the popup),
 * from now on, with the address of the page it came from.
 * @example await recordConsoleErrors(chrome, (e) => errors.push(e)); // e -> { url: 'moz-extension://…/popup.html', text: 'uncaught: TypeError: …' }
 */
export async function recordConsoleErrors(chrome: ChromeScope, onError: (error: { url: string; text: string }) => void): Promise<void> {
  await chrome.listen(CONSOLE_LISTENER, (text) => onError(JSON.parse(text) as { url: string; text: string }), CONSOLE_PROCESS_SCRIPT);
}

/** What Firefox made of the installed extension's manifest: its warnings and the permissions it holds. */
const MANIFEST_READING = `async (geckoId) => {
  ${LOOKUP}
  return { warnings: [...extension.warnings], permissions: [...extension.permissions].sort(), optional: extension.manifest.optional_permissions ?? [] };
}`;

/**
 * How Firefox read the installed extension's manifest. Firefox drops what it does not take (an optional
 * permission it accepts only at install, such as `menus`, `contextMenus` or `alarms` in ESR 153) with a
 * warning on the browser console instead of refusing the add-on, so a test reads the warnings here.
 * @example await manifestReading(chrome, 'outlet-diff@outlet-diff.org') // -> { warnings: [], permissions: ['activeTab', 'alarms', …], optional: [] }
 */
export async function manifestReading(chrome: ChromeScope, geckoId: string): Promise<{ warnings: string[]; permissions: string[]; optional: string[] }> {
  return chrome.run(MANIFEST_READING, geckoId);
}
