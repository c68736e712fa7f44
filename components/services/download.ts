/**
 * Saves a file through a temporary object URL and a download link (local: no request leaves the
 * browser). The content comes in parts (a large export is never one string). The link is never attached
 * to the page.
 */
export function downloadParts(fileName: string, mime: string, parts: BlobPart[]): void {
  const url = URL.createObjectURL(new Blob(parts, { type: `${mime};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked on the next task: the click has handed the URL to the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
