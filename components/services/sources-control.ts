import { browser, type Browser } from 'wxt/browser';
import type { SourcesDeps } from '../SourcesSettings';
import { LINK_MENU_PERMISSION, removeLinkMenu, syncLinkMenu } from './link-menu';
import { readSourceSettings, writeSourceSettings } from './source-settings';
import { registerVisitScript, unregisterVisitScript } from './visit-script';

const ALL_SITES = { origins: ['<all_urls>'] };
const MENUS = { permissions: [LINK_MENU_PERMISSION] as Browser.runtime.ManifestPermission[] };

/**
 * The options page's switches for the opt-in sources, on the browser's permissions, the registered
 * visit script and the stored settings. Each `enable` asks first (it runs inside the reader's click).
 * @example render(<SourcesSettings deps={SOURCES_CONTROL} />, root)
 */
export const SOURCES_CONTROL: SourcesDeps = {
  linkMenuAvailable: !import.meta.env.FIREFOX,
  linkMenuEnabled: () => browser.permissions.contains(MENUS),
  enableLinkMenu: async () => {
    if (!(await browser.permissions.request(MENUS))) return false;
    // The background makes the item when the permission arrives; made here too in case it is asleep.
    await syncLinkMenu().catch(() => undefined);
    return true;
  },
  disableLinkMenu: async () => {
    await removeLinkMenu().catch(() => undefined);
    await browser.permissions.remove(MENUS);
  },
  readSettings: readSourceSettings,
  enableRemember: async (excludedSites) => {
    if (!(await browser.permissions.request(ALL_SITES))) return false;
    await writeSourceSettings({ remember: true, excludedSites });
    await registerVisitScript(excludedSites);
    return true;
  },
  disableRemember: async () => {
    await writeSourceSettings({ remember: false });
    await unregisterVisitScript();
    await browser.permissions.remove(ALL_SITES);
  },
  saveExcluded: async (excludedSites) => {
    const settings = await writeSourceSettings({ excludedSites });
    if (settings.remember) await registerVisitScript(excludedSites);
  },
};
