import { describe, expect, it } from 'vitest';
import type { KvDatabase, KvQuery, StoreSchema } from '../../../lib/store/types';

/** A small schema with every kind of key and index the corpus schema uses. */
export const CONTRACT_SCHEMA: StoreSchema[] = [
  {
    name: 'items',
    keyPath: 'n',
    indexes: [
      { name: 'name', keyPath: 'name', unique: true },
      { name: 'tag', keyPath: 'tags', multiEntry: true },
      { name: 'pair', keyPath: ['group', 'n'] },
      { name: 'url', keyPath: 'url' },
    ],
  },
  { name: 'loose', indexes: [] },
];

const item = (n: number, name: string, tags: string[], group = 'a', url?: string) => ({ n, name, tags, group, ...(url ? { url } : {}) });

/**
 * What lib/store needs from a KvDatabase, run against each implementation (memory, IndexedDB through
 * fake-indexeddb): the same answers, the same key order, and all-or-nothing writes.
 */
export function kvContract(name: string, open: () => Promise<KvDatabase>): void {
  describe(`${name} (KvDatabase contract)`, () => {
    const filled = async () => {
      const db = await open();
      await db.write(['items', 'loose'], async (tx) => {
        tx.put('items', item(3, 'c', ['x', 'y'], 'b', 'https://u/1'));
        tx.put('items', item(1, 'a', ['x'], 'a'));
        tx.put('items', item(2, 'b', ['y', 'y'], 'a', 'https://u/1'));
        tx.put('loose', { v: 'head' }, [5, 'head']);
        tx.put('loose', { v: 10 }, [5, 10]);
        tx.put('loose', { v: 2 }, [5, 2]);
        tx.put('loose', { v: 'other' }, [6, 1]);
        tx.put('loose', { v: 'string key' }, 'state');
      });
      return db;
    };
    const read = <T>(db: KvDatabase, work: Parameters<KvDatabase['read']>[1]) => db.read(['items', 'loose'], work) as Promise<T>;

    it.each([
      ['all by primary key', {}, [1, 2, 3], 3],
      ['one key', { key: 2 }, [2], 1],
      ['a range, ends inclusive', { range: { lower: 2, upper: 3 } }, [2, 3], 2],
      ['a range, ends open', { range: { lower: 1, upper: 3, lowerOpen: true, upperOpen: true } }, [2], 1],
      ['backwards', { direction: 'prev' }, [3, 2, 1], 3],
      ['a page: offset and limit (count ignores both)', { offset: 1, limit: 1 }, [2], 3],
      ['backwards from an offset', { direction: 'prev', offset: 1, limit: 5 }, [2, 1], 3],
      ['by a unique index', { index: 'name', key: 'c' }, [3], 1],
      ['by a multi-entry index (each record once)', { index: 'tag', key: 'y' }, [2, 3], 2],
      ['by a compound index range', { index: 'pair', range: { lower: ['a', 0], upper: ['a', 99] } }, [1, 2], 2],
      ['records without the indexed field are not in the index', { index: 'url' }, [2, 3], 2],
      ['a key no record has', { key: 9 }, [], 0],
    ] as Array<[string, KvQuery, number[], number]>)('getAll: %s', async (_case, query, expected, count) => {
      const db = await filled();
      expect((await read<Array<{ n: number }>>(db, (tx) => tx.getAll('items', query))).map((v) => v.n)).toEqual(expected);
      expect(await read(db, (tx) => tx.getKeys('items', query))).toEqual(expected);
      expect(await read(db, (tx) => tx.count('items', query))).toBe(count);
    });

    it('orders array keys as IndexedDB: numbers before strings, element by element', async () => {
      const db = await filled();
      const values = await read<Array<{ v: unknown }>>(db, (tx) => tx.getAll('loose', { range: { lower: [5, 0], upper: [5, 'head'] } }));
      expect(values.map((v) => v.v)).toEqual([2, 10, 'head']);
      expect(await read(db, (tx) => tx.get('loose', 'state'))).toEqual({ v: 'string key' });
    });

    it('copies values in and out: changing what a read returned changes nothing stored', async () => {
      const db = await open();
      const value = { n: 1, name: 'a', tags: ['x'], group: 'a', data: new Uint32Array([1, 2]) };
      await db.write(['items'], async (tx) => tx.put('items', value));
      value.data[0] = 99;
      const first = await read<typeof value>(db, (tx) => tx.get('items', 1));
      first.data[1] = 77;
      expect(Array.from((await read<typeof value>(db, (tx) => tx.get('items', 1))).data)).toEqual([1, 2]);
    });

    it('a write sees its own earlier writes', async () => {
      const db = await filled();
      const seen = await db.write(['items'], async (tx) => {
        tx.put('items', item(4, 'd', []));
        tx.delete('items', 1);
        return tx.getKeys('items');
      });
      expect(seen).toEqual([2, 3, 4]);
    });

    it('deletes a key range', async () => {
      const db = await filled();
      await db.write(['loose'], async (tx) => tx.delete('loose', { lower: [5, 0], upper: [5, 'head'] }));
      expect(await read(db, (tx) => tx.getKeys('loose'))).toEqual(['state', [6, 1]]);
    });

    it.each([
      ['the work throws', async (tx: Parameters<Parameters<KvDatabase['write']>[1]>[0]) => {
        tx.put('items', item(9, 'z', []));
        throw new Error('stopped halfway');
      }, { message: 'stopped halfway' }],
      ['a unique index refuses a put', async (tx: Parameters<Parameters<KvDatabase['write']>[1]>[0]) => {
        tx.put('items', item(9, 'z', []));
        tx.put('items', item(10, 'a', []));
      }, { name: 'ConstraintError' }],
    ])('all or nothing: when %s, nothing is written', async (_case, work, error) => {
      const db = await filled();
      await expect(db.write(['items'], work)).rejects.toMatchObject(error);
      expect(await read(db, (tx) => tx.getKeys('items'))).toEqual([1, 2, 3]);
    });

    it('runs writers one after another: concurrent read-modify-writes lose nothing', async () => {
      const db = await open();
      await db.write(['loose'], async (tx) => tx.put('loose', { count: 0 }, 'counter'));
      const bump = () =>
        db.write(['loose'], async (tx) => {
          const { count } = (await tx.get<{ count: number }>('loose', 'counter')) as { count: number };
          tx.put('loose', { count: count + 1 }, 'counter');
        });
      await Promise.all(Array.from({ length: 20 }, bump));
      expect(await read(db, (tx) => tx.get('loose', 'counter'))).toEqual({ count: 20 });
    });
  });
}
