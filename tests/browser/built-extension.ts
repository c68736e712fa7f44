/**
 * The built extension as the browser tests load it: where `npm run build` puts each browser's build, and
 * its manifest, read once so a missing build says "run npm run build first" instead of a browser error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');

/** The manifest fields the tests use (both browsers' builds; Firefox's adds browser_specific_settings). */
export interface ExtensionManifest {
  name: string;
  version: string;
  action?: { default_popup?: string };
  options_ui?: { page?: string };
  options_page?: string;
  background?: { service_worker?: string; scripts?: string[] };
  optional_host_permissions?: string[];
  browser_specific_settings?: { gecko?: { id?: string } };
}

/**
 * The manifest of the build in `dir`; throws "run npm run build first" when the build is missing.
 * @example readBuiltManifest(join(ROOT, '.output', 'firefox-mv3')).action?.default_popup // -> 'popup.html'
 */
export function readBuiltManifest(dir: string): ExtensionManifest {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  return JSON.parse(readFileSync(file, 'utf8')) as ExtensionManifest;
}

/**
 * The extension page the manifest names as the popup or the options page (a path inside the extension).
 * @example manifestPage({ name: 'x', version: '1', action: { default_popup: 'popup.html' } }, 'popup') // -> 'popup.html'
 */
export function manifestPage(manifest: ExtensionManifest, page: 'popup' | 'options'): string {
  const path = page === 'popup' ? manifest.action?.default_popup : (manifest.options_ui?.page ?? manifest.options_page);
  if (!path) throw new Error(`the manifest declares no ${page} page`);
  return path;
}
