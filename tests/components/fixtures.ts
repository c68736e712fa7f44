import { readFileSync } from 'node:fs';
import { buildCorpus } from '../../lib/corpus/build-corpus';
import type { BundledCorpus } from '../../lib/corpus/types';
import type { Article } from '../../lib/types';
import type { PageExtraction } from '../../lib/ui/types';
import type { TabRead } from '../../components/services/read-tab';
import { BUNDLE_PATH } from '../../scripts/build-corpus';

/** The bundled corpus as the extension ships it (built by the tests' global setup). */
export const BUNDLE = JSON.parse(readFileSync(BUNDLE_PATH, 'utf8')) as BundledCorpus;
export const CORPUS_ARTICLES = BUNDLE.corpus.articles;
export const corpusArticle = (id: string) => CORPUS_ARTICLES.find((a) => a.id === id) as Article;

/** The bundle without some articles: a page that is one of them then has coverage but is not "this article". */
export function bundleWithout(...ids: string[]): BundledCorpus {
  return { ...BUNDLE, corpus: buildCorpus(CORPUS_ARTICLES.filter((a) => !ids.includes(a.id))), sentences: {} };
}

/** What the content script would return for an article page. */
export const pageRead = (article: Article, selection = ''): TabRead => ({
  kind: 'page',
  page: { result: { ok: true, article, readerable: true }, selection, url: article.url ?? 'https://news.example/story', title: article.title },
});

/** What the content script returns on a page that is not an article. */
export const notArticleRead = (selection = ''): TabRead => ({
  kind: 'page',
  page: { result: { ok: false, reason: 'not-an-article', message: 'No article text was found on this page.' }, selection, url: 'https://news.example/live', title: 'Live' } satisfies PageExtraction,
});

export const HOSTILE = '<script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2">';

/** An article about something the corpus does not cover. */
export const FLOODS: Article = {
  id: 'floods',
  outlet: 'Valley Post',
  title: 'Floods cut off valley towns in Bavaria',
  url: 'https://valley.example/floods',
  text: [
    'Heavy rain flooded several valley towns in southern Bavaria overnight, officials said on Sunday.',
    'Rescuers evacuated hundreds of residents by boat as the river rose above its banks.',
    `The regional government promised emergency aid for farmers whose fields were under water. ${HOSTILE}`,
    'Forecasters expect more rain on Tuesday, and schools in the district will stay closed.',
  ].join('\n\n'),
};

/** Another outlet's report of the FLOODS story (its nearest other report). */
export const FLOODS_OTHER_OUTLET: Article = {
  id: 'other',
  outlet: 'Other',
  title: 'Bavaria valley towns flooded after overnight rain',
  url: 'https://other.example/floods',
  text: [
    'Several valley towns in southern Bavaria were flooded overnight after heavy rain, officials said on Sunday.',
    'Hundreds of residents were evacuated by boat when the river burst its banks.',
    'The state government has promised emergency aid to farmers with flooded fields.',
  ].join('\n\n'),
};
