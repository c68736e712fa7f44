import { describe, expect, it } from 'vitest';
import { isRestrictedUrl } from '../../../lib/ui/is-restricted-url';

describe('isRestrictedUrl', () => {
  it.each([
    ['chrome://settings', true],
    ['edge://extensions', true],
    ['about:blank', true],
    ['about:reader?url=https://x.org', true],
    ['moz-extension://abc/popup.html', true],
    ['chrome-extension://abc/popup.html', true],
    ['view-source:https://www.bbc.co.uk/', true],
    ['https://chromewebstore.google.com/detail/x/abc', true],
    ['https://chrome.google.com/webstore/detail/abc', true],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', true],
    ['https://microsoftedge.microsoft.com/addons/detail/x', true],
    ['https://example.org/report.PDF', true],
    ['data:text/html,<p>x</p>', true],
    ['javascript:alert(1)', true],
    ['ftp://example.org/a', true],
    ['not a url', true],
    ['', true],
    [undefined, true],
    ['https://www.bbc.co.uk/news/world-asia-123', false],
    ['http://example.org/story?id=1', false],
    ['https://chrome.google.com/search', false],
    ['https://example.org/pdf-guide', false],
    ['file:///home/me/article.html', false],
  ])('%s -> %s', (url, restricted) => {
    expect(isRestrictedUrl(url)).toBe(restricted);
  });
});
