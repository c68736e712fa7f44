import { describe, expect, it } from 'vitest';
import { capArticle } from '../../../lib/ui/cap-article';
import type { Article } from '../../../lib/types';

const article = (text: string): Article => ({ id: '1', outlet: 'X', title: 'T', text });

describe('capArticle', () => {
  it.each([
    ['a short article stays whole', 'One two.\n\nThree four.', 10, 'One two.\n\nThree four.', false, 4, 4],
    ['exactly at the limit stays whole', 'One two.\n\nThree four.', 4, 'One two.\n\nThree four.', false, 4, 4],
    ['cut at a paragraph boundary', 'One two.\n\nThree four.\n\nFive.', 3, 'One two.', true, 5, 2],
    ['one huge paragraph cut at the word limit', 'One two three four five six.', 3, 'One two three', true, 6, 3],
  ])('%s', (_case, text, max, kept, capped, total, keptWords) => {
    const result = capArticle(article(text), max);
    expect(result).toEqual({ article: { ...article(text), text: kept }, capped, totalWords: total, keptWords });
  });

  it('returns the same article object when nothing is cut', () => {
    const a = article('Short.');
    expect(capArticle(a, 100).article).toBe(a);
  });
});
