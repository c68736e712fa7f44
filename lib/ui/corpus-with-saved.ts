import { buildCorpus } from '../corpus/build-corpus';
import type { BundledCorpus, Corpus } from '../corpus/types';
import type { Article } from '../types';

/**
 * The corpus the extension searches: the bundled one with the reader's saved articles added. With
 * nothing saved the prebuilt index is used as is (no indexing at all); otherwise the whole set is
 * indexed again, since every IDF changes with the number of articles. A saved article with a bundled
 * article's id is left out: the bundled copy wins.
 * @example corpusWithSaved(bundle, []) === bundle.corpus // -> true
 */
export function corpusWithSaved(bundle: BundledCorpus, saved: readonly Article[]): Corpus {
  if (!saved.length) return bundle.corpus;
  const bundledIds = new Set(bundle.corpus.articles.map((a) => a.id));
  return buildCorpus([...bundle.corpus.articles, ...saved.filter((a) => !bundledIds.has(a.id))]);
}
