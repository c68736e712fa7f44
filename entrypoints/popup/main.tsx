import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, type PopupDeps } from '../../components/Popup';
import { BUNDLED_CORPUS } from '../../components/services/bundled-corpus';
import { coverageOrBundled, openCorpusStore } from '../../components/services/corpus-store';
import { storeHandoff } from '../../components/services/handoff';
import { requestOriginAccess } from '../../components/services/origin-access';
import { readActiveTab } from '../../components/services/read-tab';
import '../../components/styles.css';

// Opened at once, while the popup reads the page.
const store = openCorpusStore();

const deps: PopupDeps = {
  bundle: BUNDLED_CORPUS,
  readPage: readActiveTab,
  findCoverage: coverageOrBundled(store),
  saveArticle: async (article) => (await store).save(article),
  openSideBySide: async (handoff) => {
    const id = await storeHandoff(handoff);
    await browser.tabs.create({ url: `${browser.runtime.getURL('/sidebyside.html')}#${id}` });
    window.close();
  },
  openOptions: () => void browser.runtime.openOptionsPage(),
  originsOf: async (ids) => (await store).origins(ids),
  requestLinkAccess: requestOriginAccess,
};

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('appTitle');
const root = document.getElementById('app');
if (root) render(<Popup deps={deps} />, root);
