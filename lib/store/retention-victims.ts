import { STORES } from './corpus-schema';
import type { KvReader, ListEntry, RetentionSettings } from './types';

const DAY_MS = 86_400_000;
/** Entries read at a time while walking from the oldest. */
const PAGE = 2_000;

/**
 * The articles retention removes, oldest added first: every one added more than `keepDays` days before
 * `now`, then, while more than `maxArticles` are left, the oldest of the rest. Articles the reader
 * saved by hand are never among them (so with many of those, the store may stay above maxArticles).
 * @example await retentionVictims(tx, { keepDays: 30 }, Date.now()) // -> [3, 4, 17] (docNos)
 */
export async function retentionVictims(tx: KvReader, settings: RetentionSettings, now: number): Promise<number[]> {
  const victims: number[] = [];
  const cutoff = settings.keepDays === undefined ? Number.NEGATIVE_INFINITY : now - settings.keepDays * DAY_MS;
  let excess = settings.maxArticles === undefined ? 0 : (await tx.count(STORES.listing)) - settings.maxArticles;
  for (let offset = 0; ; offset += PAGE) {
    const entries = await tx.getAll<ListEntry>(STORES.listing, { index: 'added', offset, limit: PAGE });
    for (const entry of entries) {
      if (entry.source === 'saved') continue;
      if (entry.added >= cutoff && excess <= 0) return victims;
      victims.push(entry.docNo);
      excess--;
    }
    if (entries.length < PAGE) return victims;
  }
}
