import { linkSentences } from './align/link-sentences';
import { diffGroup } from './diff/diff-group';
import { sharedWordTokens } from './diff/shared-word-tokens';
import { findDrift } from './drift/find-drift';
import { findMeasureDrift } from './drift/find-measure-drift';
import { publishedDay } from './match/published-day';
import { groupText } from './group-text';
import { compareQuotes } from './quotes/compare-quotes';
import { locatedQuotes } from './quotes/located-quotes';
import { otherRemarks } from './quotes/other-remarks';
import { segmentSentences } from './text/segment-sentences';
import { words } from './text/tokenize';
import { claimableAlone } from './align/claimable-alone';
import { ALIGN_THRESHOLDS, type AlignThresholds } from './align/thresholds';
import type { Article, ArticleRef, Comparison, ComparisonStats, Drift, DriftValue, Group, KindCounts, Sentence } from './types';

export interface CompareOptions {
  /** Alignment thresholds other than the calibrated ones (evaluations sweep them). */
  thresholds?: AlignThresholds;
}

const ref = (article: Article): ArticleRef => ({
  id: article.id,
  outlet: article.outlet,
  title: article.title,
  ...(article.url ? { url: article.url } : {}),
});

// groupText lives apart so the views can use it without loading the engine; it stays part of this API.
export { groupText };

/**
 * The sentences a group holds as its own (every sentence of both articles is a member of exactly one group):
 * both sides of an aligned group, the lone side of an added or omitted one, the partly covered side of a partial one.
 * @example groupMembers({ kind: 'partial', side: 'a', a: [3], b: [1, 2], similarity: 0.5, tokens: [] }) // -> { a: [3], b: [] }
 */
export function groupMembers(g: Group): { a: number[]; b: number[] } {
  if (g.kind === 'partial') return g.side === 'b' ? { a: [], b: g.b } : { a: g.a, b: [] };
  return { a: g.a, b: g.b };
}

const lone = (kind: 'added' | 'omitted' | 'uncertain', side: 'a' | 'b', s: Sentence): Group => ({
  kind,
  a: side === 'a' ? [s.index] : [],
  b: side === 'b' ? [s.index] : [],
  similarity: 0,
  tokens: [{ op: side === 'a' ? 'delete' : 'insert', text: s.text }],
});

function alignedGroup(sa: Sentence[], sb: Sentence[], a: number[], b: number[], similarity: number): Group {
  const aText = groupText(sa, a);
  const bText = groupText(sb, b);
  const tokens = diffGroup(aText, bText);
  // Equal after normalisation: every change is minor (quote style, punctuation, spacing, spelling).
  const same = tokens.every((t) => t.op === 'equal' || t.minor);
  return { kind: same ? 'same' : 'reworded', a, b, similarity: same ? 1 : similarity, tokens };
}

/**
 * Orders groups as this outlet reads: by their first sentence in a; a sentence of b shown on its own (omitted,
 * or partly covered) goes right after the group holding the nearest earlier sentence of b that is aligned (or,
 * failing that, right before the nearest later one), so it shows where it fits; with nothing aligned at all,
 * b's sentences follow a's.
 */
function readingOrder(groups: Group[], bCount: number): Group[] {
  const aligned = (g: Group) => g.kind === 'same' || g.kind === 'reworded';
  const groupOfB = new Array<Group | undefined>(bCount);
  for (const g of groups) if (aligned(g)) for (const j of g.b) groupOfB[j] = g;
  const position = (g: Group): [number, number] => {
    const own = groupMembers(g);
    if (own.a.length) return [own.a[0] as number, -1];
    const j = own.b[0] as number;
    for (let k = j - 1; k >= 0; k--) {
      const anchor = groupOfB[k];
      if (anchor) return [(anchor.a[0] as number) + 0.5, j];
    }
    for (let k = j + 1; k < bCount; k++) {
      const anchor = groupOfB[k];
      if (anchor) return [(anchor.a[0] as number) - 0.5, j];
    }
    return [Infinity, j];
  };
  return groups
    .map((g) => ({ g, p: position(g) }))
    .sort((x, y) => x.p[0] - y.p[0] || x.p[1] - y.p[1])
    .map((x) => x.g);
}

function computeStats(groups: Group[], sa: Sentence[], sb: Sentence[]): ComparisonStats {
  const countsA = sa.map((s) => words(s.text).length);
  const countsB = sb.map((s) => words(s.text).length);
  const sentences: KindCounts = { same: 0, reworded: 0, partial: 0, added: 0, omitted: 0, uncertain: 0 };
  const wordCounts: KindCounts = { same: 0, reworded: 0, partial: 0, added: 0, omitted: 0, uncertain: 0 };
  let shared = 0;
  for (const g of groups) {
    // What the reader sees of the group: this outlet's sentences, or the other's shown inline.
    const own = groupMembers(g);
    const [side, counts] = own.a.length ? [own.a, countsA] : [own.b, countsB];
    sentences[g.kind] += side.length;
    wordCounts[g.kind] += side.reduce((sum, i) => sum + (counts[i] ?? 0), 0);
    if (g.kind === 'same' || g.kind === 'reworded') {
      for (const t of g.tokens) if (t.op === 'equal' || (t.op === 'delete' && t.minor)) shared += words(t.text).length;
    }
  }
  const wordsA = countsA.reduce((sum, n) => sum + n, 0);
  const wordsB = countsB.reduce((sum, n) => sum + n, 0);
  return { sentences, words: wordCounts, wordsA, wordsB, sharedShare: wordsA ? Math.min(1, shared / wordsA) : 0 };
}

/** Each sentence's own index, as the group of the quotes it carries (before the groups exist). */
const bySentence = (sentences: readonly Sentence[]) => new Map(sentences.map((s) => [s.index, s.index]));

/**
 * Compares this outlet's article (a) with another outlet's (b): sentences linked regardless of order by the
 * link model (one may cover two or three of the other's), each aligned group word-diffed, a sentence that
 * shares only part of its content shown as partly covered with the sentences that carry that part, every
 * sentence of both a member of exactly one group (same, reworded, partial, added or omitted), plus quotes,
 * numbers, dates and names that drift, and word statistics. Headlines are linked like any sentence.
 * compareArticles(b, a) mirrors compareArticles(a, b); the same input always gives the same output.
 * @example
 * const c = compareArticles(
 *   { id: 'x', outlet: 'X', title: 'Putin visits', text: 'Putin arrived. He met Kim.' },
 *   { id: 'y', outlet: 'Y', title: 'Putin visits', text: 'Putin landed. He met Kim.' });
 * c.groups.map((g) => g.kind) // -> ['same', 'reworded', 'same']
 */
export function compareArticles(a: Article, b: Article, options: CompareOptions = {}): Comparison {
  const sa = segmentSentences(a);
  const sb = segmentSentences(b);
  const groups: Group[] = [];
  const alignedA = new Set<number>();
  const alignedB = new Set<number>();
  // Quotes are paired by sentence first: two sentences quoting one remark are linked whatever else they say.
  const quotesA = locatedQuotes(sa, bySentence(sa));
  const quotesB = locatedQuotes(sb, bySentence(sb));
  const quotes = compareQuotes(quotesA, quotesB);
  const sameRemark = quotes.map((q) => [q.group, q.groupB] as const);
  const thresholds = options.thresholds ?? ALIGN_THRESHOLDS;
  // Headlines take part like any sentence (a headline is often carried by the lead), the model knowing them apart.
  const links = linkSentences(
    sa.map((s) => s.text),
    sb.map((s) => s.text),
    {
      headlineA: sa[0]?.kind === 'headline',
      headlineB: sb[0]?.kind === 'headline',
      sameRemark,
      otherRemarks: otherRemarks(sa, quotesA, sb, quotesB, sameRemark, thresholds.remarkShare),
      thresholds,
    },
  );
  for (const al of links.alignments) {
    al.a.forEach((i) => alignedA.add(i));
    al.b.forEach((j) => alignedB.add(j));
    groups.push(alignedGroup(sa, sb, al.a, al.b, al.similarity));
  }
  const partlyA = new Set<number>();
  const partlyB = new Set<number>();
  for (const link of links.partial) {
    const [x, y] = link.side === 'a' ? [[link.index], [...link.others].sort((m, n) => m - n)] : [[...link.others].sort((m, n) => m - n), [link.index]];
    (link.side === 'a' ? partlyA : partlyB).add(link.index);
    const [own, other] = link.side === 'a' ? [groupText(sa, x), groupText(sb, y)] : [groupText(sb, y), groupText(sa, x)];
    groups.push({ kind: 'partial', a: x, b: y, side: link.side, similarity: link.probability, tokens: sharedWordTokens(own, other, link.side) });
  }
  // Only one outlet has a sentence when nothing on the other side comes near it and the other's silence there is
  // telling (not in the lead, not beside a covered sentence: aligned, or paired with the other side at `cover` or above,
  // as every linked one is).
  const aloneIn = (sentences: readonly Sentence[], aligned: ReadonlySet<number>, strongest: readonly number[]) => {
    const covered = new Set([...aligned, ...strongest.flatMap((p, i) => (p >= thresholds.cover ? [i] : []))]);
    const claimable = claimableAlone(sentences, covered, thresholds);
    return (s: Sentence) => (strongest[s.index] ?? 0) < thresholds.only && claimable[s.index] === true;
  };
  const aloneA = aloneIn(sa, alignedA, links.strongestA);
  const aloneB = aloneIn(sb, alignedB, links.strongestB);
  for (const s of sa) if (!alignedA.has(s.index) && !partlyA.has(s.index)) groups.push(lone(aloneA(s) ? 'added' : 'uncertain', 'a', s));
  for (const s of sb) if (!alignedB.has(s.index) && !partlyB.has(s.index)) groups.push(lone(aloneB(s) ? 'omitted' : 'uncertain', 'b', s));

  const ordered = readingOrder(groups, sb.length);
  const groupOfA = new Map<number, number>();
  const groupOfB = new Map<number, number>();
  ordered.forEach((g, index) => {
    const own = groupMembers(g);
    own.a.forEach((i) => groupOfA.set(i, index));
    own.b.forEach((j) => groupOfB.set(j, index));
  });
  // Values two passages state differently: an aligned group's two sides, a partly covered sentence and the
  // sentences that carry part of it, and then two sentences the link model pairs at thresholds.driftLink or above
  // that ended up in different groups (a fact told in passing, in a sentence about something else). Each pair of
  // sentences is read once: in its group if one holds it. Passages that are not aligned are read as such (findDrift's
  // `passing`): sharing a fact, they may still count two different things.
  const drift: Drift[] = [];
  const read = new Set<number>();
  const valueKey = (v: DriftValue) => `${v.kind}|${v.a.join('|')}|${v.b.join('|')}`;
  // How the two passages stand: one aligned group, a partly covered sentence with its others, or two sentences of two groups.
  const readTogether = (group: number, groupB: number, ia: number[], ib: number[], how: 'aligned' | 'partial' | 'apart') => {
    // Two partly covered sentences that carry part of each other are two groups of the same two sentences: read once.
    if (ia.every((i) => ib.every((j) => read.has(i * sb.length + j)))) return;
    for (const i of ia) for (const j of ib) read.add(i * sb.length + j);
    const aText = groupText(sa, ia);
    const bText = groupText(sb, ib);
    // Two sentences of different groups that state two values already told for a passage holding one of them (a
    // headline's "24 years" / "25 years" and the body sentence that repeats it) tell one conflict again: told once.
    // Groups are read first and never filtered, and the pairs come strongest first, so b against a mirrors a against b.
    const told = how === 'apart' ? new Set(drift.filter((d) => ia.some((i) => d.sentencesA.includes(i)) || ib.some((j) => d.sentencesB.includes(j))).flatMap((d) => d.values.map(valueKey))) : undefined;
    const values = findDrift(aText, bText, { passing: how !== 'aligned' }).filter((v) => !told?.has(valueKey(v)));
    if (values.length) drift.push({ group, groupB, sentencesA: ia, sentencesB: ib, a: aText, b: bText, values });
  };
  ordered.forEach((g, index) => {
    // A same group differs only in minor ways (quote style, spelling, case): no value can drift there.
    if (g.kind === 'same') for (const i of g.a) for (const j of g.b) read.add(i * sb.length + j);
    if (g.kind === 'reworded' || g.kind === 'partial') readTogether(index, index, g.a, g.b, g.kind === 'partial' ? 'partial' : 'aligned');
  });
  for (const n of links.near) {
    if (!read.has(n.a * sb.length + n.b)) readTogether(groupOfA.get(n.a) as number, groupOfB.get(n.b) as number, [n.a], [n.b], 'apart');
  }
  // Last, a thing both name by its measure ("the 48-page indictment" / "the 47-page indictment") wherever the two
  // sentences stand, unless a passage read above already told the two values.
  const toldValues = new Set(drift.flatMap((d) => d.values.map(valueKey)));
  for (const m of findMeasureDrift(sa.map((s) => s.text), sb.map((s) => s.text))) {
    if (toldValues.has(valueKey(m.value))) continue;
    drift.push({ group: groupOfA.get(m.a) as number, groupB: groupOfB.get(m.b) as number, sentencesA: [m.a], sentencesB: [m.b], a: (sa[m.a] as Sentence).text, b: (sb[m.b] as Sentence).text, values: [m.value] });
  }

  // Reports a day or more apart may differ because one is newer: the readers' views say so beside the drift.
  const daysApart = Math.abs(publishedDay(a.published) - publishedDay(b.published));

  return {
    a: ref(a),
    b: ref(b),
    sentencesA: sa,
    sentencesB: sb,
    links: links.links,
    groups: ordered,
    stats: computeStats(ordered, sa, sb),
    // Each quote pair in the groups its two sentences ended up in.
    quotes: quotes
      .map((q) => ({ ...q, group: groupOfA.get(q.group) as number, groupB: groupOfB.get(q.groupB) as number }))
      .sort((x, y) => x.group - y.group || x.groupB - y.groupB),
    drift,
    ...(Number.isFinite(daysApart) ? { publishedDaysApart: daysApart } : {}),
  };
}
