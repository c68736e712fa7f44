import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options, type OptionsDeps } from '../../components/Options';
import { Deferred } from '../../components/Deferred';
import { SourcesSettings } from '../../components/SourcesSettings';
import { BUNDLED_CORPUS } from '../../components/services/bundled-corpus';
import { exportNewerDatabase, openCorpusStore } from '../../components/services/corpus-store';
import { downloadParts } from '../../components/services/download';
import { storeHandoff } from '../../components/services/handoff';
import { SOURCES_CONTROL } from '../../components/services/sources-control';
import '../../components/styles.css';

// The feeds section (the feed parser, the catalogue, the web fetch) is most of the page's code: it loads
// once the page is on screen, so the corpus list comes first.
const loadFeeds = async () => {
  const [{ FeedsSettings }, { FEEDS_CONTROL }] = await Promise.all([import('../../components/FeedsSettings'), import('../../components/services/feeds-control')]);
  return () => <FeedsSettings deps={FEEDS_CONTROL} />;
};

const deps: OptionsDeps = {
  bundled: BUNDLED_CORPUS.corpus.articles,
  openStore: openCorpusStore,
  exportNewer: exportNewerDatabase,
  download: downloadParts,
  openSideBySide: async (handoff) => {
    const id = await storeHandoff(handoff);
    await browser.tabs.create({ url: `${browser.runtime.getURL('/sidebyside.html')}#${id}` });
  },
  confirm: (message) => window.confirm(message),
};

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('optionsTitle');
const root = document.getElementById('app');
if (root) render(<Options deps={deps} sources={
      <>
        <SourcesSettings deps={SOURCES_CONTROL} />
        <Deferred load={loadFeeds} />
      </>
    } />, root);
