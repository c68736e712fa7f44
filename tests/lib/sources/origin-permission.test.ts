import { describe, expect, it } from 'vitest';
import { originPermission } from '../../../lib/sources/origin-permission';

describe('originPermission', () => {
  it.each([
    ['an https page', 'https://www.example.com/news/a?x=1#y', 'https://www.example.com/*'],
    ['an http page', 'http://example.org/', 'http://example.org/*'],
    ['a port (dropped: Firefox refuses ports in patterns)', 'http://127.0.0.1:41234/a.html', 'http://127.0.0.1/*'],
    ['an IPv6 host', 'http://[::1]:8080/a', 'http://[::1]/*'],
    ['an upper-case host (lower-cased by URL)', 'https://EXAMPLE.com/A', 'https://example.com/*'],
    ['ftp', 'ftp://example.com/a', undefined],
    ['a file', 'file:///home/me/a.html', undefined],
    ['a browser page', 'chrome://settings', undefined],
    ['not a URL', 'example.com/a', undefined],
    ['empty', '', undefined],
  ])('%s: %s -> %s', (_what, url, expected) => {
    expect(originPermission(url)).toBe(expected);
  });
});
