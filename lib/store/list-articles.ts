import { words } from '../text/tokenize';
import { wordKey } from '../text/word-key';
import { STORES } from './corpus-schema';
import type { ArticleSource, KvQuery, KvReader, ListEntry } from './types';

export type ListSort = 'newest' | 'oldest' | 'outlet';

/** What the options page asks for: filters (all optional, all applied), a sort and a page. */
export interface ListQuery {
  /** Words of the headline, all of them (as word keys: "floods" finds "Flooding"). */
  headline?: string;
  source?: ArticleSource;
  outlet?: string;
  /** Article dates (ListEntry.day, ms) from and to, both included. */
  from?: number;
  to?: number;
  sort: ListSort;
  offset: number;
  limit: number;
}

export interface ListPage {
  entries: ListEntry[];
  /** Articles matching the filters, over all pages. */
  total: number;
}

const LOW = Number.NEGATIVE_INFINITY;
const HIGH = Number.POSITIVE_INFINITY;

/** The rarest headline word: the fewest list entries to read and filter. */
async function rarestWord(tx: KvReader, keys: string[]): Promise<string> {
  const counts = await Promise.all(keys.map((key) => tx.count(STORES.listing, { index: 'titleWords', key })));
  return keys[counts.indexOf(Math.min(...counts))] as string;
}

/**
 * A page of the reader's corpus for the options page. With at most one filter and the sort its index
 * gives (a date filter, a source or an outlet, newest or oldest first), the page is read straight from
 * that index: a few records whatever the corpus size. Otherwise the entries matching the most selective
 * filter (the rarest headline word, else the outlet, else the source) are read and the rest is done in
 * memory: the list entries are small (no text), so even a filter matching most of 100,000 articles reads
 * a few megabytes.
 * @example await listArticles(tx, { sort: 'newest', offset: 0, limit: 50 }) // -> { entries: [...50 newest], total: 100000 }
 */
export async function listArticles(tx: KvReader, query: ListQuery): Promise<ListPage> {
  const keys = [...new Set(words(query.headline ?? '').map((t) => wordKey(t.text)))];
  const from = query.from ?? LOW;
  const to = query.to ?? HIGH;
  const dated = query.from !== undefined || query.to !== undefined;
  const direction = query.sort === 'newest' ? 'prev' : 'next';
  const page = { offset: query.offset, limit: query.limit };
  // The index answers alone: at most one filter, sorted by what the index sorts by.
  if (!keys.length && query.sort !== 'outlet') {
    let index: KvQuery | undefined;
    if (query.source !== undefined && query.outlet === undefined) index = { index: 'sourceDay', range: { lower: [query.source, from], upper: [query.source, to] } };
    else if (query.outlet !== undefined && query.source === undefined) index = { index: 'outletDay', range: { lower: [query.outlet, from], upper: [query.outlet, to] } };
    else if (query.outlet === undefined && query.source === undefined) index = { index: 'day', ...(dated ? { range: { lower: from, upper: to } } : {}) };
    if (index) {
      const [entries, total] = await Promise.all([tx.getAll<ListEntry>(STORES.listing, { ...index, direction, ...page }), tx.count(STORES.listing, index)]);
      return { entries, total };
    }
  }
  if (!keys.length && query.sort === 'outlet' && query.outlet === undefined && query.source === undefined && !dated) {
    const [entries, total] = await Promise.all([tx.getAll<ListEntry>(STORES.listing, { index: 'outletDay', ...page }), tx.count(STORES.listing)]);
    return { entries, total };
  }
  // Read the entries of the most selective filter, then filter, sort and page in memory.
  let candidates: ListEntry[];
  if (keys.length) candidates = await tx.getAll<ListEntry>(STORES.listing, { index: 'titleWords', key: await rarestWord(tx, keys) });
  else if (query.outlet !== undefined) candidates = await tx.getAll<ListEntry>(STORES.listing, { index: 'outletDay', range: { lower: [query.outlet, from], upper: [query.outlet, to] } });
  else if (query.source !== undefined) candidates = await tx.getAll<ListEntry>(STORES.listing, { index: 'sourceDay', range: { lower: [query.source, from], upper: [query.source, to] } });
  else candidates = await tx.getAll<ListEntry>(STORES.listing, dated ? { index: 'day', range: { lower: from, upper: to } } : {});
  const matching = candidates.filter(
    (e) =>
      keys.every((k) => e.titleWords.includes(k)) &&
      (query.source === undefined || e.source === query.source) &&
      (query.outlet === undefined || e.outlet === query.outlet) &&
      e.day >= from &&
      e.day <= to,
  );
  const byDay = (x: ListEntry, y: ListEntry) => x.day - y.day || x.docNo - y.docNo;
  const order = { newest: (x: ListEntry, y: ListEntry) => byDay(y, x), oldest: byDay, outlet: (x: ListEntry, y: ListEntry) => (x.outlet < y.outlet ? -1 : x.outlet > y.outlet ? 1 : byDay(x, y)) }[query.sort];
  matching.sort(order);
  return { entries: matching.slice(query.offset, query.offset + query.limit), total: matching.length };
}
