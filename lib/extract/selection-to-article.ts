import type { Article } from '../types';
import { articleId } from './article-id';
import { joinLines } from './join-lines';
import { outletFromHost } from './outlet-from-host';
import { splitTextLines } from './split-text-lines';
import { stripFurnitureLines } from './strip-furniture-lines';

function hostOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/**
 * Makes an Article of text the reader selected on a page that is not an article (a live page, a
 * forum, a PDF viewer): paragraphs kept, furniture lines dropped. The id hashes the selected text, not
 * the URL, so two selections on one page are two articles and neither takes the page's own id.
 * @example selectionToArticle('Kim met Putin.\n\nAdvertisement', { url: 'https://www.bbc.co.uk/live', title: 'Live: summit' })
 * // -> { id: 't-…', outlet: 'BBC', title: 'Live: summit', text: 'Kim met Putin.', url: 'https://www.bbc.co.uk/live' }
 */
export function selectionToArticle(text: string, meta: { url?: string; title?: string; outlet?: string }): Article {
  const body = joinLines(stripFurnitureLines(splitTextLines(text)));
  const outlet = meta.outlet?.trim() || outletFromHost(hostOf(meta.url)) || 'Unknown outlet';
  const article: Article = { id: articleId(undefined, body), outlet, title: meta.title?.trim() || `Selection from ${outlet}`, text: body };
  if (meta.url) article.url = meta.url;
  return article;
}
