import type { Article } from '../types';
import { adjustBaseFrequencies, readBaseFrequencies } from './base-frequencies';
import type { BaseIndex } from './base-index';
import { ALL_STORES, STORES } from './corpus-schema';
import { indexArticles } from './index-articles';
import { isNearDuplicate } from './is-near-duplicate';
import { listEntry } from './list-entry';
import { resolveDuplicate, type DuplicateReason } from './resolve-duplicate';
import { META_KEYS, readState } from './store-state';
import { storeRecord } from './store-record';
import { unindexArticles } from './unindex-articles';
import type { ArticleSource, KvDatabase, KvWriter, StoredArticle } from './types';

export interface IncomingArticle {
  article: Article;
  source: ArticleSource;
}

export interface Skipped {
  id: string;
  title: string;
  reason: DuplicateReason;
}

export interface AddOutcome {
  /** Stored now (new, or a newer version of a kept article), in the order given. */
  added: StoredArticle[];
  /** Kept articles a newer version replaced (one entry each, as they were). */
  replaced: StoredArticle[];
  skipped: Skipped[];
}

export interface AddOptions {
  /** The bundled corpus searched with the store: a copy of one of its articles is never stored. */
  base?: BaseIndex;
  /** When the articles are added (ms); the same for the whole batch. */
  now: number;
}

type Pending = Omit<StoredArticle, 'docNo'>;

/** A sketch value shared by more stored articles than this is boilerplate, not a sign of a copy. */
const COMMON_SKETCH_VALUE = 32;

/**
 * The stored articles an incoming one may duplicate: same id, same URL, same text, or sharing a sketch
 * value (near-identical texts share most of them). Read for every incoming article at once, so a batch
 * costs a few rounds of reads, not a few per article.
 */
async function storedCandidates(tx: KvWriter, record: Pending): Promise<StoredArticle[]> {
  const exact = await Promise.all([
    tx.getAll<StoredArticle>(STORES.articles, { index: 'id', key: record.id }),
    record.canonicalUrl ? tx.getAll<StoredArticle>(STORES.articles, { index: 'canonicalUrl', key: record.canonicalUrl, limit: 1 }) : [],
    tx.getAll<StoredArticle>(STORES.articles, { index: 'textKey', key: record.textKey, limit: 1 }),
  ]);
  const sharing = await Promise.all(record.sketch.map((h) => tx.getKeys(STORES.articles, { index: 'sketch', key: h, limit: COMMON_SKETCH_VALUE + 1 })));
  const near = new Set(sharing.filter((keys) => keys.length <= COMMON_SKETCH_VALUE).flat() as number[]);
  for (const found of exact.flat()) near.delete(found.docNo);
  const nearRecords = await Promise.all([...near].map((docNo) => tx.get<StoredArticle>(STORES.articles, docNo)));
  return [...exact.flat(), ...nearRecords.filter((r): r is StoredArticle => r !== undefined && isNearDuplicate(r.text, record.text))];
}

/** The one an incoming article duplicates among the batch so far and the stored candidates, if any. */
function keptVersion(record: Pending, batch: readonly Pending[], stored: readonly StoredArticle[], gone: ReadonlySet<number>): Pending | StoredArticle | undefined {
  const same = (b: Pending) => b.id === record.id || (record.canonicalUrl !== undefined && b.canonicalUrl === record.canonicalUrl) || b.textKey === record.textKey;
  const near = (b: Pending) => b.sketch.some((h) => record.sketch.includes(h)) && isNearDuplicate(b.text, record.text);
  return batch.find(same) ?? stored.find((s) => !gone.has(s.docNo)) ?? batch.find(near);
}

/**
 * Adds articles to the store in one transaction: all of them, with the index, or (on any failure) none.
 * A duplicate of a kept article (or of a bundled one, or of one earlier in the batch) is skipped, or
 * replaces it when it is a newer version (resolveDuplicate); a replacement keeps "saved" when the reader
 * had saved the old version by hand, so retention never removes it.
 * @example await addArticles(db, [{ article, source: 'saved' }], { now: Date.now() }) // -> { added: [record], replaced: [], skipped: [] }
 */
export async function addArticles(db: KvDatabase, incoming: readonly IncomingArticle[], options: AddOptions): Promise<AddOutcome> {
  const { base, now } = options;
  const prepared = incoming.map(({ article, source }) => storeRecord(article, source, now));
  return db.write(ALL_STORES, async (tx) => {
    const state = await readState(tx);
    const baseFrequencies = base ? await readBaseFrequencies(tx, base) : undefined;
    const batch: Pending[] = [];
    const replaced: StoredArticle[] = [];
    const skipped: Skipped[] = [];
    const candidates = await Promise.all(prepared.map((record) => storedCandidates(tx, record)));
    const gone = new Set<number>();
    for (const [i, record] of prepared.entries()) {
      if (base?.ids.has(record.id) || base?.textKeys.has(record.textKey)) {
        skipped.push({ id: record.id, title: record.title, reason: base.ids.has(record.id) ? 'id' : 'text' });
        continue;
      }
      const kept = keptVersion(record, batch, candidates[i] as StoredArticle[], gone);
      const decision = kept ? resolveDuplicate(record, kept) : 'replace';
      if (decision !== 'replace') {
        skipped.push({ id: record.id, title: record.title, reason: decision });
        continue;
      }
      if (kept && 'docNo' in kept) {
        replaced.push(kept);
        gone.add(kept.docNo);
      }
      else if (kept) batch.splice(batch.indexOf(kept), 1);
      batch.push(kept?.source === 'saved' ? { ...record, source: 'saved' } : record);
    }
    if (replaced.length) {
      await unindexArticles(tx, replaced, base ? base.df : () => 0);
      for (const old of replaced) {
        tx.delete(STORES.articles, old.docNo);
        tx.delete(STORES.listing, old.docNo);
      }
    }
    const added = batch.map((record, i): StoredArticle => ({ ...record, docNo: state.nextDocNo + i }));
    const nextDocNo = state.nextDocNo + added.length;
    for (const record of added) {
      tx.put(STORES.articles, record);
      tx.put(STORES.listing, listEntry(record));
    }
    if (added.length) await indexArticles(tx, added, nextDocNo, base ? base.df : () => 0);
    if (baseFrequencies) {
      adjustBaseFrequencies(baseFrequencies, replaced, -1);
      adjustBaseFrequencies(baseFrequencies, added, 1);
      tx.put(STORES.meta, baseFrequencies, META_KEYS.base);
    }
    if (added.length || replaced.length) {
      tx.put(STORES.meta, { count: state.count + added.length - replaced.length, nextDocNo, generation: state.generation + 1 }, META_KEYS.state);
    }
    return { added, replaced, skipped };
  });
}
