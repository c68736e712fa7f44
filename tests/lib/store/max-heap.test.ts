import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MaxHeap } from '../../../lib/store/max-heap';

describe('MaxHeap', () => {
  it.each([
    ['several', [3, 9, 4, 1, 9], [9, 9, 4, 3, 1]],
    ['one', [5], [5]],
    ['none', [], []],
  ])('pops %s best first', (_case, items, expected) => {
    const heap = new MaxHeap(items, (x) => x);
    const out: number[] = [];
    while (heap.size) {
      expect(heap.peekKey()).toBe(Math.max(...items.filter((x) => !out.includes(x) || items.filter((y) => y === x).length > out.filter((y) => y === x).length)));
      out.push(heap.pop()!);
    }
    expect(out).toEqual(expected);
    expect(heap.pop()).toBeUndefined();
    expect(heap.peekKey()).toBe(Number.NEGATIVE_INFINITY);
  });

  it('orders any keys as a sort would (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true })), (keys) => {
        const heap = new MaxHeap(keys.map((k, i) => ({ k, i })), (x) => x.k);
        const popped: number[] = [];
        while (heap.size) popped.push(heap.pop()!.k);
        // A heap is not stable and 0 equals -0, so the two zeros may come in either order: compare them as one.
        const zeroAsOne = (k: number) => k + 0;
        expect(popped.map(zeroAsOne)).toEqual([...keys].sort((a, b) => b - a).map(zeroAsOne));
      }),
    );
  });
});
