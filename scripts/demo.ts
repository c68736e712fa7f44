/**
 * `npm run demo`: builds the extension, serves the fixture news pages on 127.0.0.1 and opens Chrome or
 * Chromium (a fresh profile in a temporary folder) with Outlet Diff loaded, on a bundled demo article.
 * Ctrl-C (or closing the browser) stops everything and removes the profile.
 *
 *   npm run demo                     build, serve, open the browser
 *   npm run demo -- --no-build       use the existing .output/chrome-mv3
 *   npm run demo -- --no-browser     only serve the pages (load .output/chrome-mv3 yourself)
 *   npm run demo -- --port 8787      serve on a fixed port (default: a free one)
 *
 * The browser: CHROME_PATH, else the first of google-chrome, google-chrome-stable, chromium,
 * chromium-browser on the PATH.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../tests/browser/server';

const ROOT = resolve(import.meta.dirname, '..');
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
export const PAGES_DIR = join(ROOT, 'tests', 'browser', 'pages');
/** The browsers looked for on the PATH, in order. */
export const BROWSER_NAMES = ['google-chrome', 'google-chrome-stable', 'chromium', 'chromium-browser'] as const;

const isExecutable = (file: string) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * The Chrome or Chromium to open: CHROME_PATH when set (it must exist), else the first browser of
 * BROWSER_NAMES found on the PATH; undefined when there is none.
 * @example findBrowser({ CHROME_PATH: '/opt/chrome/chrome' }) // -> '/opt/chrome/chrome' (if executable)
 * @example findBrowser({ PATH: '/usr/bin' }) // -> '/usr/bin/chromium' on Debian with chromium installed
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, executable: (file: string) => boolean = isExecutable): string | undefined {
  if (env.CHROME_PATH) {
    if (!executable(env.CHROME_PATH)) throw new Error(`CHROME_PATH=${env.CHROME_PATH} is not an executable file`);
    return env.CHROME_PATH;
  }
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of BROWSER_NAMES) {
    for (const dir of dirs) {
      const file = join(dir, name);
      if (executable(file)) return file;
    }
  }
  return undefined;
}

export interface DemoOptions {
  build: boolean;
  browser: boolean;
  port: number;
}

/**
 * Command-line options; throws on an unknown one.
 * @example parseDemoArgs(['--no-build', '--port', '8787']) // -> { build: false, browser: true, port: 8787 }
 */
export function parseDemoArgs(argv: readonly string[]): DemoOptions {
  const options: DemoOptions = { build: true, browser: true, port: 0 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--no-build') options.build = false;
    else if (arg === '--no-browser') options.browser = false;
    else if (arg === '--port') {
      const port = Number(argv[++i]);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port needs a port number, not "${argv[i] ?? ''}"`);
      options.port = port;
    } else throw new Error(`unknown option "${arg}" (options: --no-build, --no-browser, --port N)`);
  }
  return options;
}

interface FixturePage {
  path: string;
  kind: string;
  title: string;
  corpusId?: string;
}

/** The demo article: the corpus article page whose story the other bundled outlets also tell. */
export function demoPage(pagesDir: string = PAGES_DIR): FixturePage {
  const { pages } = JSON.parse(readFileSync(join(pagesDir, 'pages.json'), 'utf8')) as { pages: FixturePage[] };
  const page = pages.find((p) => p.kind === 'corpus-article' && p.corpusId === '001') ?? pages.find((p) => p.kind === 'corpus-article');
  if (!page) throw new Error(`no corpus article page in ${pagesDir}/pages.json (run npx tsx scripts/make-test-pages.ts)`);
  return page;
}

/**
 * Starts the browser with the extension on `url`. Chromium loads it from --load-extension; Google
 * Chrome (which ignores that switch since version 137) gets it through the DevTools protocol instead.
 */
export async function launchDemoBrowser(executablePath: string, url: string, options: { headless?: boolean; extensionDir?: string; viaProtocolOnly?: boolean } = {}) {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const profile = mkdtempSync(join(tmpdir(), 'outlet-diff-demo-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: options.headless ?? false,
      viewport: null,
      // Playwright's default --disable-extensions would block an extension loaded through the protocol.
      ignoreDefaultArgs: ['--enable-automation', '--disable-extensions'],
      args: [
        '--no-first-run',
        '--no-default-browser-check',
        '--enable-unsafe-extension-debugging',
        ...(options.viaProtocolOnly ? [] : [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]),
      ],
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const cdp = await context.browser()!.newBrowserCDPSession();
  type Extensions = { extensions: { id: string; path: string }[] };
  const listed = (await cdp.send('Extensions.getExtensions' as 'Browser.getVersion')) as unknown as Extensions;
  let extensionId = listed.extensions.find((e) => resolve(e.path) === resolve(extensionDir))?.id;
  if (!extensionId) {
    const loaded = (await cdp.send('Extensions.loadUnpacked' as 'Browser.getVersion', { path: extensionDir } as never)) as unknown as { id: string };
    extensionId = loaded.id;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  const close = async () => {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, extensionId, profile, close };
}

async function main(argv: string[]): Promise<number> {
  const options = parseDemoArgs(argv);
  if (options.build) {
    process.stdout.write('Building the extension (npm run build)…\n');
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`${EXTENSION_DIR} is missing: run npm run build first`);

  const server: StaticServer = await startStaticServer(PAGES_DIR, options.port);
  const article = demoPage();
  const url = `${server.origin}${article.path}`;
  let browser: Awaited<ReturnType<typeof launchDemoBrowser>> | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write('\nStopping the demo…\n');
    await browser?.close();
    await server.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  process.stdout.write(`\nFixture news pages: ${server.origin}/index.html (127.0.0.1 only)\nDemo article:       ${url}\n`);
  if (options.browser) {
    const executable = findBrowser();
    if (!executable) throw new Error(`no Chrome or Chromium found (set CHROME_PATH, or install one of: ${BROWSER_NAMES.join(', ')}); or run with --no-browser`);
    if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
      throw new Error('no display (DISPLAY and WAYLAND_DISPLAY are unset): run with --no-browser and open the pages in your own browser');
    }
    browser = await launchDemoBrowser(executable, url);
    browser.context.on('close', () => void stop(0));
    process.stdout.write(
      [
        '',
        `Opened ${executable} (fresh profile in ${browser.profile}) with Outlet Diff loaded (id ${browser.extensionId}).`,
        'What to do:',
        '  1. Click the puzzle-piece (Extensions) button in the toolbar, then "Outlet Diff" (pin it to keep it in the toolbar).',
        '     The popup says this page is an article in the corpus and lists the other outlets on the story.',
        '  2. Pick another outlet: the popup marks what this outlet added, omitted or reworded, word by word.',
        '  3. "Open side by side" shows both articles in aligned columns that scroll together.',
        `  4. Try ${server.origin}/index.html for other pages: an unrelated story (save it), a home page (not an article).`,
        '',
        'Ctrl-C here (or closing the browser) stops the demo.',
        '',
      ].join('\n'),
    );
  } else {
    process.stdout.write(`\nLoad ${EXTENSION_DIR} as an unpacked extension (chrome://extensions, Developer mode), open the demo article and click Outlet Diff.\nCtrl-C stops the server.\n`);
  }
  await new Promise(() => undefined); // until Ctrl-C
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`demo: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
