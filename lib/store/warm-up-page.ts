import { STORES } from './corpus-schema';
import { toArticle } from './to-article';
import type { KvDatabase, StoredArticle } from './types';
import type { Article } from '../types';

/**
 * A page to search once before the real query comes: the newest stored article, as a page read from
 * the web (no id or address the store knows). Why: a worker's first search runs in code the engine has
 * not optimised yet and reads file and database pages nothing has read yet (about 30 ms of a first query
 * at 100,000 articles); a popup reads the page for longer than that, so its worker searches once
 * meanwhile. Undefined for an empty store, which has nothing to warm.
 * @example await warmUpPage(db) // -> { id: 'warm-up', outlet: 'Coast Daily', title: 'Fire destroys …', text: '…' }
 */
export function warmUpPage(db: Pick<KvDatabase, 'read'>): Promise<Article | undefined> {
  return db.read([STORES.articles], async (tx) => {
    const [record] = await tx.getAll<StoredArticle>(STORES.articles, { direction: 'prev', limit: 1 });
    if (!record) return undefined;
    const { url: _url, ...page } = toArticle(record);
    return { ...page, id: 'warm-up' };
  });
}
