import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { LINK_MENU_ID, syncLinkMenu } from '../components/services/link-menu';
import { openLinkComparison } from '../components/services/link-menu-click';
import { readSourceSettings, writeSourceSettings } from '../components/services/source-settings';
import { isVisitScriptRegistered, registerVisitScript, unregisterVisitScript } from '../components/services/visit-script';
import { keepVisited } from '../components/services/visited-pages';
import { isVisitedMessage } from '../lib/sources/visited-message';

/** Access to all sites: what "remember the articles I read" runs on. */
const ALL_SITES = '<all_urls>';

/** The link menu and "remember" as the reader left them, after an install, an update or a browser start. */
async function restoreSources() {
  await syncLinkMenu();
  const settings = await readSourceSettings();
  const allSites = await browser.permissions.contains({ origins: [ALL_SITES] });
  if (settings.remember && allSites) {
    if (!(await isVisitScriptRegistered())) await registerVisitScript(settings.excludedSites);
  } else if (settings.remember) {
    // The reader took access to all sites back in the browser's settings: remembering stops.
    await writeSourceSettings({ remember: false });
    await unregisterVisitScript();
  }
}

/** Wiring only: the link menu, and the pages the visit script reports (both opt-in, off at install). */
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => void restoreSources());
  browser.runtime.onStartup.addListener(() => void restoreSources());
  browser.permissions.onAdded.addListener(() => void syncLinkMenu());
  browser.permissions.onRemoved.addListener(() => void restoreSources());
  // The menus API exists only while its optional permission is granted; the listener is added once it does.
  let listening = false;
  const listenToMenu = () => {
    const menus = (browser as { contextMenus?: typeof browser.contextMenus }).contextMenus;
    if (listening || !menus) return;
    listening = true;
    menus.onClicked.addListener((info, tab) => {
      if (info.menuItemId === LINK_MENU_ID) void openLinkComparison(info.linkUrl, tab);
    });
  };
  listenToMenu();
  browser.permissions.onAdded.addListener((added) => {
    if (added.permissions?.includes('contextMenus')) listenToMenu();
  });
  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isVisitedMessage(message)) return undefined;
    // Answered (with what was done) so the script's promise settles; the script ignores the answer.
    return keepVisited(message.article, sender).catch(() => 'failed');
  });
});
