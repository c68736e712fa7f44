import { browser, type Browser } from 'wxt/browser';
import { linkTarget } from '../../lib/sources/link-target';
import type { Article } from '../../lib/types';
import { storeHandoff } from './handoff';
import { readTab } from './read-tab';

/**
 * "Compare with this article" on a link: reads the page the link is on (the menu click grants access to
 * that tab, as the toolbar button does), then opens the side-by-side page beside it, which reads the
 * link (asking for its site with a button when it is not allowed yet). Nothing happens for a link that is
 * not a web page, or in a private window: nothing from a private window is kept.
 * @example browser.contextMenus.onClicked.addListener((info, tab) => openLinkComparison(info.linkUrl, tab))
 */
export async function openLinkComparison(linkUrl: string | undefined, tab: Browser.tabs.Tab | undefined): Promise<void> {
  const target = linkTarget(linkUrl ?? '');
  if (!target.ok || !tab || tab.incognito) return;
  let page: Article | undefined;
  try {
    const read = await readTab(tab.id, tab.url);
    if (read.kind === 'page' && read.page.result.ok) page = read.page.result.article;
  } catch {
    // The page could not be read: the linked article is shown on its own.
  }
  const id = await storeHandoff({ articles: page ? [page] : [], a: page?.id ?? '', link: target.url });
  await browser.tabs.create({ url: `${browser.runtime.getURL('/sidebyside.html')}#${id}`, ...(tab.index !== undefined ? { index: tab.index + 1 } : {}), windowId: tab.windowId });
}
