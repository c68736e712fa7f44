import type { Article } from '../types';
import { readArticle } from './read-article';

/** A line longer than this is not an article (the longest field allowed is a million characters). */
export const MAX_LINE_CHARS = 4_000_000;
/** A JSON Lines corpus holds at most this many articles: bound what a file may make the store do. */
export const MAX_LINES_ARTICLES = 500_000;

/**
 * The lines of a text that arrives in chunks (a file read as a stream), without the line breaks
 * ("\n" or "\r\n"), the last line even without a break; never the whole text in memory.
 * @example for await (const line of textLines(chunks)) … // 'first line', 'second line'
 */
export async function* textLines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of chunks) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop() as string;
    for (const part of parts) yield part.endsWith('\r') ? part.slice(0, -1) : part;
    if (rest.length > MAX_LINE_CHARS) throw new Error(`a line is longer than ${MAX_LINE_CHARS.toLocaleString('en')} characters`);
  }
  if (rest) yield rest.endsWith('\r') ? rest.slice(0, -1) : rest;
}

/**
 * The articles of a JSON Lines corpus (one article object per line; blank lines skipped), checked as
 * they stream by like a pack's: throws one line naming the first bad line ("line 12: "text" is empty",
 * "line 3 is not JSON", a duplicate id) and never yields past it.
 * @example for await (const article of jsonLinesArticles(chunks)) count++;
 */
export async function* jsonLinesArticles(chunks: AsyncIterable<string>): AsyncGenerator<Article> {
  const ids = new Set<string>();
  let n = 0;
  for await (const line of textLines(chunks)) {
    n++;
    if (!line.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new Error(`line ${n} is not JSON`);
    }
    const article = readArticle(json, `line ${n}`);
    if (typeof article === 'string') throw new Error(article);
    if (ids.has(article.id)) throw new Error(`line ${n}: duplicate id "${article.id}"`);
    if (ids.size >= MAX_LINES_ARTICLES) throw new Error(`too many articles (more than ${MAX_LINES_ARTICLES.toLocaleString('en')})`);
    ids.add(article.id);
    yield article;
  }
}

/**
 * Whether a file whose first line is `firstLine` is JSON Lines (an article per line) rather than a
 * corpus pack: its first line is a whole JSON object with an article's id or text, and no articles.
 * @example looksLikeJsonLines('{"id":"1","outlet":"X","title":"T","text":"Body."}') // -> true
 * @example looksLikeJsonLines('{') // -> false (a pack written over several lines)
 */
export function looksLikeJsonLines(firstLine: string): boolean {
  try {
    const json = JSON.parse(firstLine) as unknown;
    return typeof json === 'object' && json !== null && !Array.isArray(json) && !('articles' in json) && ('id' in json || 'text' in json);
  } catch {
    return false;
  }
}

/**
 * Articles as JSON Lines: one object per line, each line ended.
 * @example articlesToJsonLines([{ id: '1', outlet: 'X', title: 'T', text: 'Body.' }]) // -> '{"id":"1","outlet":"X","title":"T","text":"Body."}\n'
 */
export function articlesToJsonLines(articles: readonly Article[]): string {
  return articles.map((a) => `${JSON.stringify(a)}\n`).join('');
}
