/**
 * `npm run demo`'s browser start, headless here: Chromium opens on the demo article with the extension
 * loaded, from --load-extension (Chromium) or through the DevTools protocol (what Google Chrome needs),
 * and closing removes the temporary profile.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPage, launchDemoBrowser } from '../../scripts/demo';
import { chromiumPath, EXTENSION_DIR, PAGES_DIR, readBuiltManifest } from './harness';
import { startStaticServer, type StaticServer } from './server';

describe('demo browser', () => {
  let server: StaticServer;
  beforeAll(async () => {
    readBuiltManifest();
    server = await startStaticServer(PAGES_DIR);
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each([
    ['--load-extension', false],
    ['Extensions.loadUnpacked', true],
  ])('opens the demo article with the extension loaded (%s)', async (_how, viaProtocolOnly) => {
    const article = demoPage();
    const url = `${server.origin}${article.path}`;
    const demo = await launchDemoBrowser(chromiumPath(), url, { headless: true, extensionDir: EXTENSION_DIR, viaProtocolOnly });
    try {
      expect(demo.extensionId).toMatch(/^[a-p]{32}$/);
      expect(demo.page.url()).toBe(url);
      await expect(demo.page.locator('h1').first().innerText()).resolves.toBe(article.title);
      // The extension is really there: its options page loads.
      const options = await demo.context.newPage();
      const manifest = readBuiltManifest();
      await options.goto(`chrome-extension://${demo.extensionId}/${manifest.options_ui?.page ?? manifest.action?.default_popup}`);
      await expect(options.locator('body').innerText()).resolves.toContain('Outlet Diff');
      expect(existsSync(demo.profile)).toBe(true);
    } finally {
      await demo.close();
    }
    expect(existsSync(demo.profile)).toBe(false);
  });
});
