import { browser } from 'wxt/browser';
import { mergeSavedArticles, type MergeResult } from '../../lib/corpus/merge-saved-articles';
import type { CorpusPack } from '../../lib/corpus/types';
import { validateCorpusPack } from '../../lib/corpus/validate-corpus-pack';
import type { Article } from '../../lib/types';
import { BUNDLED_CORPUS } from './bundled-corpus';

/** One storage key holds the whole saved list as a corpus pack: one set() replaces it whole, never half. */
export const SAVED_KEY = 'savedCorpus';

const pack = (articles: Article[]): CorpusPack => ({ format: 'outlet-diff-corpus', version: 1, articles });

/**
 * The reader's saved articles. Storage is validated like an imported file (it may have been written
 * by an older version); if it is unreadable this throws rather than return [], so no later save
 * overwrites articles that could still be recovered.
 */
export async function loadSavedArticles(): Promise<Article[]> {
  const stored = (await browser.storage.local.get(SAVED_KEY))[SAVED_KEY];
  if (stored === undefined) return [];
  const result = validateCorpusPack(stored);
  if (!result.ok) throw new Error(`saved articles unreadable: ${result.error}`);
  return result.articles;
}

/**
 * Runs a read-modify-write of the saved list alone: the popup and the options page may both write
 * (a save and an import at once), and the second must read what the first wrote, not overwrite it.
 * Extension pages share one origin, so a Web Lock serialises them; where there are no Web Locks,
 * writes of this page still queue behind each other.
 */
export const SAVED_LOCK = 'outlet-diff-saved-corpus';
let queue: Promise<unknown> = Promise.resolve();
function exclusively<T>(update: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(SAVED_LOCK, update) as Promise<T>;
  const run = queue.then(update, update);
  queue = run.catch(() => undefined);
  return run;
}

/** Adds articles (a save or an import), skipping duplicates of saved or bundled ones; one write. */
export function addSavedArticles(incoming: Article[]): Promise<MergeResult> {
  return exclusively(async () => {
    const merged = mergeSavedArticles(await loadSavedArticles(), incoming, BUNDLED_CORPUS.corpus.articles);
    if (merged.added.length) await browser.storage.local.set({ [SAVED_KEY]: pack(merged.articles) });
    return merged;
  });
}

/** Deletes one saved article; returns the list left. */
export function deleteSavedArticle(id: string): Promise<Article[]> {
  return exclusively(async () => {
    const left = (await loadSavedArticles()).filter((a) => a.id !== id);
    await browser.storage.local.set({ [SAVED_KEY]: pack(left) });
    return left;
  });
}
