/** Article extraction: HTML pages, plain page text and selections to Articles. */
export { extractArticle } from './extract-article';
export { cleanArticleText } from './clean-article-text';
export { selectionToArticle } from './selection-to-article';
export { readMetadata } from './read-metadata';
export { outletFromHost } from './outlet-from-host';
export type { ExtractResult, PageMetadata } from './types';
