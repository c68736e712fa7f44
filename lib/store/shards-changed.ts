import { STORES } from './corpus-schema';
import { keepFolded } from './folded-changes';
import type { LogEntry } from './index-log';
import { META_KEYS } from './store-state';
import type { KvWriter, NormRefresh } from './types';

/**
 * Says, inside a write that rewrites shards, that the norm refresh's moments can no longer be carried
 * forward through the index log (NormRefresh.size), nor its common terms' counts (NormRefresh.common)
 * told apart from the changes since: a fold or an import moves document frequencies into the shards,
 * where a query can no longer tell them from the ones the refresh saw. The kept norms stay for the
 * store's generation as they were. `moved` is what the write moves into the shards (additions, or
 * removals marked so): kept beside them while they fit, so that the refresh's snapshot file still
 * serves (folded-changes.ts).
 * @example await shardsChanged(tx, [{ docNo: 9, terms: 'kim', weights }]) // the refresh record loses its size and common terms
 */
export async function shardsChanged(tx: KvWriter, moved: readonly LogEntry[]): Promise<void> {
  const refresh = await tx.get<NormRefresh>(STORES.meta, META_KEYS.refresh);
  await keepFolded(tx, refresh, moved);
  if (refresh?.size === undefined && refresh?.common === undefined) return;
  const { size: _carried, common: _counted, ...kept } = refresh;
  tx.put(STORES.meta, kept, META_KEYS.refresh);
}
