/**
 * Content types the browser shows in a built-in viewer (PDF, images, media) rather than as a web page:
 * the extraction script can run in the viewer's outer page, but there is no text to read there, so the
 * page is as restricted as a browser page. Caught by content type when the URL does not give it away.
 * @example isViewerDocument('application/pdf') // -> true
 * @example isViewerDocument('text/html') // -> false
 */
export function isViewerDocument(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/pdf' || /^(image|video|audio)\//.test(type);
}
