/** Content types an article page is served as; a missing type is given the benefit of the doubt. */
const PAGE_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)\b/i;

/**
 * Whether a response to an article link is an HTML page the extraction can read, rather than a PDF, a
 * picture or a download: by its declared type, or, without one, by its first characters.
 * @example looksLikePage('<!doctype html><html>…', 'text/html; charset=utf-8') // -> true
 * @example looksLikePage('%PDF-1.7…', 'application/pdf') // -> false
 */
export function looksLikePage(text: string, contentType: string): boolean {
  if (contentType.trim()) return PAGE_TYPES.test(contentType.trim());
  return text.replace(/^\uFEFF/, '').trimStart().startsWith('<');
}
