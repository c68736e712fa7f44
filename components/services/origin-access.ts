import { browser } from 'wxt/browser';
import { originPermission } from '../../lib/sources/origin-permission';

/**
 * Whether the reader granted the extension access to the host of `url` (that host's optional host
 * permission, or access to all sites). Never asks.
 * @example await hasOriginAccess('https://example.com/news/a') // -> false until the reader allows example.com
 */
export async function hasOriginAccess(url: string): Promise<boolean> {
  const permission = originPermission(url);
  return permission ? browser.permissions.contains({ origins: [permission] }) : false;
}

type OptionalApi = 'alarms' | 'webRequest';

/**
 * Which of `wanted` this build declares optional (a browser refuses a request for a permission it does
 * not declare so: Firefox holds alarms from install).
 * @example optionalApis(['alarms', 'webRequest']) // -> ['alarms', 'webRequest'] in Chrome
 */
export function optionalApis(wanted: readonly OptionalApi[]): OptionalApi[] {
  const declared = browser.runtime.getManifest().optional_permissions ?? [];
  return wanted.filter((name) => (declared as string[]).includes(name));
}

/**
 * Asks the reader for access to the host of `url`, with webRequest in the same prompt (it lets the
 * extension see where that site redirects our request, so the redirect is checked, not dropped). Call it
 * first thing in a click handler: both browsers refuse a permission request that does not come from a
 * user gesture.
 * @example button.onclick = () => requestOriginAccess('https://example.com/news/a') // -> true when allowed
 */
export function requestOriginAccess(url: string): Promise<boolean> {
  const permission = originPermission(url);
  return permission ? browser.permissions.request({ origins: [permission], permissions: optionalApis(['webRequest']) }) : Promise.resolve(false);
}
