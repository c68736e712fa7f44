import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../lib/corpus/read-article';

const good = { id: '1', outlet: 'X', title: 'T', text: 'Body.' };

describe('readArticle', () => {
  it.each([
    ['the required fields', good, good],
    ['optional fields kept', { ...good, url: 'https://x.test', lang: 'en' }, { ...good, url: 'https://x.test', lang: 'en' }],
    ['unknown fields dropped', { ...good, evil: '<script>' }, good],
  ])('reads %s', (_case, value, expected) => {
    expect(readArticle(value, 'line 1')).toEqual(expected);
  });

  it.each([
    ['not an object', 'text', 'line 7 is not an object'],
    ['an array', [good], 'line 7 is not an object'],
    ['a missing outlet', { id: '1', title: 'T', text: 'B' }, 'line 7: "outlet" must be a string'],
    ['a number for a string', { ...good, published: 2024 }, 'line 7: "published" must be a string'],
    ['a blank id', { ...good, id: ' ' }, 'line 7: "id" is empty'],
    ['a blank text', { ...good, text: '\n' }, 'line 7: "text" is empty'],
    ['a field of two million characters', { ...good, title: 'x'.repeat(2_000_000) }, 'line 7: "title" is too long'],
  ])('refuses %s, saying where', (_case, value, error) => {
    expect(readArticle(value, 'line 7')).toBe(error);
  });
});
