import type { Article } from '../types';

/** What a line of extracted text is; list items are written with a leading "- ". */
export type LineKind = 'paragraph' | 'heading' | 'item';

/** One unit of article text before it is joined: a paragraph, a subhead or a list item. */
export interface TextLine {
  text: string;
  kind: LineKind;
  /** Nearly all of the line is link text (known from HTML only): the shape of related links. */
  linkish?: boolean;
}

/** Page metadata read from meta tags, JSON-LD and the URL. */
export interface PageMetadata {
  title?: string;
  outlet?: string;
  byline?: string;
  /** ISO 8601. */
  published?: string;
  /** Absolute canonical URL. */
  canonicalUrl?: string;
  lang?: string;
}

export type ExtractResult =
  | {
      ok: true;
      article: Article;
      /** Readability's own pre-check; false means the page looked thin but still gave an article. */
      readerable: boolean;
    }
  | { ok: false; reason: 'not-an-article'; message: string };
