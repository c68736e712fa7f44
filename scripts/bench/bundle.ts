/**
 * Bundle size per entrypoint of the built Chrome extension (.output/chrome-mv3), raw and gzip: what
 * each page loads up front (its script, the chunks it imports statically, its CSS) and what it loads
 * later (dynamic imports), the content script, both browsers' backgrounds, and the data files apart. Budgets (issue 6): popup
 * <= 50 KB gzip, content script <= 25 KB gzip, the corpus data reported separately.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '..', '..');
const out = join(root, '.output', 'chrome-mv3');

const size = (path: string) => ({ raw: statSync(path).size, gzip: gzipSync(readFileSync(path), { level: 9 }).length });
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** The files a module loads: static imports now, dynamic imports later, followed through every chunk. */
function closure(entries: string[]): { now: Set<string>; later: Set<string> } {
  const now = new Set<string>();
  const later = new Set<string>();
  const visit = (file: string, lazy: boolean) => {
    const set = lazy ? later : now;
    if (now.has(file) || set.has(file) || !existsSync(file)) return;
    set.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)) visit(resolve(file, m[1] as string), lazy);
    // The bundler writes dynamic imports with backticks as often as with quotes: import(`./engine-….js`).
    for (const m of code.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) visit(resolve(file, m[1] as string), true);
  };
  for (const entry of entries) visit(entry, false);
  for (const file of now) later.delete(file);
  return { now, later };
}

function resolve(from: string, spec: string): string {
  return spec.startsWith('/') ? join(out, spec) : join(dirname(from), spec);
}

function total(files: Iterable<string>) {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const s = size(f);
    raw += s.raw;
    gzip += s.gzip;
  }
  return { raw, gzip };
}

/** Prints the size table. */
export async function benchBundle(): Promise<void> {
  const print = (line: string) => process.stdout.write(line + '\n');
  if (!existsSync(join(out, 'manifest.json'))) {
    print('no build at .output/chrome-mv3: run `npm run build` first (bundle sizes skipped)');
    return;
  }
  print('entrypoint (Chrome build)          up front raw / gzip        later (lazy) raw / gzip');
  for (const html of readdirSync(out).filter((f) => f.endsWith('.html'))) {
    const page = readFileSync(join(out, html), 'utf8');
    const refs = [...page.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => join(out, m[1] as string));
    const { now, later } = closure(refs);
    const a = total(now);
    const b = total(later);
    print(`${basename(html, '.html').padEnd(34)} ${`${kb(a.raw)} / ${kb(a.gzip)}`.padStart(22)} ${`${kb(b.raw)} / ${kb(b.gzip)}`.padStart(26)}`);
  }
  const scripts = join(out, 'content-scripts');
  for (const file of existsSync(scripts) ? readdirSync(scripts) : []) {
    const s = size(join(scripts, file));
    print(`${`content script ${file}`.padEnd(34)} ${`${kb(s.raw)} / ${kb(s.gzip)}`.padStart(22)}`);
  }
  // The backgrounds: Chrome's service worker (linkedom for the feeds' pages) and Firefox's background page.
  for (const [label, file] of [['background (Chrome)', join(out, 'background.js')], ['background (Firefox)', join(out, '..', 'firefox-mv3', 'background.js')]] as const) {
    if (!existsSync(file)) continue;
    const s = size(file);
    print(`${label.padEnd(34)} ${`${kb(s.raw)} / ${kb(s.gzip)}`.padStart(22)}`);
  }
  const data = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json') && !f.startsWith('_locales') && f !== 'manifest.json');
  for (const file of data) {
    const s = size(join(out, file));
    print(`${`data ${relative('.', file)}`.padEnd(34)} ${`${kb(s.raw)} / ${kb(s.gzip)}`.padStart(22)}`);
  }
  const all = readdirSync(out, { recursive: true, encoding: 'utf8' }).map((f) => join(out, f)).filter((f) => statSync(f).isFile());
  const whole = total(all);
  print(`whole extension: ${all.length} files, ${kb(whole.raw)} raw / ${kb(whole.gzip)} gzip (sum of files)`);
}
