import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addArticles } from '../../../lib/store/add-articles';
import { ALL_STORES, STORES } from '../../../lib/store/corpus-schema';
import { listArticles, type ListQuery } from '../../../lib/store/list-articles';
import type { ArticleSource, ListEntry } from '../../../lib/store/types';
import { wordKey } from '../../../lib/text/word-key';
import { memoryStore } from './helpers';

const SOURCES: ArticleSource[] = ['saved', 'imported', 'feed'];
const OUTLETS = ['Alpha', 'Beta', 'Gamma'];
const WORDS = ['flood', 'floods', 'vote', 'storm', 'budget'];

/** 30 articles over 3 sources, 3 outlets, 30 days, headlines from five words. */
async function filled() {
  const db = memoryStore();
  for (let i = 0; i < 30; i++) {
    const title = `${WORDS[i % 5]} ${WORDS[(i * 3) % 5]} report ${i}`;
    await addArticles(db, [{ article: { id: `a${i}`, outlet: OUTLETS[i % 3]!, title, text: `Story number ${i} about ${title}.`, published: new Date(Date.UTC(2024, 0, 1 + ((i * 7) % 30))).toISOString() }, source: SOURCES[(i * 2) % 3]! }], { now: i });
  }
  return db;
}

/** The same query answered by brute force over every entry. */
function expected(all: ListEntry[], q: ListQuery) {
  const keys = q.headline ? q.headline.split(/\s+/).filter(Boolean).map(wordKey) : [];
  const matching = all.filter((e) => keys.every((k) => e.titleWords.includes(k)) && (q.source === undefined || e.source === q.source) && (q.outlet === undefined || e.outlet === q.outlet) && e.day >= (q.from ?? -Infinity) && e.day <= (q.to ?? Infinity));
  const byDay = (x: ListEntry, y: ListEntry) => x.day - y.day || x.docNo - y.docNo;
  matching.sort(q.sort === 'newest' ? (x, y) => byDay(y, x) : q.sort === 'oldest' ? byDay : (x, y) => x.outlet.localeCompare(y.outlet) || byDay(x, y));
  return { ids: matching.slice(q.offset, q.offset + q.limit).map((e) => e.id), total: matching.length };
}

const query = fc.record({
  headline: fc.option(fc.constantFrom('floods', 'Flood vote', 'storm report', 'nothing'), { nil: undefined }),
  source: fc.option(fc.constantFrom(...SOURCES), { nil: undefined }),
  outlet: fc.option(fc.constantFrom(...OUTLETS), { nil: undefined }),
  from: fc.option(fc.constant(Date.UTC(2024, 0, 5)), { nil: undefined }),
  to: fc.option(fc.constant(Date.UTC(2024, 0, 20)), { nil: undefined }),
  sort: fc.constantFrom('newest' as const, 'oldest' as const, 'outlet' as const),
  offset: fc.integer({ min: 0, max: 12 }),
  limit: fc.integer({ min: 1, max: 8 }),
});

describe('listArticles', () => {
  it('gives the page and total a pass over every entry gives, for any filters and sort (property)', async () => {
    const db = await filled();
    const all = await db.read(ALL_STORES, (tx) => tx.getAll<ListEntry>(STORES.listing));
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        const page = await db.read(ALL_STORES, (tx) => listArticles(tx, q));
        expect({ ids: page.entries.map((e) => e.id), total: page.total }).toEqual(expected(all, q));
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['the newest first (published day 30)', { sort: 'newest' as const }, 'a17'],
    ['the oldest first', { sort: 'oldest' as const }, 'a0'],
  ])('%s', async (_case, q, first) => {
    const db = await filled();
    const page = await db.read(ALL_STORES, (tx) => listArticles(tx, { ...q, offset: 0, limit: 1 }));
    expect(page.entries[0]?.id).toBe(first);
    expect(page.total).toBe(30);
  });
});
