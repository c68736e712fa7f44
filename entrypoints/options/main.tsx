import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options, type OptionsDeps } from '../../components/Options';
import { BUNDLED_CORPUS } from '../../components/services/bundled-corpus';
import { downloadText } from '../../components/services/download';
import { addSavedArticles, deleteSavedArticle, loadSavedArticles } from '../../components/services/saved-articles';
import '../../components/styles.css';

const deps: OptionsDeps = {
  bundled: BUNDLED_CORPUS.corpus.articles,
  loadSaved: loadSavedArticles,
  addSaved: addSavedArticles,
  deleteSaved: deleteSavedArticle,
  download: downloadText,
};

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('optionsTitle');
const root = document.getElementById('app');
if (root) render(<Options deps={deps} />, root);
