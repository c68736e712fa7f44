import { browser } from 'wxt/browser';
import type { SideBySideHandoff } from '../../lib/ui/types';

const PREFIX = 'sidebyside:';

/**
 * Stores what the popup hands to the side-by-side page in session storage (gone when the browser
 * closes; the page text never persists) and returns the id the page finds it by, from its URL hash.
 */
export async function storeHandoff(handoff: SideBySideHandoff): Promise<string> {
  const id = crypto.randomUUID();
  await browser.storage.session.set({ [PREFIX + id]: handoff });
  return id;
}

/** The handoff stored under `id`, or undefined when it is gone (browser restarted, bad link). */
export async function readHandoff(id: string): Promise<SideBySideHandoff | undefined> {
  if (!id) return undefined;
  const value = (await browser.storage.session.get(PREFIX + id))[PREFIX + id] as SideBySideHandoff | undefined;
  // A link to read may come with no article: the link menu on a page that is not one.
  return value && Array.isArray(value.articles) && (value.articles.length || typeof value.link === 'string') ? value : undefined;
}
