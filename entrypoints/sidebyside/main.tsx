import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SideBySide, type SideBySideDeps } from '../../components/SideBySide';
import { downloadParts } from '../../components/services/download';
import { readHandoff } from '../../components/services/handoff';
import { hasOriginAccess, requestOriginAccess } from '../../components/services/origin-access';
import { handOverUpkeep } from '../../components/services/upkeep-message';
import { isRestrictedUrl } from '../../lib/ui/is-restricted-url';
import '../../components/styles.css';

// Reading a link or another tab (the extraction, the web fetch, the store) is loaded when the reader asks
// for it, not with the comparison.
const deps: SideBySideDeps = {
  loadHandoff: () => readHandoff(decodeURIComponent(location.hash.slice(1))),
  requestTabAccess: () => browser.permissions.request({ origins: ['<all_urls>'] }),
  listTabs: async () =>
    (await browser.tabs.query({}))
      .filter((tab) => tab.id !== undefined && !isRestrictedUrl(tab.url))
      .map((tab) => ({ id: tab.id as number, title: tab.title ?? '', url: tab.url ?? '' })),
  readTab: async (...args) => (await import('../../components/services/read-tab')).extractFromTab(...args),
  download: (fileName, mime, text) => downloadParts(fileName, mime, [text]),
  print: () => window.print(),
  links: {
    hasAccess: hasOriginAccess,
    requestAccess: requestOriginAccess,
    read: async (url) => (await import('../../components/services/link-reader')).readLinkInPage(url),
    keep: async (article) => {
      const outcome = await (await (await import('../../components/services/corpus-store')).openCorpusStore()).add(article, 'link');
      // This page's upkeep pass after the keep ends if the reader closes it: the background finishes it.
      await handOverUpkeep();
      return outcome;
    },
  },
};

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('sbsTitle');
const root = document.getElementById('app');
if (root) render(<SideBySide deps={deps} />, root);
