import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../lib/corpus/build-corpus';
import { warmUpEngine } from '../../../lib/ui/warm-up-engine';
import type { Article } from '../../../lib/types';

const article = (id: string, text: string): Article => ({ id, outlet: id, title: '', text });

describe('warmUpEngine', () => {
  it.each([
    ['an empty corpus', [], 0],
    ['one article', [article('a', 'Kim met Putin in Pyongyang.')], 0],
    ['two articles', [article('a', 'Kim met Putin in Pyongyang.'), article('b', 'Putin met Kim in Pyongyang on Wednesday.')], 1],
  ])('%s', async (_case, articles, groups) => {
    expect(await warmUpEngine(buildCorpus(articles))).toBe(groups);
  });
});
