import { describe, expect, it } from 'vitest';
import { articleTerms } from '../../../lib/corpus/article-terms';
import { buildCorpus } from '../../../lib/corpus/build-corpus';
import type { Article } from '../../../lib/types';

const article = (id: string, text: string, title = ''): Article => ({ id, outlet: `Outlet ${id}`, title, text });
const articles = [
  article('a', 'Putin arrived in Pyongyang on Wednesday. Kim greeted Putin.', 'Putin visits North Korea'),
  article('b', 'The builder of the bridge in Lisbon resigned.'),
  article('c', 'Kim Jong Un welcomed the Russian leader.'),
];

describe('buildCorpus', () => {
  const corpus = buildCorpus(articles);

  it('keeps the articles in order with one norm each', () => {
    expect(corpus.articles.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(corpus.norms).toHaveLength(3);
    for (const norm of corpus.norms) expect(norm).toBeGreaterThan(0);
  });

  it.each([
    ['a term of one article', 'pyongyang', [0]],
    ['a term of two articles', 'kim', [0, 2]],
  ])('posts %s under its articles', (_case, term, docs) => {
    const list = corpus.postings[term] ?? [];
    expect(list.filter((_, i) => i % 2 === 0)).toEqual(docs);
  });

  it('posts every term of every article with its weight (3 decimals)', () => {
    articles.forEach((a, index) => {
      for (const [term, weight] of articleTerms(a)) {
        const list = corpus.postings[term] ?? [];
        const at = list.findIndex((x, i) => i % 2 === 0 && x === index);
        expect(at).toBeGreaterThanOrEqual(0);
        expect(list[at + 1]).toBeCloseTo(weight, 3);
      }
    });
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(corpus))).toEqual(corpus);
  });

  it.each([
    ['an empty corpus', [] as Article[], 0],
    ['an article with no content words', [article('x', 'It was.')], 1],
  ])('handles %s', (_case, input, n) => {
    const c = buildCorpus(input);
    expect(c.articles).toHaveLength(n);
    expect(c.norms.every((x) => Number.isFinite(x))).toBe(true);
  });

  it('refuses duplicate ids', () => {
    expect(() => buildCorpus([article('a', 'One.'), article('a', 'Two.')])).toThrow(/duplicate article id "a"/);
  });
});
