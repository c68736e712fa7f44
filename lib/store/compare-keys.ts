import type { KvKey } from './types';

const rank = (key: KvKey) => (typeof key === 'number' ? 0 : typeof key === 'string' ? 1 : 2);

/**
 * Orders keys as IndexedDB does: numbers before strings before arrays; arrays element by element, a
 * prefix first. The in-memory database sorts with it, so both stores return records in the same order.
 * @example compareKeys([3, 'head'], [3, 1200]) // -> 1 (numbers sort before strings)
 */
export function compareKeys(a: KvKey, b: KvKey): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra < 2) return a < b ? -1 : a > b ? 1 : 0;
  const x = a as KvKey[];
  const y = b as KvKey[];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const c = compareKeys(x[i] as KvKey, y[i] as KvKey);
    if (c !== 0) return c;
  }
  return x.length - y.length;
}

