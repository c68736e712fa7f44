import { describe, expect, it } from 'vitest';
import { linkTarget } from '../../../lib/sources/link-target';

describe('linkTarget', () => {
  it.each([
    ['a full https link', 'https://www.example.com/news/a', 'https://www.example.com/news/a', 'https://www.example.com/*'],
    ['spaces around it', '  https://example.com/a  ', 'https://example.com/a', 'https://example.com/*'],
    ['no scheme (read as https)', 'example.com/news/a', 'https://example.com/news/a', 'https://example.com/*'],
    ['no scheme, with a port', 'example.com:8080/a', 'https://example.com:8080/a', 'https://example.com/*'],
    ['a fragment (dropped)', 'https://example.com/a#comments', 'https://example.com/a', 'https://example.com/*'],
    ['a query (kept)', 'https://example.com/story?id=7', 'https://example.com/story?id=7', 'https://example.com/*'],
    ['http on a loopback port', 'http://127.0.0.1:41234/a.html', 'http://127.0.0.1:41234/a.html', 'http://127.0.0.1/*'],
    ['localhost', 'http://localhost:3000/a', 'http://localhost:3000/a', 'http://localhost/*'],
  ])('%s: accepted', (_what, input, url, permission) => {
    expect(linkTarget(input)).toMatchObject({ ok: true, url, permission });
  });

  it.each([
    ['empty', '', 'empty'],
    ['only spaces', '   ', 'empty'],
    ['one word', 'news', 'not-a-web-address'],
    ['words with spaces', 'putin north korea', 'not-a-web-address'],
    ['a browser page', 'chrome://settings', 'not-a-web-address'],
    ['an add-on store page', 'https://addons.mozilla.org/en-US/firefox/addon/x/', 'not-a-web-address'],
    ['a PDF', 'https://example.com/report.pdf', 'not-a-web-address'],
    ['a file', 'file:///home/me/a.html', 'not-a-web-address'],
    ['mail', 'mailto:desk@example.com', 'not-a-web-address'],
    ['script', 'javascript:alert(1)', 'not-a-web-address'],
    ['a password in the URL', 'https://me:secret@example.com/a', 'not-a-web-address'],
    ['ftp', 'ftp://example.com/a', 'not-a-web-address'],
  ])('%s: refused as %s', (_what, input, reason) => {
    expect(linkTarget(input)).toEqual({ ok: false, reason });
  });
});
