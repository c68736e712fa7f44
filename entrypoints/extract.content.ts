import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle } from '../lib/extract/extract-article';
import type { PageExtraction } from '../lib/ui/types';

/**
 * The extraction script, injected on demand by the popup (registration 'runtime': no `matches`, so no
 * host permission and no script on any page the reader did not click on). It reads the page and returns
 * plain data; the page is never changed (extractArticle works on its own clone).
 */
export default defineContentScript({
  registration: 'runtime',
  main(): PageExtraction {
    return {
      result: extractArticle(document, location.href),
      selection: window.getSelection()?.toString() ?? '',
      url: location.href,
      title: document.title,
      contentType: document.contentType,
    };
  },
});
