import { browser } from 'wxt/browser';

/** The link menu item's id. */
export const LINK_MENU_ID = 'compare-with-link';
/** The optional permission the link menu needs; asked for when the reader turns the menu on. */
export const LINK_MENU_PERMISSION = 'contextMenus' as const;

/** The menus API, present only while the optional permission is granted. */
const menus = () => (browser as { contextMenus?: typeof browser.contextMenus }).contextMenus;

/**
 * Makes the link menu match the permission: "Compare with this article" on web links while the reader
 * allows menus, nothing otherwise. Safe to call any number of times (the item is made afresh).
 * @example await syncLinkMenu() // -> true when the item is there
 */
export async function syncLinkMenu(): Promise<boolean> {
  const api = menus();
  if (!api || !(await browser.permissions.contains({ permissions: [LINK_MENU_PERMISSION] }))) return false;
  await api.removeAll();
  api.create({ id: LINK_MENU_ID, title: browser.i18n.getMessage('linkMenuTitle'), contexts: ['link'], targetUrlPatterns: ['http://*/*', 'https://*/*'] });
  return true;
}

/** Takes the item away (before the permission goes, while the API is still there). */
export async function removeLinkMenu(): Promise<void> {
  await menus()?.removeAll();
}
