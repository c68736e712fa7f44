import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_NAMES, demoPage, findBrowser, PAGES_DIR, parseDemoArgs } from '../../scripts/demo';
import { filePath, startStaticServer, type StaticServer } from '../browser/server';

describe('findBrowser', () => {
  const only = (...files: string[]) => (file: string) => files.includes(file);

  it('takes CHROME_PATH first', () => {
    expect(findBrowser({ CHROME_PATH: '/opt/c/chrome', PATH: '/usr/bin' }, only('/opt/c/chrome', '/usr/bin/chromium'))).toBe('/opt/c/chrome');
  });

  it('refuses a CHROME_PATH that is not an executable', () => {
    expect(() => findBrowser({ CHROME_PATH: '/nope/chrome', PATH: '/usr/bin' }, only('/usr/bin/chromium'))).toThrow(/CHROME_PATH=\/nope\/chrome/);
  });

  it('prefers google-chrome, then chromium, then chromium-browser, whatever the PATH order', () => {
    expect(BROWSER_NAMES.indexOf('google-chrome')).toBeLessThan(BROWSER_NAMES.indexOf('chromium'));
    expect(findBrowser({ PATH: '/a:/b' }, only('/a/chromium-browser', '/b/chromium', '/b/google-chrome'))).toBe('/b/google-chrome');
    expect(findBrowser({ PATH: '/a:/b' }, only('/a/chromium-browser', '/b/chromium'))).toBe('/b/chromium');
    expect(findBrowser({ PATH: '/a:/b' }, only('/a/chromium-browser'))).toBe('/a/chromium-browser');
  });

  it('looks through the PATH in order for the same name', () => {
    expect(findBrowser({ PATH: '/first:/second' }, only('/first/chromium', '/second/chromium'))).toBe('/first/chromium');
  });

  it('gives undefined when there is no browser', () => {
    expect(findBrowser({ PATH: '/a:/b' }, only())).toBeUndefined();
    expect(findBrowser({}, only('/usr/bin/chromium'))).toBeUndefined();
  });
});

describe('parseDemoArgs', () => {
  it('builds and opens a browser on a free port by default', () => {
    expect(parseDemoArgs([])).toEqual({ build: true, browser: true, port: 0 });
  });

  it('reads --no-build, --no-browser and --port', () => {
    expect(parseDemoArgs(['--no-build', '--no-browser', '--port', '8787'])).toEqual({ build: false, browser: false, port: 8787 });
  });

  it('rejects unknown options and bad ports', () => {
    expect(() => parseDemoArgs(['--headless'])).toThrow(/unknown option "--headless"/);
    expect(() => parseDemoArgs(['--port'])).toThrow(/--port needs a port number/);
    expect(() => parseDemoArgs(['--port', '70000'])).toThrow(/--port needs a port number/);
  });
});

describe('demo article', () => {
  it('is a committed corpus article page', () => {
    const page = demoPage();
    expect(page.kind).toBe('corpus-article');
    expect(existsSync(join(PAGES_DIR, ...page.path.split('/')))).toBe(true);
  });
});

describe('fixture server', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(PAGES_DIR);
  });
  afterAll(async () => {
    await server.close();
  });

  it('listens on 127.0.0.1 only', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves the demo article as HTML', async () => {
    const page = demoPage();
    const response = await fetch(`${server.origin}${page.path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(readFileSync(join(PAGES_DIR, ...page.path.split('/')), 'utf8'));
    expect(server.requests.at(-1)).toEqual({ method: 'GET', path: page.path, status: 200 });
  });

  it('answers 404 for a missing page and 405 for a POST', async () => {
    expect((await fetch(`${server.origin}/no-such-page.html`)).status).toBe(404);
    expect((await fetch(`${server.origin}/index.html`, { method: 'POST' })).status).toBe(405);
  });

  it('never serves a file outside its root', async () => {
    expect(filePath('/srv/pages', '/../secret.txt')).toBeUndefined();
    expect(filePath('/srv/pages', '/%2e%2e/secret.txt')).toBeUndefined();
    expect(filePath('/srv/pages', '/a/../../secret.txt')).toBeUndefined();
    expect(filePath('/srv/pages', '/a/b.html?x=1')).toBe('/srv/pages/a/b.html');
    expect(filePath('/srv/pages', '/')).toBe('/srv/pages/index.html');
    const response = await fetch(`${server.origin}/%2e%2e/package.json`);
    expect([403, 404]).toContain(response.status);
  });
});
