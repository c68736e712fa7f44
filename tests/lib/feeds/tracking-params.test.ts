import { describe, expect, it } from 'vitest';
import { TRACKING_PARAMS, TRACKING_PREFIXES } from '../../../lib/feeds/tracking-params';

describe('TRACKING_PARAMS and TRACKING_PREFIXES', () => {
  it.each(TRACKING_PARAMS.map((p) => [p]))('%s is a lower-case name, not covered by a prefix', (name) => {
    expect(name).toBe(name.toLowerCase());
    expect(TRACKING_PREFIXES.some((prefix) => name.startsWith(prefix))).toBe(false);
  });

  it.each(TRACKING_PREFIXES.map((p) => [p]))('%s is a lower-case prefix ending in _', (prefix) => {
    expect(prefix).toMatch(/^[a-z]+_$/);
  });

  it.each(['id', 'p', 'page', 'story', 'article', 'v'])('never an article-identifying name: %s', (name) => {
    expect(TRACKING_PARAMS).not.toContain(name);
    expect(TRACKING_PREFIXES.some((prefix) => name.startsWith(prefix))).toBe(false);
  });
});
