import type { QuoteKind } from '../types';
import type { QuoteMatch } from './match-quote-words';
import type { QuoteWord } from './quote-words';
import { sameWording } from './same-wording';

export interface QuoteClass {
  kind: QuoteKind;
  /** What each side's quote leaves out of the other's (a trimmed pair): `a` lists passages only b quotes. */
  cut: { a: string[]; b: string[] };
}

interface Gap {
  /** Word index ranges [from, to) of the unmatched words of a and of b between two matches. */
  a: [number, number];
  b: [number, number];
  edge: boolean;
}

/**
 * Whether the words `words[from..to)` that the other quote lacks were cut as a whole: a clause or a
 * sentence (a clause mark before them or after them), or a place where the other quote marks an
 * ellipsis. A word dropped inside a clause ("I went [way] too far") is a change of wording instead.
 */
function isCut(words: readonly QuoteWord[], from: number, to: number, other: readonly QuoteWord[], otherAt: number): boolean {
  const clauseBefore = (words[from] as QuoteWord).breakBefore;
  const clauseAfter = to >= words.length || (words[to] as QuoteWord).breakBefore;
  return clauseBefore || clauseAfter || Boolean(other[otherAt]?.ellipsisBefore);
}

/**
 * The class of two quotes of one remark, from how their words line up: identical (the same words; case,
 * punctuation, quote style, spelling, contractions, compounds, censoring and bracketed insertions aside); trimmed (one side, or each at a
 * different end, quotes a shorter span: every word it lacks was cut at the quote's edge, at a clause
 * or sentence boundary, or where it marks an ellipsis); reworded (words substituted, or dropped or
 * added inside a clause).
 * @example classifyQuotePair(quoteWords('We won'), quoteWords('We won. We will win again'), match) // -> { kind: 'trimmed', cut: { a: ['We will win again'], b: [] } }
 */
export function classifyQuotePair(aText: string, a: readonly QuoteWord[], bText: string, b: readonly QuoteWord[], match: QuoteMatch): QuoteClass {
  const gaps: Gap[] = [];
  let pi = 0;
  let pj = 0;
  for (const [i, j] of match.pairs) {
    gaps.push({ a: [pi, i], b: [pj, j], edge: gaps.length === 0 });
    pi = i + 1;
    pj = j + 1;
  }
  gaps.push({ a: [pi, a.length], b: [pj, b.length], edge: true });

  const unmatched = (words: readonly QuoteWord[], [from, to]: [number, number]) => words.slice(from, to).filter((w) => !w.bracketed).length;
  const passage = (text: string, words: readonly QuoteWord[], [from, to]: [number, number]) => text.slice((words[from] as QuoteWord).start, (words[to - 1] as QuoteWord).end);
  // The passage widened to whole written words: a censored word is read as two ("f***ing": "f", "ing"), and
  // its first letters may match the other side's.
  const whole = (text: string, words: readonly QuoteWord[], [from, to]: [number, number]) => {
    let start = (words[from] as QuoteWord).start;
    let end = (words[to - 1] as QuoteWord).end;
    while (start > 0 && !/\s/.test(text.charAt(start - 1))) start--;
    while (end < text.length && !/\s/.test(text.charAt(end))) end++;
    return text.slice(start, end);
  };
  const cut = { a: [] as string[], b: [] as string[] };
  let reworded = false;
  for (const gap of gaps) {
    const inA = unmatched(a, gap.a);
    const inB = unmatched(b, gap.b);
    if (!inA && !inB) continue;
    if (inA && inB) {
      if (!sameWording(whole(aText, a, gap.a), whole(bText, b, gap.b))) reworded = true;
    }
    else if (inB) {
      if (gap.edge || isCut(b, gap.b[0], gap.b[1], a, gap.a[1])) cut.a.push(passage(bText, b, gap.b));
      else reworded = true;
    } else if (gap.edge || isCut(a, gap.a[0], gap.a[1], b, gap.b[1])) cut.b.push(passage(aText, a, gap.a));
    else reworded = true;
  }
  if (reworded) return { kind: 'reworded', cut: { a: [], b: [] } };
  return { kind: cut.a.length || cut.b.length ? 'trimmed' : 'identical', cut };
}
