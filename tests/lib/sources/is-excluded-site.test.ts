import { describe, expect, it } from 'vitest';
import { isExcludedSite } from '../../../lib/sources/is-excluded-site';

describe('isExcludedSite', () => {
  it.each<[string, string, string[], boolean]>([
    ['the site itself', 'https://example.com/a', ['example.com'], true],
    ['a subdomain', 'https://news.example.com/a', ['example.com'], true],
    ['www', 'http://www.example.com/', ['example.com'], true],
    ['a look-alike host', 'https://badexample.com/a', ['example.com'], false],
    ['a host that merely contains it', 'https://example.com.evil.test/a', ['example.com'], false],
    ['the parent of an excluded subdomain', 'https://example.com/a', ['mail.example.com'], false],
    ['no exclusions', 'https://example.com/a', [], false],
    ['not a URL', 'example.com', ['example.com'], false],
  ])('%s', (_case, url, sites, excluded) => {
    expect(isExcludedSite(url, sites)).toBe(excluded);
  });
});
