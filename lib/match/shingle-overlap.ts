export interface ShingleOverlap {
  /** Share of a's shingles that b also has, 0..1. */
  aInB: number;
  /** Share of b's shingles that a also has, 0..1. */
  bInA: number;
}

/**
 * How much of one text is in the other, word for word (given their wordShingles): the test for "this
 * page IS that article", which a topical score cannot make (two outlets on one story share words, but
 * rarely four-word runs throughout).
 * @example shingleOverlap(wordShingles('Putin arrived in Pyongyang today.'), wordShingles('Putin arrived in Pyongyang today. Read more')) // -> { aInB: 1, bInA: 0.5 }
 */
export function shingleOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): ShingleOverlap {
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return { aInB: a.size ? shared / a.size : 0, bInA: b.size ? shared / b.size : 0 };
}
