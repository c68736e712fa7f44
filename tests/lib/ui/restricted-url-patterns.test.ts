import { describe, expect, it } from 'vitest';
import { READABLE_SCHEMES, RESTRICTED_SCHEMES, RESTRICTED_STORE_PAGES } from '../../../lib/ui/restricted-url-patterns';

describe('restricted URL patterns', () => {
  it.each([...RESTRICTED_SCHEMES, ...READABLE_SCHEMES])('%s is a lower-case scheme as URL.protocol gives it', (scheme) => {
    expect(scheme).toBe(new URL(`${scheme}//x/`).protocol);
  });

  it('never lists a scheme as both readable and restricted', () => {
    expect(READABLE_SCHEMES.filter((s) => RESTRICTED_SCHEMES.includes(s))).toEqual([]);
  });

  it.each(RESTRICTED_STORE_PAGES.map((p) => [p.source, p]))('store pattern %s is anchored at the host', (_source, pattern) => {
    expect(pattern.source.startsWith('^')).toBe(true);
    expect(pattern.test('example.org/addons.mozilla.org/')).toBe(false);
  });
});
