/**
 * The harness itself: the build is there, the extension loads, a simulated toolbar click opens the
 * real popup, the fixture server answers on 127.0.0.1 and nothing leaves it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtensionSession, isLocalRequest, readBuiltManifest } from './harness';

describe('browser harness', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await ExtensionSession.launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('finds the built extension and its popup', () => {
    const manifest = readBuiltManifest();
    expect(manifest.name).toMatch(/^(Outlet Diff|__MSG_\w+__)$/);
    expect(manifest.action?.default_popup).toMatch(/\.html$/);
  });

  it('says "run npm run build first" when the build is missing', () => {
    expect(() => readBuiltManifest('/nonexistent/outlet-diff/chrome-mv3')).toThrow(/run npm run build first/);
  });

  it('loads the extension into Chromium and knows its id', async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    const { extensions } = (await session.cdp.send('Extensions.getExtensions' as 'Browser.getVersion')) as unknown as { extensions: { id: string; name: string }[] };
    expect(extensions).toEqual([expect.objectContaining({ id: session.extensionId, name: 'Outlet Diff' })]);
  });

  it('serves the fixture pages on 127.0.0.1 and 404s what is not there', async () => {
    const article = session.page('corpus-article');
    const page = await session.open(article.path);
    expect(page.url().startsWith('http://127.0.0.1:')).toBe(true);
    await expect(page.locator('h1').first().innerText()).resolves.toBe(article.title);
    const missing = await page.request.get(`${session.server.origin}/no-such-page.html`);
    expect(missing.status()).toBe(404);
    await page.close();
  });

  it('opens the real popup with a simulated toolbar click', async () => {
    const page = await session.open(session.page('corpus-article').path);
    const popup = await session.openPopupFor(page);
    expect(popup.url()).toBe(session.extensionUrl(session.manifest.action!.default_popup!));
    await expect(popup.locator('body').innerText()).resolves.toContain('Outlet Diff');
    await popup.close();
    await page.close();
  });

  it('tells local requests from ones that leave the machine', () => {
    expect(isLocalRequest('http://127.0.0.1:5000/a.html')).toBe(true);
    expect(isLocalRequest('chrome-extension://abc/popup.html')).toBe(true);
    expect(isLocalRequest('data:text/plain,x')).toBe(true);
    expect(isLocalRequest('http://localhost:5000/')).toBe(false);
    expect(isLocalRequest('https://example.com/')).toBe(false);
    expect(isLocalRequest('wss://example.com/socket')).toBe(false);
  });

  it('catches a request to another host (the proxy net works)', async () => {
    const page = await session.open(session.page('not-article').path);
    const before = session.requests.length;
    await page.evaluate(() => fetch('http://outlet-diff-e2e.invalid/probe').catch(() => undefined));
    const seen = (via: string) => session.requests.slice(before).some((r) => r.via === via && r.url.includes('outlet-diff-e2e.invalid'));
    await expect.poll(() => seen('page') && seen('proxy'), { timeout: 5000 }).toBe(true);
    expect(session.offHostRequests().length).toBeGreaterThan(0);
    // Forget the deliberate probe, then check nothing else left 127.0.0.1.
    session.requests.splice(before);
    await page.close();
  });

  it.skipIf(!readBuiltManifest().background?.service_worker)('catches a request from the extension service worker', async () => {
    const worker = session.context.serviceWorkers().find((w) => w.url().startsWith(session.extensionUrl('')));
    expect(worker, 'the extension service worker is running').toBeDefined();
    const before = session.requests.length;
    await worker!.evaluate(() => fetch('http://outlet-diff-e2e-worker.invalid/probe').catch(() => undefined));
    const seen = (via: string) => session.requests.slice(before).some((r) => r.via === via && r.url.includes('outlet-diff-e2e-worker.invalid'));
    await expect.poll(() => seen('service-worker') && seen('proxy'), { timeout: 5000 }).toBe(true);
    session.requests.splice(before);
  });

  it('saw no request leave 127.0.0.1', () => {
    const browserTraffic = session.browserServiceRequests();
    if (browserTraffic.length) console.log(`Chromium's own service calls (not from any page or worker): ${[...new Set(browserTraffic.map((r) => new URL(r.url).hostname))].join(', ')}`);
    expect(session.requests.some((r) => r.url.startsWith(session.server.origin))).toBe(true);
    expect(session.offHostRequests()).toEqual([]);
  });
});
