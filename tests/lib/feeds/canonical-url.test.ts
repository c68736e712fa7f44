import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../../lib/feeds/canonical-url';

describe('canonicalUrl', () => {
  it.each([
    ['unchanged', 'https://a.example/news/1', 'https://a.example/news/1'],
    ['fragment dropped', 'https://a.example/news/1#comments', 'https://a.example/news/1'],
    ['utm_ parameters dropped', 'https://a.example/news/1?utm_source=rss&utm_medium=feed', 'https://a.example/news/1'],
    ['other parameters kept, in order', 'https://a.example/article.php?id=12&utm_campaign=x&page=2', 'https://a.example/article.php?id=12&page=2'],
    ['case of tracking names ignored', 'https://a.example/a?UTM_Source=x&FBCLID=y', 'https://a.example/a'],
    ['BBC ns_ and AT Internet at_ parameters', 'https://a.example/a?ns_mchannel=rss&at_medium=RSS', 'https://a.example/a'],
    ['host lower-cased, default port dropped', 'https://A.Example:443/x', 'https://a.example/x'],
    ['http kept as http', 'http://a.example/x', 'http://a.example/x'],
    ['not http(s)', 'ftp://a.example/x', undefined],
    ['not a URL', 'a.example/x', undefined],
    ['missing', undefined, undefined],
  ])('%s', (_name, url, expected) => {
    expect(canonicalUrl(url)).toBe(expected);
  });
});
