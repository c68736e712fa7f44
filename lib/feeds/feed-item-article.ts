import { classifyPage } from './classify-page';
import type { Article } from '../types';
import type { FeedItem, ParseHtml } from './types';

/**
 * Below this much extracted text, an item's content is a summary or a teaser ("Read more…"), not the
 * article: the page is fetched instead. Most outlets' full texts are thousands of characters.
 */
export const FULL_TEXT_MIN_CHARS = 600;

/**
 * The article a feed item carries in full (content:encoded, Atom content), through the same extraction
 * rules as a page: the item's HTML is parsed by the DOM parser passed in (an inert document: nothing in
 * it runs or loads), its title set as text, and extractArticle run on it. Undefined when the item has no
 * content, or too little of it to be the whole article.
 * @example feedItemArticle({ title: 'Floods', content: '<p>Long text…</p>', link: 'https://example.com/a' }, parseHtml)
 * // -> { id: 'u-…', outlet: 'Example', title: 'Floods', text: 'Long text…' } | undefined
 */
export function feedItemArticle(item: FeedItem, parseHtml: ParseHtml, feedUrl: string): Article | undefined {
  if (!item.content?.trim()) return undefined;
  const url = item.link ?? feedUrl;
  const doc = parseHtml(item.content, url);
  if (item.title) doc.title = item.title;
  const result = classifyPage(doc, url);
  if (!result.ok || result.article.text.length < FULL_TEXT_MIN_CHARS) return undefined;
  return result.article;
}
