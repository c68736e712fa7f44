import type { Article, Sentence } from '../types';

/**
 * A searchable set of articles: the articles themselves plus an inverted index over their weighted
 * terms. Plain arrays and records only, so `JSON.parse(JSON.stringify(corpus))` is a working corpus:
 * the extension imports the prebuilt index and never re-indexes the bundled articles.
 */
export interface Corpus {
  format: 'outlet-diff-index';
  version: 1;
  articles: Article[];
  /** Length of each article's weighted term vector (term weight x IDF), by position in `articles`. */
  norms: number[];
  /**
   * Term key -> flat pairs `[articleIndex, termWeight, articleIndex, termWeight, ...]`. A term's
   * document frequency is half the list's length, so the IDF needs no table of its own.
   */
  postings: Record<string, number[]>;
}

/** A file of articles the reader imports or exports (and the CLI's `--corpus` accepts). */
export interface CorpusPack {
  format: 'outlet-diff-corpus';
  version: 1;
  articles: Article[];
}

/**
 * The bundled corpus as the build writes it (corpus/generated/bundled-corpus.json): cleaned articles and
 * their index in `corpus`, and each article's sentences by id, so the extension does no preprocessing.
 */
export interface BundledCorpus {
  format: 'outlet-diff-bundle';
  version: 1;
  corpus: Corpus;
  sentences: Record<string, Sentence[]>;
}
