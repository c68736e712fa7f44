import { diffGroup } from '../diff/diff-group';
import type { QuoteDiff } from '../types';
import { classifyQuotePair, type QuoteClass } from './classify-quote-pair';
import { matchQuoteWords, type QuoteMatch } from './match-quote-words';
import { quoteWords, type QuoteWord } from './quote-words';
import { insideNestedQuote } from './inside-nested-quote';
import { speakerRelation } from './speaker-relation';
import type { Speaker } from './speaker-of-phrase';

/** A quote of one article, where it stands and who said it. */
export interface LocatedQuote {
  text: string;
  /** The comparison group the quote's sentence is in. */
  group: number;
  speaker?: Speaker;
  /** The quote names something ("Face the Nation", "Make America Great Again") rather than quoting a remark. */
  title?: boolean;
  /** Pieces of one remark (a quote running over sentences) share it and stand one after another in the list. */
  remark?: number;
}

/**
 * How much shared wording makes two quotes one remark. With the same speaker on both sides: the whole
 * shorter quote word for word, or most of its content words (nearly all of a short one) in a run of
 * two words or more, densely: between the first and the last shared word, most words are shared on
 * both sides (two sentences of one statement share words, but thinly). With a speaker unknown on one
 * side: nearly all of them and a longer run, since nothing else vouches for the pair. A reworded pair
 * must also share most of the shorter quote's words, small ones included (`share`): two remarks of one
 * speaker on one subject share the subject's words ("birth certificate", "invasion ... our country")
 * but little of how they are said.
 */
export const SAME_SPEAKER = { coverage: 0.7, shortCoverage: 0.65, shortContent: 4, matched: 2, run: 2, density: 0.5, share: 0.65 };
export const UNKNOWN_SPEAKER = { coverage: 0.8, matched: 3, run: 3, runContent: 2, density: 0.6, share: 0.65 };
/**
 * Words the shorter of two quotes needs, word for word in the other, to pair when only a speaker carried over
 * from the previous paragraph sets them apart: a short line is echoed by others ("freedom means freedom for
 * everyone", a daughter quoting her father), a sentence of eight words or more rarely is.
 */
export const GUESSED_MIN_WORDS = 8;

/** Whether the shorter quote is carried whole, word for word in one run, by the other. */
function containsWhole(match: QuoteMatch, a: readonly QuoteWord[], b: readonly QuoteWord[]): boolean {
  const shorter = Math.min(words(a), words(b));
  return shorter > 0 && match.longestRun === shorter && Math.min(match.contentA, match.contentB) > 0;
}

// A quote is weighed against several others: its word count and content words are read once.
const wordCounts = new WeakMap<readonly QuoteWord[], number>();
function words(ws: readonly QuoteWord[]): number {
  let n = wordCounts.get(ws);
  if (n === undefined) {
    n = 0;
    for (const w of ws) if (!w.bracketed) n++;
    wordCounts.set(ws, n);
  }
  return n;
}
const foldSets = new WeakMap<readonly QuoteWord[], Set<string>>();
function contentFolds(ws: readonly QuoteWord[]): Set<string> {
  let folds = foldSets.get(ws);
  if (!folds) {
    folds = new Set();
    for (const w of ws) if (w.content) folds.add(w.fold);
    foldSets.set(ws, folds);
  }
  return folds;
}

/** The share of the shorter quote's content words that match. */
function coverage(match: QuoteMatch): number {
  const shorter = Math.min(match.contentA, match.contentB);
  return shorter ? match.matchedContent / shorter : 0;
}

/** The lower, over both quotes, of the share of shared words between a quote's first and last shared word. */
function density(match: QuoteMatch, a: readonly QuoteWord[], b: readonly QuoteWord[]): number {
  const first = match.pairs[0];
  const last = match.pairs.at(-1);
  if (!first || !last) return 0;
  const words = (ws: readonly QuoteWord[], from: number, to: number) => ws.slice(from, to + 1).filter((w) => !w.bracketed).length;
  return Math.min(match.pairs.length / words(a, first[0], last[0]), match.pairs.length / words(b, first[1], last[1]));
}

/** Whether the words shared are enough for one remark (density aside: see `compareQuotes`). */
function sharedEnough(match: QuoteMatch, a: readonly QuoteWord[], b: readonly QuoteWord[], relation: 'same' | 'unknown'): boolean {
  if (relation === 'same') {
    if (containsWhole(match, a, b)) return true;
    const short = Math.min(match.contentA, match.contentB) <= SAME_SPEAKER.shortContent;
    return match.matchedContent >= SAME_SPEAKER.matched && coverage(match) >= (short ? SAME_SPEAKER.shortCoverage : SAME_SPEAKER.coverage) && match.longestRun >= SAME_SPEAKER.run;
  }
  return (
    match.matchedContent >= UNKNOWN_SPEAKER.matched &&
    coverage(match) >= UNKNOWN_SPEAKER.coverage &&
    match.longestRun >= UNKNOWN_SPEAKER.run &&
    match.longestRunContent >= UNKNOWN_SPEAKER.runContent
  );
}

/** A run of consecutive quote pieces of one remark, by index in the article's quote list. */
interface Range {
  from: number;
  to: number;
}

interface Pair {
  a: Range;
  b: Range;
  /** The pieces' own class is reworded (before any merging). */
  reworded?: boolean;
  /** How the pieces' words line up, and their class, as found when they were paired. */
  match?: QuoteMatch;
  quoteClass?: QuoteClass;
}

/**
 * Joins pairs that share one side when their other sides are consecutive pieces of one remark: when
 * b's single sentence carries what a quotes over two sentences, the two make one pair ("Oh, not a
 * theology based on the Bible. A different theology." against "Oh, not a theology based on the Bible, a
 * different theology"), not two pairs cut short.
 */
function mergePieces(pairs: Pair[], quotesA: readonly LocatedQuote[], quotesB: readonly LocatedQuote[]): Pair[] {
  const key = (r: Range) => `${r.from}-${r.to}`;
  const joinable = (quotes: readonly LocatedQuote[], x: Range, y: Range) => x.to + 1 === y.from && quotes[x.to]?.remark !== undefined && quotes[x.to]?.remark === quotes[y.from]?.remark;
  let current = pairs;
  for (let changed = true; changed; ) {
    changed = false;
    for (const side of ['a', 'b'] as const) {
      const other = side === 'a' ? 'b' : 'a';
      const quotes = side === 'a' ? quotesA : quotesB;
      const groups = new Map<string, Pair[]>();
      for (const p of current) (groups.get(key(p[other])) ?? groups.set(key(p[other]), []).get(key(p[other]))!).push(p);
      const next: Pair[] = [];
      for (const group of groups.values()) {
        group.sort((x, y) => x[side].from - y[side].from);
        for (const p of group) {
          const last = next.at(-1);
          if (last && key(last[other]) === key(p[other]) && joinable(quotes, last[side], p[side])) {
            last[side] = { from: last[side].from, to: p[side].to };
            changed = true;
          } else next.push({ ...p, a: { ...p.a }, b: { ...p.b } });
        }
      }
      current = next;
    }
  }
  return current;
}

const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);
const THIRD_PERSON = new Set(['he', 'his', 'him', 'himself', 'she', 'her', 'hers', 'herself', 'they', 'their', 'them', 'themselves']);

/**
 * Whether one quote speaks to someone ("your budget") where the other speaks of someone ("his favorite
 * philosopher"): the one says "you" and the other does not, saying "he", "she" or "they" in a word the match
 * left unpaired. One remark is not addressed to a person in one outlet and about him in the other; a letter
 * to a politician and a speaker echoing it are two remarks.
 */
function addressedApart(match: QuoteMatch, a: readonly QuoteWord[], b: readonly QuoteWord[]): boolean {
  const paired = [new Set(match.pairs.map(([i]) => i)), new Set(match.pairs.map(([, j]) => j))];
  const says = (ws: readonly QuoteWord[], set: ReadonlySet<string>, side: number, unpaired: boolean) =>
    ws.some((w, k) => !w.bracketed && set.has(w.fold) && !(unpaired && paired[side]?.has(k)));
  const youA = says(a, SECOND_PERSON, 0, false);
  const youB = says(b, SECOND_PERSON, 1, false);
  return (youA && !youB && says(b, THIRD_PERSON, 1, true)) || (youB && !youA && says(a, THIRD_PERSON, 0, true));
}

/** The speakers a pair names: a speaker carried over from the previous paragraph is left out where the other side names someone else. */
function pairSpeakers(a: Speaker | undefined, b: Speaker | undefined): QuoteDiff['speakers'] {
  const clash = speakerRelation(a, b) === 'different';
  const shown = (s: Speaker | undefined) => (s && !(clash && s.assumed) ? s.text : undefined);
  const x = shown(a);
  const y = shown(b);
  return { ...(x ? { a: x } : {}), ...(y ? { b: y } : {}) };
}

/** Whether the words the match found in the longer quote all stand inside a quotation nested in it. */
function quotedWithin(match: QuoteMatch, textA: string, a: readonly QuoteWord[], textB: string, b: readonly QuoteWord[]): boolean {
  if (!match.pairs.length) return false;
  const longerIsA = words(a) > words(b);
  const [text, longer] = longerIsA ? [textA, a] : [textB, b];
  return match.pairs.every(([ia, ib]) => insideNestedQuote(text, (longer[longerIsA ? ia : ib] as QuoteWord).start));
}

/**
 * Pairs the quotes two articles carry of one remark and classifies each pair. Two quotes are one remark
 * when their speakers are not known to differ and they share substantial wording (more of it when a
 * speaker is unknown); every such pair is listed, so a remark one outlet quotes in two places pairs
 * with both. Quotes that name a title or slogan are never paired.
 * @example compareQuotes([{ text: 'We will win. We always do', group: 3, speaker }], [{ text: 'We will win', group: 5, speaker }])
 * // -> [{ group: 3, groupB: 5, kind: 'trimmed', cut: { a: [], b: ['We always do'] }, ... }]
 */
export function compareQuotes(quotesA: readonly LocatedQuote[], quotesB: readonly LocatedQuote[]): QuoteDiff[] {
  const wordsA = quotesA.map((q) => quoteWords(q.text));
  const wordsB = quotesB.map((q) => quoteWords(q.text));
  // Only quotes sharing a content word can pair: an index of b's quotes by word keeps long articles linear.
  const quotesWith = new Map<string, number[]>();
  const foldsB = wordsB.map(contentFolds);
  foldsB.forEach((folds, j) => {
    if (quotesB[j]?.title) return;
    for (const fold of folds) (quotesWith.get(fold) ?? quotesWith.set(fold, []).get(fold)!).push(j);
  });
  const pairs: Pair[] = [];
  const contentB = foldsB.map((f) => f.size);
  quotesA.forEach((qa, i) => {
    if (qa.title) return;
    const wa = wordsA[i] as readonly QuoteWord[];
    const folds = contentFolds(wa);
    // How many distinct content words each quote of b shares with this one: two at least, or all of a
    // quote that has fewer, can make one remark; the rest need no closer look.
    const shared = new Map<number, number>();
    for (const fold of folds) for (const j of quotesWith.get(fold) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    const candidates = [...shared].filter(([j, n]) => n >= Math.min(2, folds.size, contentB[j] as number)).map(([j]) => j);
    for (const j of candidates.sort((x, y) => x - y)) {
      const qb = quotesB[j] as LocatedQuote;
      // A speaker carried over from the previous paragraph is a reading of the text's silence: two names that
      // differ through it prove no two people (a spokesman's statement quoted after the congressman's words), so
      // the two are read as quotes of unknown speakers, and pair only word for word.
      const stated = speakerRelation(qa.speaker, qb.speaker);
      const guessed = stated === 'different' && (qa.speaker?.assumed || qb.speaker?.assumed) === true;
      const relation = guessed ? 'unknown' : stated;
      if (relation === 'different') continue;
      const wb = wordsB[j] as readonly QuoteWord[];
      const match = matchQuoteWords(wa, wb);
      if (!sharedEnough(match, wa, wb, relation)) continue;
      // Reworded quotes must share their words densely: two sentences of one statement share some, thinly.
      const limits = relation === 'same' ? SAME_SPEAKER : UNKNOWN_SPEAKER;
      const quoteClass = classifyQuotePair(qa.text, wa, qb.text, wb, match);
      const reworded = quoteClass.kind === 'reworded';
      if (guessed && (reworded || Math.min(words(wa), words(wb)) < GUESSED_MIN_WORDS)) continue;
      if (reworded && (density(match, wa, wb) < limits.density || match.pairs.length < limits.share * Math.min(words(wa), words(wb)))) continue;
      if (reworded && addressedApart(match, wa, wb)) continue;
      // A one-word quote ("right", "lied") is a scare quote as often as a remark: it pairs only word for word.
      if (quoteClass.kind !== 'identical' && Math.min(words(wa), words(wb)) < 2) continue;
      // The shorter quote matched only words the longer one's speaker quotes from someone else ("not ‘a war
      // of Obama’s choosing’"): two remarks by two people, whoever said the shorter one.
      if (quoteClass.kind !== 'identical' && quotedWithin(match, qa.text, wa, qb.text, wb)) continue;
      pairs.push({ a: { from: i, to: i }, b: { from: j, to: j }, reworded, match, quoteClass });
    }
  });
  // A quote the other article carries word for word somewhere (identical or trimmed) is that remark: its
  // near misses elsewhere ("I went too far and I was wrong" against "I went way too far" when "I went
  // too far." is there too) are other utterances of the speaker's.
  const verbatimA = new Set(pairs.filter((p) => !p.reworded).map((p) => p.a.from));
  const verbatimB = new Set(pairs.filter((p) => !p.reworded).map((p) => p.b.from));
  const kept = pairs.filter((p) => !p.reworded || !(verbatimA.has(p.a.from) || verbatimB.has(p.b.from)));
  const text = (quotes: readonly LocatedQuote[], r: Range) => quotes.slice(r.from, r.to + 1).map((q) => q.text).join(' ');
  const out = mergePieces(kept, quotesA, quotesB).map((p): QuoteDiff => {
    const qa = quotesA[p.a.from] as LocatedQuote;
    const qb = quotesB[p.b.from] as LocatedQuote;
    const a = text(quotesA, p.a);
    const b = text(quotesB, p.b);
    // A pair that was not joined keeps the words' match and class found for it above.
    const joined = p.a.from !== p.a.to || p.b.from !== p.b.to;
    const wa = joined ? quoteWords(a) : (wordsA[p.a.from] as readonly QuoteWord[]);
    const wb = joined ? quoteWords(b) : (wordsB[p.b.from] as readonly QuoteWord[]);
    const match = joined || !p.match ? matchQuoteWords(wa, wb) : p.match;
    const { kind, cut } = joined || !p.quoteClass ? classifyQuotePair(a, wa, b, wb, match) : p.quoteClass;
    return {
      group: qa.group,
      groupB: qb.group,
      a,
      b,
      kind,
      speakers: pairSpeakers(qa.speaker, qb.speaker),
      cut,
      similarity: coverage(match),
      // The word diff says what changed in other words; an identical or trimmed pair says it with `cut`.
      tokens: kind === 'reworded' ? diffGroup(a, b) : [],
    };
  });
  return out.sort((x, y) => x.group - y.group || x.groupB - y.groupB);
}
