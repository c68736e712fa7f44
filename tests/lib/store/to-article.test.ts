import { describe, expect, it } from 'vitest';
import { storeRecord } from '../../../lib/store/store-record';
import { toArticle } from '../../../lib/store/to-article';
import { STORIES } from './helpers';

describe('toArticle', () => {
  it.each(STORIES.slice(0, 3).map((a) => [a.id, a] as const))('%s: the article as it came in', (_id, article) => {
    expect(toArticle({ ...storeRecord(article, 'saved', 1), docNo: 0 })).toEqual(article);
  });
});
