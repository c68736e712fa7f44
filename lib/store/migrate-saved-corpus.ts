import { validateCorpusPack } from '../corpus/validate-corpus-pack';
import type { BaseIndex } from './base-index';
import { importArticles, type ImportOutcome } from './import-articles';
import type { KvDatabase } from './types';

/**
 * Moves the articles an older version kept in extension storage (one corpus pack under `savedCorpus`)
 * into the store, as "saved" (the reader chose them: retention never removes them). Batches of whole
 * articles, each one transaction; an id already in the store is skipped, so a migration cut off
 * halfway (the browser closed) is simply run again. Throws, changing nothing, when the stored pack is
 * unreadable: the caller keeps it where it is.
 * @example await migrateSavedCorpus(db, savedPack, { now: Date.now() }) // savedPack: the old 'savedCorpus' value -> { total: 12, added: 12, … }
 */
export async function migrateSavedCorpus(db: KvDatabase, stored: unknown, options: { base?: BaseIndex; now: number; batchSize?: number }): Promise<ImportOutcome> {
  const pack = validateCorpusPack(stored);
  if (!pack.ok) throw new Error(`saved articles unreadable: ${pack.error}`);
  const read = async function* () {
    yield* pack.articles;
  };
  return importArticles(db, read, { ...options, source: 'saved' });
}
