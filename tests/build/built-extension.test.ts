/**
 * Checks of the built extension (.output/, from `npm run build`), run with the browser tests: the
 * manifests ask exactly for what the features need (everything beyond the toolbar click is optional),
 * keep the default CSP, carry no always-on content script, and no built file contains code that could
 * run strings as code or reach the network, but for the one fetch that reads a linked page under the
 * network rules.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const builds = ['chrome-mv3', 'firefox-mv3'] as const;
const dir = (build: string) => join(root, '.output', build);

function files(path: string): string[] {
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((f) => join(path, f))
    .filter((f) => statSync(f).isFile());
}

describe.each(builds)('%s build', (build) => {
  const manifestPath = join(dir(build), 'manifest.json');

  it('exists (run `npm run build` first)', () => {
    expect(existsSync(manifestPath), `${manifestPath} is missing: run npm run build`).toBe(true);
  });

  const manifest = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>) : {};

  it('asks for exactly activeTab, scripting and storage at install; the link menu and host access only as optional', () => {
    expect(manifest.manifest_version).toBe(3);
    expect([...(manifest.permissions as string[])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['<all_urls>']);
    // Firefox takes no menus permission as optional: its build has no link menu.
    expect(manifest.optional_permissions).toEqual(build === 'chrome-mv3' ? ['contextMenus'] : undefined);
  });

  it('runs as one extension across normal and private windows (the code that keeps pages refuses private tabs)', () => {
    expect(manifest.incognito).toBe('spanning');
  });

  it('has no always-on content script or web-accessible resources; the background is one script of ours', () => {
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.background).toEqual(build === 'chrome-mv3' ? { service_worker: 'background.js' } : { scripts: ['background.js'] });
  });

  it('builds the runtime-registered content scripts (extraction on a click, the visit script while remembering is on)', () => {
    expect(readdirSync(join(dir(build), 'content-scripts')).sort()).toEqual(['extract.js', 'visited.js']);
  });

  it('calls fetch in one file only, the side-by-side page that reads a linked page, beside the network rules', () => {
    const fetching = files(dir(build))
      .filter((f) => /\.(js|html)$/.test(f))
      .filter((f) => /\bfetch\s*\(/.test(readFileSync(f, 'utf8')));
    expect(fetching.map((f) => f.slice(dir(build).length + 1).replace(/-[\w-]{8}\.js$/, '.js'))).toEqual(['chunks/sidebyside.js']);
    const code = readFileSync(fetching[0]!, 'utf8');
    for (const rule of ['credentials:`omit`', 'referrerPolicy:`no-referrer`', 'redirect:`manual`', 'method:`GET`', 'maxBytes:5242880', 'timeoutMs:2e4']) expect(code.replace(/["']/g, '`'), rule).toContain(rule);
  });

  it('keeps the default content security policy', () => {
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('has its icons at every manifest size and its messages', () => {
    const icons = manifest.icons as Record<string, string>;
    expect(Object.keys(icons).sort((a, b) => Number(a) - Number(b))).toEqual(['16', '32', '48', '96', '128']);
    for (const file of Object.values(icons)) expect(existsSync(join(dir(build), file)), file).toBe(true);
    expect(existsSync(join(dir(build), '_locales', 'en', 'messages.json'))).toBe(true);
  });

  it.each([
    ['XMLHttpRequest', /\bXMLHttpRequest\b/],
    ['WebSocket', /\bWebSocket\b/],
    ['sendBeacon', /\bsendBeacon\b/],
    ['EventSource', /\bEventSource\b/],
    ['importScripts', /\bimportScripts\b/],
    ['eval(', /(^|[^.\w$])eval\s*\(/],
    ['new Function(', /\bnew\s+Function\s*\(/],
    ['a remote stylesheet or font', /@import\s+url\(|@font-face|fonts\.googleapis|url\(\s*["']?https?:/],
    ['a remote script or frame', /<(script|iframe|link)[^>]+(src|href)=["']?https?:/i],
  ])('no built file contains %s', (_name, pattern) => {
    const offenders = files(dir(build))
      .filter((f) => /\.(js|html|css)$/.test(f))
      .filter((f) => pattern.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('names no web address but XML namespaces (match patterns and the scheme put before a pasted address name no host)', () => {
    const urls = files(dir(build))
      .filter((f) => /\.(js|html|css)$/.test(f))
      .flatMap((f) => readFileSync(f, 'utf8').match(/https?:\/\/[^\s"'`)]*/g) ?? []);
    expect(urls.filter((u) => !u.startsWith('http://www.w3.org/') && !/^https?:\/\/(\*\/\*|\*\.?|\$\{|$)/.test(u))).toEqual([]);
  });
});

describe('firefox-mv3 build', () => {
  it('has a gecko id and declares that it collects no data', () => {
    const manifest = JSON.parse(readFileSync(join(dir('firefox-mv3'), 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
