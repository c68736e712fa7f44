import { describe, expect, it } from 'vitest';
import { resolveUrl } from '../../../lib/feeds/resolve-url';

describe('resolveUrl', () => {
  it.each([
    ['absolute stays', 'https://a.com/x', ['https://b.com/'], 'https://a.com/x'],
    ['root-relative against the base', '/news/1', ['https://a.com/feed.xml'], 'https://a.com/news/1'],
    ['path-relative against the base', 'story.html', ['https://a.com/world/feed.xml'], 'https://a.com/world/story.html'],
    ['protocol-relative', '//cdn.a.com/x', ['https://a.com/'], 'https://cdn.a.com/x'],
    ['first usable base wins', '/x', [undefined, 'not a url', 'https://c.com/feed'], 'https://c.com/x'],
    ['whitespace around', '  /x \n', ['https://a.com/'], 'https://a.com/x'],
    ['javascript: refused', 'javascript:alert(1)', ['https://a.com/'], undefined],
    ['data: refused', 'data:text/html,<b>x</b>', ['https://a.com/'], undefined],
    ['mailto: refused', 'mailto:a@b.c', ['https://a.com/'], undefined],
    ['relative without any base', '/x', [], undefined],
    ['empty', '', ['https://a.com/'], undefined],
    ['missing', undefined, ['https://a.com/'], undefined],
  ])('%s', (_name, href, bases, expected) => {
    expect(resolveUrl(href, ...bases)).toBe(expected);
  });
});
