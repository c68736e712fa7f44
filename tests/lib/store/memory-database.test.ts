import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryDatabase } from '../../../lib/store/memory-database';
import { CONTRACT_SCHEMA, kvContract } from './kv-contract';

kvContract('MemoryDatabase', async () => new MemoryDatabase(CONTRACT_SCHEMA));

interface Item {
  n: number;
  name: string;
  tags: string[];
}

/** Index order as IndexedDB gives it: by index key, then by primary key. */
const byTag = (items: Iterable<Item>) =>
  [...items]
    .flatMap((item) => [...new Set(item.tags)].map((tag) => [tag, item.n] as const))
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]))
    .map(([, n]) => n);

describe('MemoryDatabase', () => {
  it('refuses a store the transaction did not name, and work after close', async () => {
    const db = new MemoryDatabase(CONTRACT_SCHEMA);
    await expect(db.read(['items'], (tx) => tx.get('items', 1))).resolves.toBeUndefined();
    await expect(db.read(['items'], (tx) => tx.get('loose', 1))).rejects.toThrow(/not in this transaction/);
    db.close();
    await expect(db.read(['items'], (tx) => tx.get('items', 1))).rejects.toThrow(/closed/);
  });

  // Index changes are sorted in lazily (at the next read): any mix of puts, deletes and failed
  // transactions must read back in the order a sorted list would give.
  it('keeps key and index order through any puts, deletes and undone transactions', async () => {
    const op = fc.oneof(
      fc.record({ put: fc.integer({ min: 0, max: 20 }), tags: fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 3 }) }),
      fc.record({ del: fc.integer({ min: 0, max: 20 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ ops: fc.array(op, { maxLength: 6 }), fail: fc.boolean() }), { maxLength: 12 }), async (transactions) => {
        const db = new MemoryDatabase(CONTRACT_SCHEMA);
        const model = new Map<number, Item>();
        for (const { ops, fail } of transactions) {
          const next = new Map(model);
          const work = db.write(['items'], async (tx) => {
            for (const o of ops) {
              if ('del' in o) {
                tx.delete('items', o.del);
                next.delete(o.del);
              } else {
                const item = { n: o.put, name: `item ${o.put}`, tags: o.tags };
                tx.put('items', item);
                next.set(o.put, item);
              }
              // A read in the middle of the transaction sees its writes so far, in order.
              expect(await tx.getKeys('items')).toEqual([...next.keys()].sort((a, b) => a - b));
            }
            if (fail) throw new Error('undo');
          });
          if (fail) await expect(work).rejects.toThrow('undo');
          else {
            await work;
            model.clear();
            next.forEach((item, n) => model.set(n, item));
          }
        }
        await db.read(['items'], async (tx) => {
          expect(await tx.getKeys('items')).toEqual([...model.keys()].sort((a, b) => a - b));
          expect(await tx.getKeys('items', { index: 'tag' })).toEqual(byTag(model.values()));
          expect(await tx.getKeys('items', { index: 'name', key: 'item 3' })).toEqual(model.has(3) ? [3] : []);
        });
      }),
      { numRuns: 200 },
    );
  });
  // Few changes between reads are spliced in and out, many are filtered and merged (SPLICE_LIMIT, 256):
  // both ways, and a mix of them, must read back in sorted order.
  type Op = readonly [n: number, put: boolean, tag: string];
  const range = (from: number, to: number, step = 1) => Array.from({ length: Math.ceil((to - from) / step) }, (_, i) => from + i * step);
  const tagOf = (n: number) => ['a', 'b', 'c'][n % 3] as string;
  it.each<[string, Op[][]]>([
    ['600 puts at once, then 300 deletes of stored ones and 300 new puts at once (filter and merge)', [range(0, 600).map((n) => [n, true, tagOf(n)]), [...range(0, 600, 2).map((n): Op => [n, false, '']), ...range(600, 900).map((n): Op => [n, true, tagOf(n + 1)])]]],
    ['the same, then single changes (spliced)', [range(0, 600).map((n) => [n, true, tagOf(n)]), ...range(0, 40).map((n): Op[] => [[(n * 37) % 650, n % 2 === 0, tagOf(n)]])]],
    ['puts over stored ones, their tags changed, past the limit', [range(0, 400).map((n) => [n, true, 'a']), range(0, 400).map((n) => [n, true, tagOf(n)])]],
  ])('keeps key and index order: %s', async (_name, batches) => {
    const db = new MemoryDatabase(CONTRACT_SCHEMA);
    const model = new Map<number, Item>();
    for (const batch of batches) {
      await db.write(['items'], async (tx) => {
        for (const [n, put, tag] of batch) {
          if (put) {
            const item = { n, name: `item ${n}`, tags: [tag] };
            tx.put('items', item);
            model.set(n, item);
          } else {
            tx.delete('items', n);
            model.delete(n);
          }
        }
      });
      await db.read(['items'], async (tx) => {
        expect(await tx.getKeys('items')).toEqual([...model.keys()].sort((x, y) => x - y));
        expect(await tx.getKeys('items', { index: 'tag' })).toEqual(byTag(model.values()));
      });
    }
  });
});
