/**
 * Checks of the built extension (.output/, from `npm run build`), run with the browser tests: the
 * manifests ask exactly for what the features need, keep the default CSP, carry no always-on content
 * script, and no built file contains code that could reach the network or run strings as code.
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

  it('asks for exactly activeTab, scripting and storage, host access only as optional', () => {
    expect(manifest.manifest_version).toBe(3);
    expect([...(manifest.permissions as string[])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['<all_urls>']);
    expect(manifest.optional_permissions).toBeUndefined();
  });

  it('has no always-on content script, background page or web-accessible resources', () => {
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.background).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
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
    ['fetch(', /\bfetch\s*\(/],
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

  it('names no web address but XML namespaces', () => {
    const urls = files(dir(build))
      .filter((f) => /\.(js|html|css)$/.test(f))
      .flatMap((f) => readFileSync(f, 'utf8').match(/https?:\/\/[^\s"'`)]+/g) ?? []);
    expect(urls.filter((u) => !u.startsWith('http://www.w3.org/'))).toEqual([]);
  });
});

describe('firefox-mv3 build', () => {
  it('has a gecko id and declares that it collects no data', () => {
    const manifest = JSON.parse(readFileSync(join(dir('firefox-mv3'), 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
