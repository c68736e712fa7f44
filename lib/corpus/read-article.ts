import type { Article } from '../types';

/** No field of an article from a file is longer than this (a text of a million characters is a book). */
const MAX_FIELD_CHARS = 1_000_000;
const REQUIRED = ['id', 'outlet', 'title', 'text'] as const;
const OPTIONAL = ['url', 'published', 'byline', 'lang'] as const;

/**
 * An article read from a file the reader chose (a pack's element, a JSON Lines line), or one line
 * saying why it is not one, starting with `where` ("article 3", "line 12"). Unknown fields are dropped.
 * @example readArticle({ id: '1', outlet: 'X', title: 'T', text: 'Body.' }, 'line 1') // -> { id: '1', outlet: 'X', title: 'T', text: 'Body.' }
 * @example readArticle({ id: '1' }, 'line 4') // -> 'line 4: "outlet" must be a string'
 */
export function readArticle(x: unknown, where: string): Article | string {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return `${where} is not an object`;
  const fields = x as Record<string, unknown>;
  const article: Record<string, string> = {};
  for (const field of [...REQUIRED, ...OPTIONAL]) {
    const value = fields[field];
    if (value === undefined && (OPTIONAL as readonly string[]).includes(field)) continue;
    if (typeof value !== 'string') return `${where}: "${field}" must be a string`;
    if (value.length > MAX_FIELD_CHARS) return `${where}: "${field}" is too long`;
    article[field] = value;
  }
  if (!article.id?.trim()) return `${where}: "id" is empty`;
  if (!article.text?.trim()) return `${where}: "text" is empty`;
  return article as unknown as Article;
}
