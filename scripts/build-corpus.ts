/**
 * `npm run build:corpus`: turns corpus/ (raw article files + manifest.json) into the bundled data the
 * extension imports, corpus/generated/bundled-corpus.json (gitignored, rebuilt by `npm run build` and by
 * the tests' global setup): cleaned articles, their sentences and the prebuilt matching index.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../lib/corpus/build-corpus';
import type { BundledCorpus } from '../lib/corpus/types';
import { cleanArticleText } from '../lib/extract/clean-article-text';
import { segmentSentences } from '../lib/text/segment-sentences';
import type { Article } from '../lib/types';

export const CORPUS_DIR = join(import.meta.dirname, '..', 'corpus');
export const BUNDLE_PATH = join(CORPUS_DIR, 'generated', 'bundled-corpus.json');

interface ManifestEntry {
  id: string;
  file: string;
  outlet: string;
  title: string;
  published: string | null;
  lang: string;
}

/**
 * The articles of a corpus folder: each manifest entry's raw file cleaned of page furniture, with the
 * manifest's metadata (the raw files are never edited; the manifest says what the text alone cannot).
 * @example readCorpusArticles('corpus')[0] // -> { id: '000', outlet: 'Outlet A', title: 'Russian President Putin arrives…', text: 'New Delhi:\n\nRussian…', lang: 'en' }
 */
export function readCorpusArticles(dir: string = CORPUS_DIR): Article[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { articles: ManifestEntry[] };
  return manifest.articles.map((entry) => {
    const { text } = cleanArticleText(readFileSync(join(dir, 'articles', entry.file), 'utf8'));
    const article: Article = { id: entry.id, outlet: entry.outlet, title: entry.title, text, lang: entry.lang };
    if (entry.published) article.published = entry.published;
    return article;
  });
}

/**
 * Builds the bundle (articles, sentences, index) from a corpus folder, in memory.
 * @example buildBundledCorpus().corpus.articles.length // -> 5
 */
export function buildBundledCorpus(dir: string = CORPUS_DIR): BundledCorpus {
  const articles = readCorpusArticles(dir);
  const sentences = Object.fromEntries(articles.map((a) => [a.id, segmentSentences(a)]));
  return { format: 'outlet-diff-bundle', version: 1, corpus: buildCorpus(articles), sentences };
}

/**
 * Builds the bundle and writes it to corpus/generated/bundled-corpus.json; returns the path.
 * @example writeBundledCorpus() // -> '/…/corpus/generated/bundled-corpus.json'
 */
export function writeBundledCorpus(): string {
  const bundle = buildBundledCorpus();
  mkdirSync(join(CORPUS_DIR, 'generated'), { recursive: true });
  writeFileSync(BUNDLE_PATH, JSON.stringify(bundle));
  return BUNDLE_PATH;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const path = writeBundledCorpus();
  const bytes = readFileSync(path).length;
  process.stdout.write(`bundled corpus: ${path} (${(bytes / 1024).toFixed(1)} KB, ${(performance.now() - started).toFixed(0)} ms)\n`);
}
