/**
 * A floating-point sum that does not depend on the order of its terms: it keeps the exact sum as a few
 * non-overlapping partials (Shewchuk's algorithm) and rounds it once, correctly, at the end (as Python's
 * math.fsum does). Article norms are such sums: the in-memory index adds an article's terms in its
 * term order, the store adds them shard by shard, and both must give the same double.
 * @example const sum = new ExactSum(); [0.1, 0.2, 0.3].forEach((x) => sum.add(x)); sum.value() // -> 0.6
 */
export class ExactSum {
  private readonly partials: number[] = [];

  add(value: number): void {
    let x = value;
    let kept = 0;
    for (let i = 0; i < this.partials.length; i++) {
      let y = this.partials[i] as number;
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) this.partials[kept++] = lo;
      x = hi;
    }
    this.partials.length = kept;
    this.partials.push(x);
  }

  /** The exact sum of everything added, rounded to the nearest double (ties to even). */
  value(): number {
    const p = this.partials;
    let n = p.length;
    if (n === 0) return 0;
    let hi = p[--n] as number;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n] as number;
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // Round half to even across the partials left below.
    if (n > 0 && ((lo < 0 && (p[n - 1] as number) < 0) || (lo > 0 && (p[n - 1] as number) > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
    return hi;
  }
}
