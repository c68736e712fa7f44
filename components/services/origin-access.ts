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

/**
 * Asks the reader for access to the host of `url`. Call it first thing in a click handler: both
 * browsers refuse a permission request that does not come from a user gesture.
 * @example button.onclick = () => requestOriginAccess('https://example.com/news/a') // -> true when allowed
 */
export function requestOriginAccess(url: string): Promise<boolean> {
  const permission = originPermission(url);
  return permission ? browser.permissions.request({ origins: [permission] }) : Promise.resolve(false);
}
