/**
 * `npm run smoke:firefox`: the Firefox build (.output/firefox-mv3, from `npm run build`) passes
 * `web-ext lint` with no error, and headless Firefox ESR starts with it installed as a temporary add-on,
 * loads a fixture news page from 127.0.0.1, and exits cleanly when told to, all under a time limit.
 *
 * Environment: FIREFOX_PATH (default /usr/bin/firefox-esr), OD_FIREFOX_EXTENSION_DIR (default
 * .output/firefox-mv3). Exit code 0 when every check passes, 1 otherwise (one line per failure).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../tests/browser/server';

const ROOT = resolve(import.meta.dirname, '..');
const WEB_EXT = join(ROOT, 'node_modules', 'web-ext', 'bin', 'web-ext.js');
const PAGES_DIR = join(ROOT, 'tests', 'browser', 'pages');

export interface LintResult {
  errors: { code: string; message: string; file?: string }[];
  warnings: { code: string; message: string; file?: string }[];
}

/** `web-ext lint` on a built extension folder, parsed from its JSON output. */
export function lint(sourceDir: string): LintResult {
  const run = spawnSync(process.execPath, [WEB_EXT, 'lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
    timeout: 120_000,
    killSignal: 'SIGKILL',
  });
  const json = run.stdout.slice(run.stdout.indexOf('{'));
  try {
    return JSON.parse(json) as LintResult;
  } catch {
    throw new Error(`web-ext lint gave no JSON report (exit ${run.status}): ${(run.stderr || run.stdout).trim().slice(0, 300)}`);
  }
}

export interface RunResult {
  installed: boolean;
  pageLoaded: boolean;
  exitCode: number | null;
  /** Milliseconds from start to "installed", and from the stop signal to exit. */
  startMs?: number;
  stopMs?: number;
  log: string;
}

/**
 * Starts headless Firefox with the extension through `web-ext run`, waits until the add-on is installed
 * and the start page has been fetched from the local server, then quits Firefox and waits for web-ext
 * to exit cleanly (code 0). Everything is killed when `timeoutMs` runs out.
 */
export async function runFirefox(sourceDir: string, firefox: string, timeoutMs = 90_000): Promise<RunResult> {
  const server = await startStaticServer(PAGES_DIR);
  const startPath = '/outlet-b/world/putin-lands-in-pyongyang-to-boost-defence-ties-with-north-ko.html';
  const child = spawn(
    process.execPath,
    [WEB_EXT, 'run', '--source-dir', sourceDir, '--firefox', firefox, '--no-reload', '--no-input', '--no-config-discovery', '--arg=-headless', '--start-url', `${server.origin}${startPath}`],
    { env: { ...process.env, MOZ_HEADLESS: '1' }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  const started = Date.now();
  let startMs: number | undefined;
  const onData = (chunk: Buffer) => {
    log += chunk.toString();
    if (startMs === undefined && /Installed .* as a temporary add-on/.test(log)) startMs = Date.now() - started;
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const killAll = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  const deadline = setTimeout(killAll, timeoutMs);
  try {
    const pageLoaded = () => server.requests.some((r) => r.path === startPath && r.status === 200);
    const ready = await Promise.race([
      (async () => {
        while (startMs === undefined || !pageLoaded()) await new Promise((done) => setTimeout(done, 200));
        return true;
      })(),
      exited.then(() => false),
    ]);
    const stopAt = Date.now();
    // Stop as a reader would, by quitting Firefox (SIGTERM: Firefox shuts down normally); web-ext then
    // removes its temporary profile and exits 0. (Ctrl-C on web-ext races the profile removal against a
    // still-running Firefox and exits 130.)
    if (ready) {
      const firefoxPids = childPids(child.pid!);
      if (!firefoxPids.length) throw new Error('no Firefox process under web-ext');
      for (const pid of firefoxPids) process.kill(pid, 'SIGTERM');
    }
    const exitCode = await exited;
    return { installed: startMs !== undefined, pageLoaded: pageLoaded(), exitCode, startMs, stopMs: ready ? Date.now() - stopAt : undefined, log };
  } finally {
    clearTimeout(deadline);
    killAll();
    await server.close();
  }
}

/** The direct children of a process (Linux /proc). */
function childPids(pid: number): number[] {
  const out = spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).stdout;
  return out
    .split('\n')
    .map((line) => Number(line.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
}

async function main(): Promise<number> {
  const sourceDir = resolve(process.env.OD_FIREFOX_EXTENSION_DIR ?? join(ROOT, '.output', 'firefox-mv3'));
  const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  const failures: string[] = [];
  if (!existsSync(join(sourceDir, 'manifest.json'))) {
    process.stderr.write(`firefox-smoke: ${sourceDir}/manifest.json is missing: run npm run build first\n`);
    return 1;
  }
  if (!existsSync(firefox)) {
    process.stderr.write(`firefox-smoke: Firefox not found at ${firefox} (set FIREFOX_PATH; apt-get install firefox-esr)\n`);
    return 1;
  }
  const version = spawnSync(firefox, ['--version'], { encoding: 'utf8', timeout: 20_000 }).stdout.trim();

  const t0 = Date.now();
  const report = lint(sourceDir);
  process.stdout.write(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${Date.now() - t0} ms)\n`);
  for (const w of report.warnings) process.stdout.write(`  warning ${w.code}: ${w.message}${w.file ? ` (${w.file})` : ''}\n`);
  for (const e of report.errors) failures.push(`lint error ${e.code}: ${e.message}${e.file ? ` (${e.file})` : ''}`);

  const t1 = Date.now();
  const run = await runFirefox(sourceDir, firefox);
  process.stdout.write(
    `web-ext run (${version}, headless): installed ${run.installed ? `after ${run.startMs} ms` : 'NO'}, start page loaded ${run.pageLoaded ? 'yes' : 'NO'}, ` +
      `exit ${run.exitCode}${run.stopMs !== undefined ? ` ${run.stopMs} ms after quitting Firefox` : ''} (${Date.now() - t1} ms in all)\n`,
  );
  if (!run.installed) failures.push('Firefox did not report the extension installed');
  if (!run.pageLoaded) failures.push('Firefox did not load the start page from 127.0.0.1');
  if (run.exitCode !== 0) failures.push(`web-ext run did not exit cleanly (exit code ${run.exitCode})`);
  if (failures.length) process.stdout.write(`web-ext output:\n${run.log}\n`);

  for (const failure of failures) process.stderr.write(`firefox-smoke: ${failure}\n`);
  process.stdout.write(failures.length ? `firefox smoke: FAILED (${failures.length})\n` : 'firefox smoke: ok\n');
  return failures.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`firefox-smoke: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
