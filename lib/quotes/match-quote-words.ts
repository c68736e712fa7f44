import type { QuoteWord } from './quote-words';

/** How the words of two quotes line up. */
export interface QuoteMatch {
  /** Matched word indices [in a, in b], increasing in both; bracketed insertions never match. */
  pairs: Array<[number, number]>;
  /** Content words: matched, and in each quote. */
  matchedContent: number;
  contentA: number;
  contentB: number;
  /** The longest run of words matched one after the other in both quotes, and the content words in it. */
  longestRun: number;
  longestRunContent: number;
}

/**
 * The longest run of equal words in a[aFrom..aTo) and b[bFrom..bTo), as [start in a, start in b, length].
 * Words are compared as small integers (`x`, `y`: one id per folded word, -1 for an insertion, which
 * matches nothing), over two rows of lengths reused for the whole search.
 */
function longestCommonRun(x: Int32Array, y: Int32Array, aFrom: number, aTo: number, bFrom: number, bTo: number, rows: [Uint16Array, Uint16Array]): [number, number, number] {
  let best: [number, number, number] = [aFrom, bFrom, 0];
  let [previous, current] = rows;
  previous.fill(0, bFrom, bTo + 1);
  for (let i = aFrom; i < aTo; i++) {
    const id = x[i] as number;
    current[bFrom] = 0;
    for (let j = bFrom; j < bTo; j++) {
      // current[j + 1]: the run of equal words ending at a[i] and b[j].
      const length = id >= 0 && id === y[j] ? (previous[j] as number) + 1 : 0;
      current[j + 1] = length;
      if (length > best[2]) best = [i - length + 1, j - length + 1, length];
    }
    [previous, current] = [current, previous];
  }
  return best;
}

/**
 * Lines up the words of two quotes the way a reader compares them: the longest run of words the two
 * share first, then the longest runs left of it and right of it, and so on (Ratcliff and Obershelp's
 * matching, as difflib's). Runs come first, so a small word is not matched far from its phrase ("a" in
 * "not a theology" against "a different theology"). Also says how many content words match and how
 * long the longest common run is, which deciding "the same remark" needs.
 * @example matchQuoteWords(quoteWords('I went too far'), quoteWords('I went way too far')).longestRun // -> 2
 */
export function matchQuoteWords(a: readonly QuoteWord[], b: readonly QuoteWord[]): QuoteMatch {
  // Outlets mostly quote a remark word for word: the same folded words need no search.
  if (sameFolds(a, b)) {
    const pairs: Array<[number, number]> = [];
    for (let k = 0; k < a.length; k++) pairs.push([k, k]);
    const content = contentCount(a);
    return { pairs, matchedContent: content, contentA: content, contentB: content, longestRun: a.length, longestRunContent: content };
  }
  const pairs: Array<[number, number]> = [];
  let longestRun = 0;
  let longestRunContent = 0;
  const ids = new Map<string, number>();
  const x = idsOf(a, ids);
  const y = idsOf(b, ids);
  const rows: [Uint16Array, Uint16Array] = [new Uint16Array(b.length + 1), new Uint16Array(b.length + 1)];
  const stack: Array<[number, number, number, number]> = [[0, a.length, 0, b.length]];
  while (stack.length) {
    const [aFrom, aTo, bFrom, bTo] = stack.pop() as [number, number, number, number];
    if (aFrom >= aTo || bFrom >= bTo) continue;
    const [i, j, length] = longestCommonRun(x, y, aFrom, aTo, bFrom, bTo, rows);
    if (!length) continue;
    let content = 0;
    for (let k = 0; k < length; k++) {
      pairs.push([i + k, j + k]);
      if ((a[i + k] as QuoteWord).content) content++;
    }
    if (length > longestRun || (length === longestRun && content > longestRunContent)) {
      longestRun = length;
      longestRunContent = content;
    }
    stack.push([aFrom, i, bFrom, j], [i + length, aTo, j + length, bTo]);
  }
  pairs.sort((p, q) => p[0] - q[0]);
  let matchedContent = 0;
  for (const [i] of pairs) if ((a[i] as QuoteWord).content) matchedContent++;
  return { pairs, matchedContent, contentA: contentCount(a), contentB: contentCount(b), longestRun, longestRunContent };
}

function sameFolds(a: readonly QuoteWord[], b: readonly QuoteWord[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    const x = a[k] as QuoteWord;
    const y = b[k] as QuoteWord;
    if (x.bracketed || y.bracketed || x.fold !== y.fold) return false;
  }
  return true;
}

/** One small integer per folded word (shared by the two quotes compared), -1 for an insertion, which matches nothing. */
function idsOf(ws: readonly QuoteWord[], ids: Map<string, number>): Int32Array {
  const out = new Int32Array(ws.length);
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k] as QuoteWord;
    let id = ids.get(w.fold);
    if (id === undefined) ids.set(w.fold, (id = ids.size));
    out[k] = w.bracketed ? -1 : id;
  }
  return out;
}

// A quote is matched against several others: its content words are counted once.
const contentCounts = new WeakMap<readonly QuoteWord[], number>();
function contentCount(ws: readonly QuoteWord[]): number {
  let n = contentCounts.get(ws);
  if (n === undefined) {
    n = 0;
    for (const w of ws) if (w.content) n++;
    contentCounts.set(ws, n);
  }
  return n;
}
