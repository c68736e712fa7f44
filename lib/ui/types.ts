import type { ExtractResult } from '../extract/types';
import type { Article } from '../types';

/** What the on-demand content script returns to the popup (structured-cloneable: plain data only). */
export interface PageExtraction {
  result: ExtractResult;
  /** The reader's selection on the page ('' when none). */
  selection: string;
  url: string;
  title: string;
  /** The page's content type: a PDF or image viewer has no article whatever its URL says. */
  contentType?: string;
}

/** What the popup (or the link menu) hands to the side-by-side page through extension storage. */
export interface SideBySideHandoff {
  /** Every article on the story: this outlet's first, then the others, best match first. */
  articles: Article[];
  /** Ids of the two articles to show first; `b` is absent while a link is still to be read. */
  a: string;
  b?: string;
  /** A linked page the side-by-side page reads, keeps (source "link") and shows as `b`. */
  link?: string;
}
