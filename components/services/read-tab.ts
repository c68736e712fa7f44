import { browser } from 'wxt/browser';
import { isAccessError } from '../../lib/ui/is-access-error';
import { isRestrictedUrl } from '../../lib/ui/is-restricted-url';
import { isViewerDocument } from '../../lib/ui/is-viewer-document';
import type { PageExtraction } from '../../lib/ui/types';

/** The extraction content script as built (entrypoints/extract.content.ts, registration 'runtime'). */
const EXTRACT_SCRIPT = '/content-scripts/extract.js';

export type TabRead = { kind: 'restricted' } | { kind: 'page'; page: PageExtraction };

/**
 * Runs the extraction content script in a tab once and returns what it found. Needs access to the tab:
 * activeTab after the toolbar click, or the optional host permission for another tab.
 */
export async function extractFromTab(tabId: number): Promise<PageExtraction> {
  const [first] = await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACT_SCRIPT] });
  const page = first?.result as PageExtraction | undefined;
  if (!page?.result) throw new Error('the page gave no result');
  return page;
}

/**
 * Reads the tab the popup was opened on: restricted pages are recognised by URL, by the browser refusing
 * the script, or by a viewer's content type (a PDF at a URL that does not end in .pdf).
 */
export async function readTab(tabId: number | undefined, url: string | undefined): Promise<TabRead> {
  if (tabId === undefined || isRestrictedUrl(url)) return { kind: 'restricted' };
  try {
    const page = await extractFromTab(tabId);
    return isViewerDocument(page.contentType) ? { kind: 'restricted' } : { kind: 'page', page };
  } catch (error) {
    if (isAccessError(error)) return { kind: 'restricted' };
    throw error;
  }
}

/** Reads the active tab of the current window. */
export async function readActiveTab(): Promise<TabRead> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return readTab(tab?.id, tab?.url);
}
