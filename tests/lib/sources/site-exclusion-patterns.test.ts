import { describe, expect, it } from 'vitest';
import { siteExclusionPatterns } from '../../../lib/sources/site-exclusion-patterns';

describe('siteExclusionPatterns', () => {
  it.each<[string, string[], string[]]>([
    ['no sites', [], []],
    ['one site: itself and its subdomains', ['example.com'], ['*://example.com/*', '*://*.example.com/*']],
    ['two sites, in order', ['a.test', 'b.test'], ['*://a.test/*', '*://*.a.test/*', '*://b.test/*', '*://*.b.test/*']],
  ])('%s', (_case, sites, patterns) => {
    expect(siteExclusionPatterns(sites)).toEqual(patterns);
  });
});
