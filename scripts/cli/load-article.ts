import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { buildCorpus } from '../../lib/corpus/build-corpus';
import { jsonLinesArticles } from '../../lib/corpus/json-lines';
import type { BundledCorpus, Corpus } from '../../lib/corpus/types';
import { validateCorpusPack } from '../../lib/corpus/validate-corpus-pack';
import { cleanArticleText, extractArticle, selectionToArticle } from '../../lib/extract';
import { findCoverage } from '../../lib/match/find-coverage';
import type { Coverage, FindCoverageOptions } from '../../lib/match/types';
import { SCHEMA_STEPS } from '../../lib/store/corpus-schema';
import { findStoreCoverage } from '../../lib/store/find-store-coverage';
import { importArticles } from '../../lib/store/import-articles';
import { MemoryDatabase } from '../../lib/store/memory-database';
import { refreshNorms } from '../../lib/store/refresh-norms';
import { NormCache } from '../../lib/store/store-coverage-source';
import type { Article } from '../../lib/types';
import { BUNDLE_PATH, CORPUS_DIR, buildBundledCorpus } from '../build-corpus';
import { CliError } from './cli-error';
import { jsonlArticles } from './jsonl-articles';
import { looksLikeHtml, readTextFile } from './read-input';

let bundled: BundledCorpus | undefined;

/**
 * The bundled corpus: the file `npm run build:corpus` writes, or, when it has not been built yet, the
 * same bundle built in memory from corpus/ (the CLI works from a fresh checkout).
 * @example loadBundledCorpus().corpus.articles.map((a) => a.id) // -> ['000', '001', '002', '003', '004']
 */
export function loadBundledCorpus(): BundledCorpus {
  bundled ??= existsSync(BUNDLE_PATH) ? (JSON.parse(readFileSync(BUNDLE_PATH, 'utf8')) as BundledCorpus) : buildBundledCorpus();
  return bundled;
}

/** A bundled article by id ("000") or by its raw file's name without extension ("000_30aecee3e965184e"). */
function bundledArticle(ref: string): Article {
  const { articles } = loadBundledCorpus().corpus;
  const manifest = JSON.parse(readFileSync(join(CORPUS_DIR, 'manifest.json'), 'utf8')) as { articles: Array<{ id: string; file: string }> };
  const id = manifest.articles.find((e) => e.file.replace(/\.[^.]+$/, '') === ref)?.id ?? ref;
  const article = articles.find((a) => a.id === id);
  if (!article) throw new CliError(`corpus:${ref}: no such bundled article (ids: ${articles.map((a) => a.id).join(', ')})`);
  return article;
}

/** An HTML page through extraction, page text through the same furniture rules. */
function articleFromFile(path: string): Article {
  const input = readTextFile(path);
  if (looksLikeHtml(input)) {
    const result = extractArticle(parseHTML(input).document as unknown as Document, pathToFileURL(resolve(path)).href);
    if (!result.ok) throw new CliError(`${path}: not an article (${result.message})`);
    return result.article;
  }
  const cleaned = cleanArticleText(input);
  if (!cleaned.text) throw new CliError(`${path}: not an article (no body text left after removing page furniture)`);
  return { ...selectionToArticle(cleaned.text, { title: cleaned.title || undefined }), title: cleaned.title };
}

/**
 * One article for a CLI command: `corpus:<id>` is a bundled article; anything else is a text or HTML
 * file (HTML through extractArticle, text through cleanArticleText). Bad input throws a one-line CliError.
 * @example loadArticle('corpus:002').outlet // -> 'Asian Lite News (ANI)'
 * @example loadArticle('page.html').title // -> the page's headline
 */
export function loadArticle(ref: string): Article {
  if (ref.startsWith('corpus:')) return bundledArticle(ref.slice('corpus:'.length));
  return articleFromFile(ref);
}

/** The articles of a `--corpus` folder: every .txt/.html/.htm file, its id the file name without extension. */
function folderArticles(dir: string): Article[] {
  const files = readdirSync(dir)
    .filter((name) => /\.(txt|html?)$/i.test(name))
    .sort();
  if (files.length === 0) throw new CliError(`${dir}: no .txt or .html files in the folder`);
  return files.map((name) => ({ ...articleFromFile(join(dir, name)), id: basename(name, extname(name)) }));
}

/** Finds a page's coverage in the corpus a CLI command searches. */
export type CorpusSearch = (article: Article, options?: FindCoverageOptions) => Promise<Coverage>;

/**
 * The search for `--corpus PATH`: a JSON Lines corpus (.jsonl, .ndjson) is streamed line by line into the
 * reader's store, in memory (the extension's store, on a MemoryDatabase: duplicates skipped as the
 * extension skips them); anything else is a corpus as loadCorpus reads it.
 * @example await (await loadCorpusSearch('news-day.jsonl'))(page) // -> { matches: [...] }
 */
export async function loadCorpusSearch(path?: string): Promise<CorpusSearch> {
  if (path === undefined || !/\.(jsonl|ndjson)$/i.test(path)) {
    const corpus = loadCorpus(path);
    return (article, options) => findCoverage(article, corpus, options);
  }
  if (!existsSync(path) || statSync(path).isDirectory()) throw new CliError(`${path}: no such file`);
  const db = new MemoryDatabase(SCHEMA_STEPS.flatMap((step) => step.create));
  try {
    await importArticles(db, () => jsonLinesArticles(createReadStream(path, { encoding: 'utf8' })), { now: Date.now() });
  } catch (error) {
    throw new CliError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  await refreshNorms(db);
  const cache = new NormCache();
  return (article, options) => findStoreCoverage(db, article, { ...options, cache });
}

/**
 * The corpus to search: the bundled one (prebuilt index) without a path; with one, a folder of .txt/.html
 * articles, a JSON Lines corpus (.jsonl, as `collect` writes) or an Outlet Diff corpus pack (JSON), indexed on the spot.
 * @example loadCorpus('saved-articles.json').articles.length // -> 12
 */
export function loadCorpus(path?: string): Corpus {
  if (path === undefined) return loadBundledCorpus().corpus;
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    throw new CliError(`${path}: no such file or folder`);
  }
  if (isDirectory) return buildCorpus(folderArticles(path));
  if (/\.jsonl$/i.test(path)) return buildCorpus(jsonlArticles(path));
  let json: unknown;
  try {
    json = JSON.parse(readTextFile(path));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path}: not JSON (a corpus is a folder of .txt/.html files or a corpus pack .json)`);
  }
  const pack = validateCorpusPack(json);
  if (!pack.ok) throw new CliError(`${path}: ${pack.error}`);
  return buildCorpus(pack.articles);
}
