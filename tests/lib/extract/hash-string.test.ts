import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashString } from '../../../lib/extract/hash-string';

describe('hashString', () => {
  it('is 16 hex digits and the same for the same input', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(hashString(text)).toMatch(/^[0-9a-f]{16}$/);
        expect(hashString(text)).toBe(hashString(String(text)));
      }),
    );
  });

  it.each([
    // FNV-1a 32-bit of the empty string is its offset basis, a published constant.
    ['empty string starts with the FNV-1a offset basis', '', /^811c9dc5/],
    // FNV-1a 32-bit of "a" is the published test vector e40c292c.
    ['"a" starts with the published FNV-1a test vector', 'a', /^e40c292c/],
  ])('%s', (_name, text, pattern) => {
    expect(hashString(text)).toMatch(pattern);
  });

  it.each([
    ['one character apart', 'https://example.com/a', 'https://example.com/b'],
    ['case differs', 'Putin', 'putin'],
    ['trailing slash', 'https://example.com/a', 'https://example.com/a/'],
  ])('differs when %s', (_name, a, b) => {
    expect(hashString(a)).not.toBe(hashString(b));
  });
});
