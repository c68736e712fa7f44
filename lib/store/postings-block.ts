/**
 * Postings of several terms, packed for storage: each term's articles (docNo ascending) and weights
 * (thousandths), the terms sorted so one is found by binary search. Typed arrays copy fast in and out
 * of IndexedDB; a record of plain objects per posting would not.
 */
export interface PostingsBlock {
  terms: string[];
  /** ends[i]: where term i's postings end in docs/weights (they start where term i-1's end). */
  ends: Uint32Array;
  docs: Uint32Array;
  weights: Uint32Array;
}

/** One term's postings while a block is being changed. */
export interface TermPostings {
  docs: number[];
  weights: number[];
}

/** The position of `term` in sorted `terms`, or -1. */
export function findTerm(terms: readonly string[], term: string): number {
  let low = 0;
  let high = terms.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = terms[middle] as string;
    if (at === term) return middle;
    if (at < term) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * A term's postings in a block (views into the block's arrays, no copy), or undefined.
 * @example blockPostings(block, 'pyongyang') // -> { docs: Uint32Array [3, 17], weights: Uint32Array [1414, 2000] }
 */
export function blockPostings(block: PostingsBlock, term: string): { docs: Uint32Array; weights: Uint32Array } | undefined {
  const i = findTerm(block.terms, term);
  if (i < 0) return undefined;
  const start = i === 0 ? 0 : (block.ends[i - 1] as number);
  const end = block.ends[i] as number;
  return { docs: block.docs.subarray(start, end), weights: block.weights.subarray(start, end) };
}

/**
 * A block as an editable map of term -> postings.
 * @example unpackBlock(packBlock(new Map([['kim', { docs: [1], weights: [1000] }]]))).get('kim') // -> { docs: [1], weights: [1000] }
 */
export function unpackBlock(block: PostingsBlock): Map<string, TermPostings> {
  const map = new Map<string, TermPostings>();
  let start = 0;
  block.terms.forEach((term, i) => {
    const end = block.ends[i] as number;
    map.set(term, { docs: Array.from(block.docs.subarray(start, end)), weights: Array.from(block.weights.subarray(start, end)) });
    start = end;
  });
  return map;
}

/**
 * Packs term -> postings into a block: terms sorted, terms without postings left out. Each term's
 * postings must already be in docNo order.
 * @example packBlock(new Map()).terms // -> []
 */
export function packBlock(postings: ReadonlyMap<string, TermPostings>): PostingsBlock {
  const terms = [...postings.keys()].filter((t) => (postings.get(t) as TermPostings).docs.length > 0).sort();
  const ends = new Uint32Array(terms.length);
  let total = 0;
  terms.forEach((term, i) => {
    total += (postings.get(term) as TermPostings).docs.length;
    ends[i] = total;
  });
  const docs = new Uint32Array(total);
  const weights = new Uint32Array(total);
  let at = 0;
  for (const term of terms) {
    const p = postings.get(term) as TermPostings;
    docs.set(p.docs, at);
    weights.set(p.weights, at);
    at += p.docs.length;
  }
  return { terms, ends, docs, weights };
}

/**
 * The sorted union of two sorted lists of terms.
 * @example unionOfSorted(['kim', 'seoul'], ['putin', 'seoul']) // -> ['kim', 'putin', 'seoul']
 */
export function unionOfSorted(a: readonly string[], b: readonly string[]): string[] {
  const union: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x < y)) union.push(a[i++] as string);
    else if (x === undefined || y < x) union.push(b[j++] as string);
    else {
      union.push(x);
      i++;
      j++;
    }
  }
  return union;
}

/**
 * A block with postings appended: `added` maps a term to its new postings, each with a docNo above
 * every docNo of that term in the block, in docNo order. The block's arrays are copied a term at a time
 * (no per-posting unpacking): the store appends to a shard's head on every add.
 * @example appendToBlock(block, new Map([['kim', [{ docNo: 9, weight: 1000 }]]])) // -> kim's postings end with 9
 */
export function appendToBlock(block: PostingsBlock, added: ReadonlyMap<string, ReadonlyArray<{ docNo: number; weight: number }>>): PostingsBlock {
  const terms = unionOfSorted(block.terms, [...added.keys()].sort());
  let total = block.docs.length;
  for (const list of added.values()) total += list.length;
  const ends = new Uint32Array(terms.length);
  const docs = new Uint32Array(total);
  const weights = new Uint32Array(total);
  let at = 0;
  let old = 0;
  terms.forEach((term, i) => {
    if (block.terms[old] === term) {
      const start = old === 0 ? 0 : (block.ends[old - 1] as number);
      const end = block.ends[old] as number;
      docs.set(block.docs.subarray(start, end), at);
      weights.set(block.weights.subarray(start, end), at);
      at += end - start;
      old++;
    }
    for (const { docNo, weight } of added.get(term) ?? []) {
      docs[at] = docNo;
      weights[at++] = weight;
    }
    ends[i] = at;
  });
  return { terms, ends, docs, weights };
}
