import { contentKeys } from '../align/content-keys';
import { dice, makeBag, type WeightedBag } from '../align/weighted-bag';
import type { QuoteDiff } from '../types';
import { diffGroup } from './diff-group';
import { minorFold } from './minor-fold';

/** Content overlap at which two quotes are taken to render the same remark. */
export const QUOTE_MATCH_THRESHOLD = 0.35;

export interface LocatedQuote {
  text: string;
  /** The comparison group the quote's sentence is in. */
  group: number;
}

/**
 * Pairs the quotes of two outlets that render the same remark (strongest first, each quote used once)
 * and keeps the pairs worded differently beyond quote style and spelling, with their word diff.
 * @example compareQuotes([{ text: 'We greatly appreciate the support', group: 3 }], [{ text: 'We highly appreciate the support', group: 5 }])
 * // -> [{ group: 3, a: 'We greatly appreciate the support', b: 'We highly appreciate the support', similarity: 0.75, tokens: [...] }]
 */
export function compareQuotes(quotesA: readonly LocatedQuote[], quotesB: readonly LocatedQuote[]): QuoteDiff[] {
  const pairs: Array<{ i: number; j: number; similarity: number }> = [];
  // Outlets often carry the same quote word for word: each text's bag is made once.
  const bags = new Map<string, WeightedBag<string>>();
  const bag = (q: LocatedQuote) => bags.get(q.text) ?? (bags.set(q.text, makeBag(contentKeys(q.text), () => 1)).get(q.text) as WeightedBag<string>);
  const bagsB = quotesB.map(bag);
  // Only quotes sharing a word can match: an index of b's quotes by word keeps long articles linear.
  const quotesWith = new Map<string, number[]>();
  bagsB.forEach((y, j) => y.keys.forEach((k) => (quotesWith.get(k) ?? quotesWith.set(k, []).get(k)!).push(j)));
  quotesA.forEach((qa, i) => {
    const x = bag(qa);
    const candidates = new Set(x.keys.flatMap((k) => quotesWith.get(k) ?? []));
    for (const j of [...candidates].sort((m, n) => m - n)) {
      const similarity = dice(x, bagsB[j] as typeof x);
      if (similarity >= QUOTE_MATCH_THRESHOLD) pairs.push({ i, j, similarity });
    }
  });
  pairs.sort((x, y) => y.similarity - x.similarity || x.i + x.j - (y.i + y.j) || x.i - y.i);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const out: QuoteDiff[] = [];
  for (const p of pairs) {
    if (usedA.has(p.i) || usedB.has(p.j)) continue;
    usedA.add(p.i);
    usedB.add(p.j);
    const qa = quotesA[p.i] as LocatedQuote;
    const qb = quotesB[p.j] as LocatedQuote;
    // Outlets mostly quote a remark word for word: no need to fold what is already the same.
    if (qa.text === qb.text || minorFold(qa.text) === minorFold(qb.text)) continue;
    out.push({ group: qa.group, a: qa.text, b: qb.text, similarity: p.similarity, tokens: diffGroup(qa.text, qb.text) });
  }
  return out.sort((x, y) => x.group - y.group);
}
