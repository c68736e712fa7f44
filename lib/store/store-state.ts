import { STORES } from './corpus-schema';
import type { KvReader, StoreState } from './types';

/** Keys of the records in the meta store. */
export const META_KEYS = { state: 'state', base: 'base', refresh: 'refresh', retention: 'retention', rebuilding: 'rebuilding', sketchUpgrade: 'sketchUpgrade', folded: 'folded', folding: 'folding', upkeep: 'upkeep' } as const;

/**
 * The store's counters as committed (an empty store has none yet).
 * @example await readState(tx) // -> { count: 0, nextDocNo: 0, generation: 0 }
 */
export async function readState(tx: KvReader): Promise<StoreState> {
  return (await tx.get<StoreState>(STORES.meta, META_KEYS.state)) ?? { count: 0, nextDocNo: 0, generation: 0 };
}
