/**
 * Where the browser tests leave what they produce: .output/e2e (screenshots, downloads, logs; never
 * committed) and, for screenshots when OD_UPDATE_SCREENSHOTS=1, docs/screenshots (the README's images).
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './built-extension';

export const ARTIFACTS_DIR = join(ROOT, '.output', 'e2e');
export const SCREENSHOTS_DIR = join(ROOT, 'docs', 'screenshots');

/**
 * Writes a file under .output/e2e and returns its path.
 * @example writeArtifact('exported-pack.json', '{}') // -> '<repo>/.output/e2e/exported-pack.json'
 */
export function writeArtifact(name: string, content: string | Buffer): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = join(ARTIFACTS_DIR, name);
  writeFileSync(file, content);
  return file;
}

/**
 * Saves a PNG as .output/e2e/<name>.png and, with OD_UPDATE_SCREENSHOTS=1, as docs/screenshots/<name>.png.
 * @example writeScreenshot('firefox-popup', png) // -> '<repo>/.output/e2e/firefox-popup.png'
 */
export function writeScreenshot(name: string, png: Buffer): string {
  const file = writeArtifact(`${name}.png`, png);
  if (process.env.OD_UPDATE_SCREENSHOTS === '1') {
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    copyFileSync(file, join(SCREENSHOTS_DIR, `${name}.png`));
  }
  return file;
}
