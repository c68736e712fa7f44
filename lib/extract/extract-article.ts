import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Article } from '../types';
import { articleId } from './article-id';
import { elementToLines } from './element-to-lines';
import { joinLines } from './join-lines';
import { readMetadata } from './read-metadata';
import { removeFurnitureNodes } from './remove-furniture-nodes';
import { stripFurnitureLines } from './strip-furniture-lines';
import { toIsoDate } from './to-iso-date';
import type { ExtractResult, TextLine } from './types';

/** Less body text than this is not an article (a cookie wall, an index page, a video page). */
const MIN_ARTICLE_CHARS = 200;
/** Below this, a page Readability itself doubts is taken as not an article. */
const MIN_DOUBTFUL_ARTICLE_CHARS = 400;
/** A "body" that is mostly link text is an index or a list of stories, not an article. */
const MAX_LINK_SHARE = 0.5;
/** The headline is repeated (if at all) among the first few lines of the body. */
const HEADLINE_SEARCH_LINES = 3;

const comparable = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Drops copies of the headline from the start of the body, so the article carries it once. */
function withoutHeadline(lines: TextLine[], title: string): TextLine[] {
  const key = comparable(title);
  if (!key) return lines;
  return lines.filter((line, index) => index >= HEADLINE_SEARCH_LINES || comparable(line.text) !== key);
}

/** Readability keeps "Headline | Outlet" when the page has no better title; the outlet is metadata. */
function withoutOutlet(title: string, outlet: string | undefined): string {
  if (!outlet) return title;
  for (const separator of [' | ', ' - ', ' – ', ' — ', ' :: ']) {
    const suffix = `${separator}${outlet}`;
    if (title.toLowerCase().endsWith(suffix.toLowerCase()) && title.length > suffix.length) return title.slice(0, -suffix.length).trim();
  }
  return title;
}

const notAnArticle = (message: string): ExtractResult => ({ ok: false, reason: 'not-an-article', message });

/**
 * Extracts the article from a page: Readability on a clone (the passed document is never changed)
 * after removing furniture blocks by tag/role/class, then line-level cleanup (ads, prompts, credits,
 * related-link runs), the headline kept once, and metadata (outlet, byline, date, canonical URL,
 * language). A page that is not an article gives `{ ok: false, reason: 'not-an-article' }`, never a throw.
 * @example extractArticle(document, 'https://www.example.com/news/story')
 * // -> { ok: true, article: { id: 'u-…', outlet: 'Example', title: 'Story', text: 'First paragraph.\n\nSecond.' }, readerable: true }
 */
export function extractArticle(doc: Document, url: string): ExtractResult {
  const metadata = readMetadata(doc, url);
  const clone = doc.cloneNode(true) as Document;
  removeFurnitureNodes(clone);
  const parsed = new Readability<Node>(clone, { serializer: (node) => node }).parse();
  if (!parsed?.content) return notAnArticle('No article text was found on this page.');

  const outlet = metadata.outlet ?? parsed.siteName?.trim();
  const title = withoutOutlet((parsed.title ?? '').trim() || metadata.title || '', outlet);
  const lines = withoutHeadline(stripFurnitureLines(elementToLines(parsed.content)), title);
  const text = joinLines(lines);
  if (text.length < MIN_ARTICLE_CHARS) return notAnArticle('This page has too little text to be an article.');
  const linkChars = lines.reduce((sum, line) => sum + (line.linkish ? line.text.length : 0), 0);
  if (linkChars > text.length * MAX_LINK_SHARE) return notAnArticle('This page is a list of links, not an article.');
  // Readability's pre-check is only consulted for short results, where it decides; it costs a full scan.
  const readerable = text.length >= MIN_DOUBTFUL_ARTICLE_CHARS || isProbablyReaderable(doc);
  if (!readerable) return notAnArticle('This page does not look like an article.');

  const canonicalUrl = metadata.canonicalUrl;
  const article: Article = { id: articleId(canonicalUrl, text), outlet: outlet ?? 'Unknown outlet', title, text };
  if (canonicalUrl) article.url = canonicalUrl;
  const published = metadata.published ?? toIsoDate(parsed.publishedTime);
  if (published) article.published = published;
  const byline = metadata.byline ?? parsed.byline?.trim();
  if (byline) article.byline = byline;
  const lang = metadata.lang ?? parsed.lang?.trim();
  if (lang) article.lang = lang;
  return { ok: true, article, readerable };
}
