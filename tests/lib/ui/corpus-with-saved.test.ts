import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BundledCorpus } from '../../../lib/corpus/types';
import { findCoverage } from '../../../lib/match/find-coverage';
import { corpusWithSaved } from '../../../lib/ui/corpus-with-saved';
import type { Article } from '../../../lib/types';
import { BUNDLE_PATH } from '../../../scripts/build-corpus';

const bundle = JSON.parse(readFileSync(BUNDLE_PATH, 'utf8')) as BundledCorpus;
const first = bundle.corpus.articles[0] as Article;
const saved: Article = { id: 'saved-1', outlet: 'Saved Outlet', title: 'Floods in Bavaria', text: 'Heavy rain flooded valley towns in Bavaria overnight, officials said on Sunday, and rescuers evacuated hundreds.' };

describe('corpusWithSaved', () => {
  it('uses the prebuilt index when nothing is saved', () => {
    expect(corpusWithSaved(bundle, [])).toBe(bundle.corpus);
  });

  it.each([
    ['a new article is added and can be found', [saved], bundle.corpus.articles.length + 1],
    ['an article with a bundled id is left out', [{ ...saved, id: first.id }], bundle.corpus.articles.length],
  ])('%s', (_case, articles, count) => {
    const corpus = corpusWithSaved(bundle, articles);
    expect(corpus.articles).toHaveLength(count);
  });

  it('finds a saved article as the same story', async () => {
    const corpus = corpusWithSaved(bundle, [saved]);
    const page: Article = { ...saved, id: 'page', outlet: 'Page' };
    expect((await findCoverage(page, corpus)).matches[0]?.article.id).toBe('saved-1');
  });
});
