/**
 * What lib/ makes of a fixture page in Node (linkedom + the same extraction, matching and comparison the
 * extension runs): the expectations the browser tests hold the popup to, in either browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { compareArticles, extractArticle, findCoverage } from '../../lib/index';
import { buildBundledCorpus } from '../../scripts/build-corpus';
import { PAGES_DIR, type PageInfo } from './fixture-pages';

const corpus = buildBundledCorpus().corpus;

/**
 * The article lib/ extracts from a fixture page and the corpus matches it finds for it.
 * @example (await expectedCoverage(findPage(readPages(), 'corpus-article', '001'))).matches[0]?.decision // -> 'this-article'
 */
export async function expectedCoverage(info: PageInfo) {
  const { document } = parseHTML(readFileSync(join(PAGES_DIR, ...info.path.split('/')), 'utf8'));
  const result = extractArticle(document as unknown as Document, `http://127.0.0.1${info.path}`);
  if (!result.ok) throw new Error(`${info.path} does not extract: ${result.message}`);
  return { article: result.article, matches: (await findCoverage(result.article, corpus)).matches };
}

/**
 * The kinds of the comparison groups, in order, of a fixture page against one corpus article.
 * @example (await expectedGroupKinds(findPage(readPages(), 'corpus-article', '000'), '001')).slice(0, 2) // -> ['reworded', 'reworded']
 */
export async function expectedGroupKinds(info: PageInfo, otherId: string): Promise<string[]> {
  const other = corpus.articles.find((a) => a.id === otherId);
  if (!other) throw new Error(`no corpus article ${otherId}`);
  return compareArticles((await expectedCoverage(info)).article, other).groups.map((g) => g.kind);
}
