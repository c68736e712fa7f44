import type { Sentence } from '../types';
import type { LocatedQuote } from './compare-quotes';

/**
 * The pairs of sentences (a's index, b's index) that are mostly quotation, at least `share` of each
 * sentence's characters inside quote marks (titles aside), and quote no remark in common (`sameRemark`,
 * compareQuotes' pairs, with every sentence a paired remark runs over): two different remarks, as the
 * quotes module reads them. Their words say little
 * else ("… ,” he said.), so what they share is words of two different things said.
 *
 * Why: on the hand-judged BASIL pairs such sentences were linked where the judges saw no common fact: a
 * campaign lawyer's two sentences of one statement, two candidates each demanding the report's release,
 * two apologies of one comedian's (lib/align/thresholds.ts has the figures). `quotes` are located by
 * sentence: each quote's group is its sentence's index.
 * @example otherRemarks(sa, quotesA, sb, quotesB, [], 0.7)(2, 5) // -> true: both mostly quotes, not one remark
 */
export function otherRemarks(
  sentencesA: readonly Sentence[],
  quotesA: readonly LocatedQuote[],
  sentencesB: readonly Sentence[],
  quotesB: readonly LocatedQuote[],
  sameRemark: ReadonlyArray<readonly [number, number]>,
  share: number,
): (i: number, j: number) => boolean {
  const quoted = (sentences: readonly Sentence[], quotes: readonly LocatedQuote[]) => {
    const chars = new Array<number>(sentences.length).fill(0);
    for (const q of quotes) if (!q.title) chars[q.group] = (chars[q.group] ?? 0) + q.text.length;
    return sentences.map((s, k) => s.text.length > 0 && (chars[k] as number) >= share * s.text.length);
  };
  const mostlyA = quoted(sentencesA, quotesA);
  const mostlyB = quoted(sentencesB, quotesB);
  // A remark quoted over several sentences is one remark in each of them: a pair names the sentences of
  // its first pieces, and every remark those sentences quote is taken as paired (never too few).
  const remarksOf = (quotes: readonly LocatedQuote[]) => {
    const bySentence = new Map<number, number[]>();
    for (const q of quotes) if (q.remark !== undefined) bySentence.set(q.group, [...(bySentence.get(q.group) ?? []), q.remark]);
    return (sentence: number) => bySentence.get(sentence) ?? [];
  };
  const remarksA = remarksOf(quotesA);
  const remarksB = remarksOf(quotesB);
  const paired = new Set(sameRemark.flatMap(([i, j]) => remarksA(i).flatMap((x) => remarksB(j).map((y) => `${x} ${y}`))));
  const sameRemarkIn = (i: number, j: number) => remarksA(i).some((x) => remarksB(j).some((y) => paired.has(`${x} ${y}`)));
  return (i, j) => mostlyA[i] === true && mostlyB[j] === true && !sameRemarkIn(i, j);
}
