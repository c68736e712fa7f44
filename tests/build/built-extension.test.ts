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
import { FEED_CATALOGUE } from '../../lib/feeds/feed-catalogue';

const root = join(import.meta.dirname, '..', '..');
const builds = ['chrome-mv3', 'firefox-mv3'] as const;
const dir = (build: string) => join(root, '.output', build);
/** The feed parser's XML namespace names (identifiers compared as text, never contacted), as the package spells them. */
const URLS = /https?:\/\/[^\s"'`),]*/g;
/**
 * Addresses the build may name: the feed parser's XML namespace names (identifiers compared as text,
 * never contacted), and the catalogue's outlets and feeds (contacted only once the reader subscribes).
 */
const NAMED = new Set([
  ...files(join(root, 'node_modules', 'feedsmith', 'dist'))
    .filter((f) => f.endsWith('.mjs'))
    .flatMap((f) => readFileSync(f, 'utf8').match(URLS) ?? []),
  ...(JSON.stringify(FEED_CATALOGUE).match(URLS) ?? []),
]);

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

  it('asks for exactly activeTab, scripting and storage at install (and alarms in Firefox); the link menu, the feed alarm and webRequest (Chrome), and host access only as optional', () => {
    expect(manifest.manifest_version).toBe(3);
    expect([...(manifest.permissions as string[])].sort()).toEqual(build === 'chrome-mv3' ? ['activeTab', 'scripting', 'storage'] : ['activeTab', 'alarms', 'scripting', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['<all_urls>']);
    // Firefox takes neither menus nor alarms as optional: no link menu there, alarms held from install.
    expect(manifest.optional_permissions).toEqual(build === 'chrome-mv3' ? ['contextMenus', 'alarms', 'webRequest'] : undefined);
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

  it('calls fetch only where the network rules are: the background (feeds), the options page (a feed address) and the side-by-side page (a link)', () => {
    const fetching = files(dir(build))
      .filter((f) => /\.(js|html)$/.test(f))
      .filter((f) => /\bfetch\s*\(/.test(readFileSync(f, 'utf8')));
    const name = (f: string) => f.slice(dir(build).length + 1).replace(/-[\w-]{8}\.js$/, '.js');
    // The extension pages share one fetch (components/services/web-fetch.ts, with fetchText and the
    // rules) in one chunk; the background bundles its own copy.
    expect(fetching.map(name).sort()).toEqual(['background.js', 'chunks/web-fetch.js']);
    for (const file of fetching) {
      const code = readFileSync(file, 'utf8').replace(/["']/g, '`');
      for (const rule of ['credentials:`omit`', 'referrerPolicy:`no-referrer`', 'redirect:`manual`', 'method:`GET`', 'maxBytes:5242880', 'timeoutMs:2e4']) expect(code, `${name(file)}: ${rule}`).toContain(rule);
    }
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
    // Remote ones only: linkedom's CSS object model (in Chrome's background) spells '@import url(' and '@font-face' as cssText.
    ['a remote stylesheet or font', /@import\s+url\(\s*["']?https?:|fonts\.googleapis|url\(\s*["']?https?:/],
    ['a remote script or frame', /<(script|iframe|link)[^>]+(src|href)=["']?https?:/i],
  ])('no built file contains %s', (_name, pattern) => {
    const offenders = files(dir(build))
      .filter((f) => /\.(js|html|css)$/.test(f))
      .filter((f) => pattern.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('names no web address but XML namespaces and the feed catalogue (match patterns and the scheme put before a pasted address name no host)', () => {
    const urls = files(dir(build))
      .filter((f) => /\.(js|html|css)$/.test(f))
      .flatMap((f) => readFileSync(f, 'utf8').match(URLS) ?? []);
    expect(urls.filter((u) => !u.startsWith('http://www.w3.org/') && !NAMED.has(u) && !/^https?:\/\/(\*\/\*|\*\.?|\$\{|$)/.test(u))).toEqual([]);
  });
});

describe("the background's HTML parser", () => {
  /** linkedom's node name for fragments: a browser's DOM holds it natively, so only a bundled linkedom spells it. */
  const LINKEDOM_MARK = '#document-fragment';
  const background = (build: string) => readFileSync(join(dir(build), 'background.js'), 'utf8');

  it.each([
    ['chrome-mv3', true, 'the service worker has no DOM'],
    ['firefox-mv3', false, 'the background page parses with its own DOMParser'],
  ] as const)('%s: linkedom bundled: %s (%s)', (build, bundled, _why) => {
    expect(background(build).includes(LINKEDOM_MARK)).toBe(bundled);
  });
});

describe('firefox-mv3 build', () => {
  it('has a gecko id and declares that it collects no data', () => {
    const manifest = JSON.parse(readFileSync(join(dir('firefox-mv3'), 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
