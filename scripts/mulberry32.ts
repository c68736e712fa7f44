/**
 * A small deterministic PRNG (mulberry32): the scripts' generated data and shuffles are the same on
 * every run, so their figures can be compared between runs.
 * @example const rand = mulberry32(42); rand() // -> 0.6011037519201636 (always, for seed 42)
 */
export function mulberry32(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
