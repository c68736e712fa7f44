/**
 * A max-heap of items by a numeric key: built in one pass, then popped best first. The store's search
 * takes its candidates from it a few at a time, so it never sorts every article a query touches.
 * @example const heap = new MaxHeap([3, 9, 4], (x) => x); heap.pop() // -> 9
 */
export class MaxHeap<T> {
  private readonly items: T[];
  private readonly keys: number[];

  constructor(items: readonly T[], key: (item: T) => number) {
    this.items = [...items];
    this.keys = this.items.map(key);
    for (let i = (this.items.length >> 1) - 1; i >= 0; i--) this.sink(i);
  }

  get size(): number {
    return this.items.length;
  }

  /** The largest key left, -Infinity when empty. */
  peekKey(): number {
    return this.keys.length ? (this.keys[0] as number) : Number.NEGATIVE_INFINITY;
  }

  pop(): T | undefined {
    if (!this.items.length) return undefined;
    const top = this.items[0];
    const lastItem = this.items.pop() as T;
    const lastKey = this.keys.pop() as number;
    if (this.items.length) {
      this.items[0] = lastItem;
      this.keys[0] = lastKey;
      this.sink(0);
    }
    return top;
  }

  private sink(i: number): void {
    const n = this.items.length;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let largest = i;
      if (left < n && (this.keys[left] as number) > (this.keys[largest] as number)) largest = left;
      if (right < n && (this.keys[right] as number) > (this.keys[largest] as number)) largest = right;
      if (largest === i) return;
      [this.items[i], this.items[largest]] = [this.items[largest] as T, this.items[i] as T];
      [this.keys[i], this.keys[largest]] = [this.keys[largest] as number, this.keys[i] as number];
      i = largest;
    }
  }
}
