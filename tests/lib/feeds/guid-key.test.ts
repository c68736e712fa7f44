import { describe, expect, it } from 'vitest';
import { guidKey } from '../../../lib/feeds/guid-key';

const A = 'https://a.test/rss';
const B = 'https://b.test/rss';

describe('guidKey', () => {
  it.each([
    [A, '41', `${A} 41`],
    [A, 'tag:a.test,2026:41', `${A} tag:a.test,2026:41`],
    [B, '41', `${B} 41`],
  ])('%s + %s -> %s', (feed, guid, expected) => {
    expect(guidKey(feed, guid)).toBe(expected);
  });
});
