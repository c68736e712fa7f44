import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../../lib/match/canonical-url';

describe('canonicalUrl', () => {
  it.each([
    ['tracking parameters', 'https://example.com/story?utm_source=x', 'https://example.com/story'],
    ['a fragment', 'https://example.com/story#comments', 'https://example.com/story'],
    ['a trailing slash', 'https://example.com/story/', 'https://example.com/story'],
    ['capitals', 'https://Example.com/Story', 'https://example.com/story'],
    ['all of them', 'https://Example.com/story//?a=1#top', 'https://example.com/story'],
    ['no URL', undefined, undefined],
    ['an empty URL', '', undefined],
    ['only a query', '?utm=1', undefined],
  ])('%s', (_case, url, expected) => {
    expect(canonicalUrl(url)).toBe(expected);
  });
});
