import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FEEDS_CONTROL } from '../../../components/services/feeds-control';

const request = vi.fn(async () => true);

beforeEach(() => {
  fakeBrowser.reset();
  request.mockClear();
  fakeBrowser.permissions.request = request as unknown as typeof fakeBrowser.permissions.request;
  fakeBrowser.runtime.getManifest = (() => ({ optional_permissions: ['alarms', 'webRequest'] })) as unknown as typeof fakeBrowser.runtime.getManifest;
});

describe('FEEDS_CONTROL.requestAccess', () => {
  it.each([
    ['a feed and its articles’ site', ['https://feeds.a.test/rss', 'https://www.a.test'], ['https://feeds.a.test/*', 'https://www.a.test/*']],
    ['two feeds on one host and that host as a site: each host once', ['https://a.test/rss', 'https://a.test/world.xml', 'https://a.test'], ['https://a.test/*']],
    ['a port and a path: the host only (Firefox refuses ports in patterns)', ['http://127.0.0.1:8080/feeds/a.xml'], ['http://127.0.0.1/*']],
    ['an address that is not a web page: left out', ['https://b.test/atom', 'ftp://b.test/feed'], ['https://b.test/*']],
  ])('%s: one prompt, with alarms and webRequest, never all sites', async (_case, urls, origins) => {
    expect(await FEEDS_CONTROL.requestAccess(urls)).toBe(true);
    expect(request).toHaveBeenCalledTimes(1);
    expect(request).toHaveBeenCalledWith({ origins, permissions: ['alarms', 'webRequest'] });
  });
});

describe('FEEDS_CONTROL.hasAccess', () => {
  it.each([
    ['a granted site', 'https://www.a.test/', true, ['https://www.a.test/*']],
    ['a site not granted', 'https://www.b.test/', false, ['https://www.b.test/*']],
    ['an address that is not a web page: never (and nothing asked)', 'ftp://a.test/', false, undefined],
  ])('%s', async (_case, url, granted, asked) => {
    const contains = vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => o === 'https://www.a.test/*'));
    fakeBrowser.permissions.contains = contains as unknown as typeof fakeBrowser.permissions.contains;
    expect(await FEEDS_CONTROL.hasAccess(url)).toBe(granted);
    if (asked) expect(contains).toHaveBeenCalledWith({ origins: asked });
    else expect(contains).not.toHaveBeenCalled();
  });
});
