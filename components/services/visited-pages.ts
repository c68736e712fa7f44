import { browser, type Browser } from 'wxt/browser';
import { readArticle } from '../../lib/corpus/read-article';
import { visitDecision, type VisitDecision } from '../../lib/sources/visit-decision';
import { openCorpusStore } from './corpus-store';
import { readSourceSettings } from './source-settings';

/**
 * Keeps an article the visit script found on a page the reader opened (source "visited"), once the
 * background has checked, from the browser's own facts about the sender, that it may: the feature is
 * on, the tab is not private, the page is a web page on no excluded site, the top frame sent it. The
 * article itself is page data, read as untrusted (readArticle).
 * @example browser.runtime.onMessage.addListener((m, sender) => (isVisitedMessage(m) ? keepVisited(m.article, sender) : undefined))
 */
export async function keepVisited(article: unknown, sender: Browser.runtime.MessageSender): Promise<VisitDecision | 'not-an-article' | 'kept' | 'already-kept'> {
  // Only our own content scripts: a message from an extension page or another extension has no tab.
  if (sender.id !== browser.runtime.id || !sender.tab) return 'restricted';
  const settings = await readSourceSettings();
  const decision = visitDecision({ remember: settings.remember, url: sender.tab.url ?? sender.url, incognito: sender.tab.incognito, topFrame: sender.frameId === 0, excludedSites: settings.excludedSites });
  if (decision !== 'keep') return decision;
  const read = readArticle(article, 'the visited page');
  if (typeof read === 'string') return 'not-an-article';
  const outcome = await (await openCorpusStore()).add(read, 'visited');
  return outcome.added.length ? 'kept' : 'already-kept';
}
