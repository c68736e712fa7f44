import { articleTerms } from '../corpus/article-terms';
import type { Corpus } from '../corpus/types';
import { hashString } from '../extract/hash-string';
import { textKey } from './text-key';

/**
 * The bundled corpus as the store sees it: its build-time index stays as shipped, and a query over the
 * bundled articles and the store together uses the IDF of the union (N and df are sums of both).
 */
export interface BaseIndex {
  corpus: Corpus;
  /** The bundled vocabulary, sorted: the store counts how many of its own articles use each term. */
  vocabulary: string[];
  /** Names this vocabulary: a store kept counts for another bundle recounts (syncBaseFrequencies). */
  fingerprint: string;
  /** How many bundled articles use a term. */
  df(term: string): number;
  /** Ids and text keys of the bundled articles: a copy of one is never stored (the bundled one wins). */
  ids: ReadonlySet<string>;
  textKeys: ReadonlySet<string>;
  /** Each bundled article's indexed weights (rounded as the index stores them), in term order. */
  weights: ReadonlyArray<ReadonlyArray<readonly [string, number]>>;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const built = new WeakMap<Corpus, BaseIndex>();

/**
 * The BaseIndex of a bundled corpus, made once per corpus object.
 * @example baseIndex(BUNDLED_CORPUS.corpus).df('pyongyang') // -> 5
 */
export function baseIndex(corpus: Corpus): BaseIndex {
  let base = built.get(corpus);
  if (base) return base;
  const vocabulary = Object.keys(corpus.postings).sort();
  base = {
    corpus,
    vocabulary,
    fingerprint: hashString(`${corpus.articles.map((a) => a.id).join('\n')}\n\n${vocabulary.join('\n')}`),
    df: (term) => (Object.hasOwn(corpus.postings, term) ? (corpus.postings[term] as number[]).length / 2 : 0),
    ids: new Set(corpus.articles.map((a) => a.id)),
    textKeys: new Set(corpus.articles.map((a) => textKey(a.text))),
    weights: corpus.articles.map((a) => [...articleTerms(a)].map(([term, weight]) => [term, round(weight)] as const)),
  };
  built.set(corpus, base);
  return base;
}
