import { describe, expect, it } from 'vitest';
import { articleId } from '../../../lib/extract/article-id';
import { hashString } from '../../../lib/extract/hash-string';

describe('articleId', () => {
  it.each([
    ['URL when there is one', 'https://example.com/story', 'Body.', `u-${hashString('https://example.com/story')}`],
    ['text when there is no URL', undefined, 'Body.', `t-${hashString('Body.')}`],
    ['text when the URL is empty', '', 'Body.', `t-${hashString('Body.')}`],
  ])('hashes the %s', (_name, url, text, expected) => {
    expect(articleId(url, text)).toBe(expected);
  });

  it('keeps the id when the text of the same URL changes', () => {
    expect(articleId('https://example.com/story', 'Old.')).toBe(articleId('https://example.com/story', 'New.'));
  });
});
