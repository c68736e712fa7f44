import type { Article } from '../types';
import { readArticle } from './read-article';

/** A pack is a file the reader chose: bound what it may hold before anything indexes it. */
const MAX_ARTICLES = 50_000;

/**
 * Largest corpus pack file read, in bytes: thousands of articles fit well under it, and a larger file
 * is refused before it is read into memory (the options page and the CLI alike).
 */
export const MAX_PACK_BYTES = 20 * 1024 * 1024;

export type CorpusPackResult = { ok: true; articles: Article[] } | { ok: false; error: string };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Checks that parsed JSON is an Outlet Diff corpus pack (`{ format: 'outlet-diff-corpus', version: 1,
 * articles }`) and returns its articles, or one sentence saying what is wrong. Used for `--corpus` in the
 * CLI and the extension's import: the file comes from outside, so nothing in it is trusted.
 * @example validateCorpusPack({ format: 'outlet-diff-corpus', version: 1, articles: [] }) // -> { ok: true, articles: [] }
 * @example validateCorpusPack({ format: 'other' }) // -> { ok: false, error: 'not an Outlet Diff corpus pack (format must be "outlet-diff-corpus")' }
 */
export function validateCorpusPack(json: unknown): CorpusPackResult {
  if (!isRecord(json) || json.format !== 'outlet-diff-corpus') return { ok: false, error: 'not an Outlet Diff corpus pack (format must be "outlet-diff-corpus")' };
  if (json.version !== 1) return { ok: false, error: `unsupported corpus pack version ${JSON.stringify(json.version)} (expected 1)` };
  if (!Array.isArray(json.articles)) return { ok: false, error: '"articles" must be an array' };
  if (json.articles.length > MAX_ARTICLES) return { ok: false, error: `too many articles (${json.articles.length}; limit ${MAX_ARTICLES})` };
  const articles: Article[] = [];
  const ids = new Set<string>();
  for (const [i, x] of json.articles.entries()) {
    const article = readArticle(x, `article ${i}`);
    if (typeof article === 'string') return { ok: false, error: article };
    if (ids.has(article.id)) return { ok: false, error: `article ${i}: duplicate id "${article.id}"` };
    ids.add(article.id);
    articles.push(article);
  }
  return { ok: true, articles };
}
