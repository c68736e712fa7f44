import { describe, expect, it } from 'vitest';
import { resolveDuplicate } from '../../../lib/store/resolve-duplicate';
import type { ArticleSource } from '../../../lib/store/types';

const kept = { id: 'a', textKey: 'k1', source: 'saved' as ArticleSource, canonicalUrl: 'https://x.test/a', published: '2024-06-02' };

describe('resolveDuplicate', () => {
  it.each<[string, Partial<typeof kept> & { published?: string }, string]>([
    ['the same text, same id', { textKey: 'k1' }, 'id'],
    ['the same text, another id and URL', { id: 'b', canonicalUrl: 'https://y.test/b' }, 'text'],
    ['the same URL, another text, published later', { id: 'b', textKey: 'k2', published: '2024-06-03' }, 'replace'],
    ['the same URL, another text, published earlier', { id: 'b', textKey: 'k2', published: '2024-06-01' }, 'url'],
    ['another text, no date, fresh from the web', { textKey: 'k2', published: undefined, source: 'feed' }, 'replace'],
    ['another text, the same date, fresh from the web', { textKey: 'k2', source: 'saved' }, 'replace'],
    ['another text, no date, from an imported pack', { textKey: 'k2', published: undefined, source: 'imported' }, 'id'],
    ['near-identical text elsewhere, newer', { id: 'c', canonicalUrl: 'https://z.test/c', textKey: 'k3', published: '2024-07-01', source: 'imported' }, 'replace'],
  ])('%s -> %s', (_case, incoming, expected) => {
    expect(resolveDuplicate({ ...kept, source: 'saved', ...incoming }, kept)).toBe(expected);
  });
});
