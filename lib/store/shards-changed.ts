import { STORES } from './corpus-schema';
import { META_KEYS } from './store-state';
import type { KvWriter, NormRefresh } from './types';

/**
 * Says, inside a write that rewrites shards, that the norm refresh's moments can no longer be carried
 * forward through the index log (NormRefresh.size), nor its common terms' counts (NormRefresh.common)
 * told apart from the changes since: a fold or an import moves document frequencies into the shards,
 * where a query can no longer tell them from the ones the refresh saw. The kept norms stay for the
 * store's generation as they were.
 * @example await shardsChanged(tx) // the refresh record loses its size and common terms
 */
export async function shardsChanged(tx: KvWriter): Promise<void> {
  const refresh = await tx.get<NormRefresh>(STORES.meta, META_KEYS.refresh);
  if (refresh?.size === undefined && refresh?.common === undefined) return;
  const { size: _carried, common: _counted, ...kept } = refresh;
  tx.put(STORES.meta, kept, META_KEYS.refresh);
}
