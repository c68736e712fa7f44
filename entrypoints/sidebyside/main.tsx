import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SideBySide, type SideBySideDeps } from '../../components/SideBySide';
import { openCorpusStore } from '../../components/services/corpus-store';
import { downloadParts } from '../../components/services/download';
import { readHandoff } from '../../components/services/handoff';
import { readLinkInPage } from '../../components/services/link-reader';
import { hasOriginAccess, requestOriginAccess } from '../../components/services/origin-access';
import { extractFromTab } from '../../components/services/read-tab';
import { isRestrictedUrl } from '../../lib/ui/is-restricted-url';
import '../../components/styles.css';

const deps: SideBySideDeps = {
  loadHandoff: () => readHandoff(decodeURIComponent(location.hash.slice(1))),
  requestTabAccess: () => browser.permissions.request({ origins: ['<all_urls>'] }),
  listTabs: async () =>
    (await browser.tabs.query({}))
      .filter((tab) => tab.id !== undefined && !isRestrictedUrl(tab.url))
      .map((tab) => ({ id: tab.id as number, title: tab.title ?? '', url: tab.url ?? '' })),
  readTab: extractFromTab,
  download: (fileName, mime, text) => downloadParts(fileName, mime, [text]),
  print: () => window.print(),
  links: {
    hasAccess: hasOriginAccess,
    requestAccess: requestOriginAccess,
    read: readLinkInPage,
    keep: async (article) => (await openCorpusStore()).add(article, 'link'),
  },
};

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('sbsTitle');
const root = document.getElementById('app');
if (root) render(<SideBySide deps={deps} />, root);
