import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, type PopupDeps } from '../../components/Popup';
import { BUNDLED_CORPUS } from '../../components/services/bundled-corpus';
import { storeHandoff } from '../../components/services/handoff';
import { requestOriginAccess } from '../../components/services/origin-access';
import { readActiveTab } from '../../components/services/read-tab';
import { handOverUpkeep } from '../../components/services/upkeep-message';
import '../../components/styles.css';

// Loaded as a chunk of its own and opened at once, while the popup reads the page: the popup's own code,
// what opens first, stays small (the store service carries the options page's import and export too).
const service = import('../../components/services/corpus-store');
const store = service.then((s) => s.openCorpusStore());
// The worker that searches the refresh's snapshot of the index loads while the page is read.
void service.then((s) => s.prepareSnapshotWorker());
// A store that cannot be opened is dealt with where it is used (coverage falls back to the bundled
// corpus, a save says it failed), not reported as an unhandled rejection meanwhile.
store.catch(() => undefined);

const deps: PopupDeps = {
  bundle: BUNDLED_CORPUS,
  readPage: readActiveTab,
  findCoverage: async (article) => (await service).coverageOrBundled(store)(article),
  saveArticle: async (article) => {
    const outcome = await (await store).save(article);
    // The popup's own upkeep pass after the save ends when it closes: the background finishes it.
    await handOverUpkeep();
    return outcome;
  },
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
