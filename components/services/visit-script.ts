import { browser } from 'wxt/browser';
import { siteExclusionPatterns } from '../../lib/sources/site-exclusion-patterns';

/** The id of the "remember the articles I read" content script, registered at runtime. */
export const VISIT_SCRIPT_ID = 'remember-visits';
/** The content script as built (entrypoints/visited.content.ts, registration 'runtime'). */
const VISIT_SCRIPT = 'content-scripts/visited.js';

/**
 * Registers (or re-registers, with new exclusions) the script that reads each page once it is idle:
 * web pages only, top frames only, never the excluded sites. Needs access to all sites.
 * @example await registerVisitScript(['bank.test'])
 */
export async function registerVisitScript(excludedSites: readonly string[]): Promise<void> {
  await unregisterVisitScript();
  const excludeMatches = siteExclusionPatterns(excludedSites);
  await browser.scripting.registerContentScripts([
    {
      id: VISIT_SCRIPT_ID,
      js: [VISIT_SCRIPT],
      matches: ['http://*/*', 'https://*/*'],
      ...(excludeMatches.length ? { excludeMatches } : {}),
      runAt: 'document_idle',
      allFrames: false,
      persistAcrossSessions: true,
    },
  ]);
}

/** Removes the script if it is registered. */
export async function unregisterVisitScript(): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [VISIT_SCRIPT_ID] });
  if (registered.length) await browser.scripting.unregisterContentScripts({ ids: [VISIT_SCRIPT_ID] });
}

/** Whether the script is registered now. */
export async function isVisitScriptRegistered(): Promise<boolean> {
  return (await browser.scripting.getRegisteredContentScripts({ ids: [VISIT_SCRIPT_ID] })).length > 0;
}
