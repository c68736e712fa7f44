import { isProbablyReaderable } from '@mozilla/readability';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { VISITED_MESSAGE } from '../lib/sources/visited-message';
import { extractArticle } from '../lib/extract/extract-article';

/**
 * "Remember the articles I read": registered at runtime only while the reader has it on
 * (components/services/visit-script.ts, run when the page is idle). A quick readability check first,
 * so most pages cost next to nothing; the full extraction only on pages that look like articles. Never
 * in a private window; the background checks everything again before it keeps anything.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    if (browser.extension.inIncognitoContext || window.top !== window) return;
    if (!isProbablyReaderable(document)) return;
    const result = extractArticle(document, location.href);
    if (result.ok) void browser.runtime.sendMessage({ type: VISITED_MESSAGE, article: result.article }).catch(() => undefined);
  },
});
