import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { feedAlarmListener } from '../components/services/feed-alarm-listener';
import { syncFeedSchedule } from '../components/services/feed-schedule';
import { FEED_KEYS } from '../components/services/feed-subscriptions';
import { LINK_MENU_ID, syncLinkMenu } from '../components/services/link-menu';
import { openLinkComparison } from '../components/services/link-menu-click';
import { cancelFeedRefresh, refreshFeeds } from '../components/services/refresh-feeds';
import { openCorpusStore } from '../components/services/corpus-store';
import { isCancelRefreshMessage, isRefreshMessage } from '../components/services/refresh-message';
import { isUpkeepMessage } from '../components/services/upkeep-message';
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

/**
 * Wiring only: the link menu, the pages the visit script reports (both opt-in, off at install), the
 * feed refresh (the alarm and "Refresh now"; the schedule follows the subscriptions), and the upkeep a
 * closing page hands over.
 */
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => void restoreSources());
  browser.runtime.onStartup.addListener(() => void Promise.all([restoreSources(), syncFeedSchedule()]));
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
  // `alarms` is optional too: its API exists only once granted.
  const onAlarm = feedAlarmListener(refreshFeeds);
  const listenToAlarms = () => {
    if (browser.alarms && !browser.alarms.onAlarm.hasListener(onAlarm)) browser.alarms.onAlarm.addListener(onAlarm);
  };
  listenToAlarms();
  browser.permissions.onAdded.addListener((added) => {
    if (added.permissions?.includes('contextMenus')) listenToMenu();
    if (added.permissions?.includes('alarms')) {
      listenToAlarms();
      void syncFeedSchedule();
    }
  });
  browser.storage.onChanged.addListener((changes, area) => void (area === 'local' && FEED_KEYS.subscriptions in changes && syncFeedSchedule()));
  browser.runtime.onMessage.addListener((message, sender) => {
    // "Refresh now": answered with the run's statuses; the options page follows progress through storage.
    if (isRefreshMessage(message)) return refreshFeeds();
    if (isCancelRefreshMessage(message)) return Promise.resolve(cancelFeedRefresh());
    // A page after a change (the popup's save, the side-by-side page's kept link): its own upkeep pass
    // ends when it closes, this one goes on (kept alive). The answer comes at once (handOverUpkeep).
    if (isUpkeepMessage(message)) {
      void openCorpusStore().then((store) => store.resumeUpkeep()).catch(() => undefined);
      return Promise.resolve(true);
    }
    if (!isVisitedMessage(message)) return undefined;
    // Answered (with what was done) so the script's promise settles; the script ignores the answer.
    return keepVisited(message.article, sender).catch(() => 'failed');
  });
});
