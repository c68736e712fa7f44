import { browser } from 'wxt/browser';

/** The reader's choices for the opt-in sources, kept in extension storage on this device. */
export interface SourceSettings {
  /** "Remember the articles I read": off by default. */
  remember: boolean;
  /** Sites never remembered (host names, see parseSiteList). */
  excludedSites: string[];
}

export const SOURCE_SETTINGS_KEY = 'sourceSettings';
const DEFAULTS: SourceSettings = { remember: false, excludedSites: [] };

/**
 * The reader's source settings; the defaults (everything off) for anything never set or unreadable.
 * @example (await readSourceSettings()).remember // -> false on a fresh install
 */
export async function readSourceSettings(): Promise<SourceSettings> {
  const stored = (await browser.storage.local.get(SOURCE_SETTINGS_KEY))[SOURCE_SETTINGS_KEY] as Partial<SourceSettings> | undefined;
  return {
    remember: stored?.remember === true,
    excludedSites: Array.isArray(stored?.excludedSites) ? stored.excludedSites.filter((s): s is string => typeof s === 'string') : DEFAULTS.excludedSites,
  };
}

/**
 * Changes some of the settings, keeping the rest.
 * @example await writeSourceSettings({ remember: true })
 */
export async function writeSourceSettings(change: Partial<SourceSettings>): Promise<SourceSettings> {
  const next = { ...(await readSourceSettings()), ...change };
  await browser.storage.local.set({ [SOURCE_SETTINGS_KEY]: next });
  return next;
}
