import { describe, expect, it } from 'vitest';
import { validateCorpusPack } from '../../../lib/corpus/validate-corpus-pack';

const good = { id: '1', outlet: 'X', title: 'T', text: 'Body.' };
const pack = (articles: unknown, extra: object = {}) => ({ format: 'outlet-diff-corpus', version: 1, articles, ...extra });

describe('validateCorpusPack', () => {
  it.each([
    ['an empty pack', pack([]), 0],
    ['one article', pack([good]), 1],
    ['optional fields', pack([{ ...good, url: 'https://x.test/a', published: '2024-06-19', byline: 'A', lang: 'en' }]), 1],
  ])('accepts %s', (_case, json, n) => {
    const result = validateCorpusPack(json);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.articles).toHaveLength(n);
  });

  it('drops unknown fields', () => {
    const result = validateCorpusPack(pack([{ ...good, evil: '<script>' }]));
    expect(result.ok && Object.keys(result.articles[0] ?? {})).toEqual(['id', 'outlet', 'title', 'text']);
  });

  it.each([
    ['null', null, /not an Outlet Diff corpus pack/],
    ['an array', [good], /not an Outlet Diff corpus pack/],
    ['another format', { format: 'other', version: 1, articles: [] }, /not an Outlet Diff corpus pack/],
    ['a future version', pack([], { version: 2 }), /unsupported corpus pack version 2/],
    ['articles not an array', pack({}), /"articles" must be an array/],
    ['an article that is not an object', pack(['text']), /article 0 is not an object/],
    ['a missing text', pack([{ id: '1', outlet: 'X', title: 'T' }]), /article 0: "text" must be a string/],
    ['a numeric id', pack([{ ...good, id: 1 }]), /article 0: "id" must be a string/],
    ['an empty text', pack([{ ...good, text: '  ' }]), /article 0: "text" is empty/],
    ['an optional field of the wrong type', pack([{ ...good, url: 5 }]), /article 0: "url" must be a string/],
    ['duplicate ids', pack([good, good]), /article 1: duplicate id "1"/],
    ['too many articles', pack(Array.from({ length: 50_001 }, () => good)), /too many articles/],
    ['an oversized field', pack([{ ...good, text: 'x'.repeat(1_000_001) }]), /"text" is too long/],
  ])('refuses %s with one line', (_case, json, message) => {
    const result = validateCorpusPack(json);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expect(result.error).not.toContain('\n');
    }
  });
});
