/**
 * A copy of the built extension whose manifest grants some optional permissions at install. Headless
 * browsers cannot answer a permission prompt; with the permission held, permissions.request resolves at
 * once and every later step is the real one. That a request comes from the reader's click is covered by
 * the component tests.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Grants {
  /** Host patterns moved to host_permissions (they stay listed as optional too). */
  hosts?: string[];
  /** API permissions moved from optional_permissions to permissions. */
  permissions?: string[];
}

/**
 * Copies `built` to a temporary folder with `grants` held at install; returns the folder and its cleanup.
 * @example const copy = grantedBuild('.output/chrome-mv3', { hosts: ['http://127.0.0.1/*'] }); process.env.OD_EXTENSION_DIR = copy.dir
 */
export function grantedBuild(built: string, grants: Grants): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'outlet-diff-granted-'));
  cpSync(built, dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string[] | undefined>;
  if (grants.hosts) manifest.host_permissions = grants.hosts;
  if (grants.permissions) {
    manifest.permissions = [...(manifest.permissions ?? []), ...grants.permissions];
    manifest.optional_permissions = (manifest.optional_permissions ?? []).filter((p) => !grants.permissions!.includes(p));
  }
  writeFileSync(path, JSON.stringify(manifest));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
