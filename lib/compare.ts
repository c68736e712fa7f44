import { alignSentences } from './align/align-sentences';
import { sentenceSimilarity } from './align/sentence-similarity';
import { compareQuotes } from './quotes/compare-quotes';
import { locatedQuotes } from './quotes/located-quotes';
import { diffGroup } from './diff/diff-group';
import { findDrift } from './drift/find-drift';
import { groupText } from './group-text';
import { segmentSentences } from './text/segment-sentences';
import { words } from './text/tokenize';
import type { Article, ArticleRef, Comparison, ComparisonStats, Drift, Group, KindCounts, Sentence } from './types';

const ref = (article: Article): ArticleRef => ({
  id: article.id,
  outlet: article.outlet,
  title: article.title,
  ...(article.url ? { url: article.url } : {}),
});

// groupText lives apart so the views can use it without loading the engine; it stays part of this API.
export { groupText };

function alignedGroup(sa: Sentence[], sb: Sentence[], a: number[], b: number[], similarity: number): Group {
  const aText = groupText(sa, a);
  const bText = groupText(sb, b);
  const tokens = diffGroup(aText, bText);
  // Equal after normalisation: every change is minor (quote style, punctuation, spacing, spelling).
  const same = tokens.every((t) => t.op === 'equal' || t.minor);
  return { kind: same ? 'same' : 'reworded', a, b, similarity: same ? 1 : similarity, tokens };
}

/**
 * Orders groups as this outlet reads: by their first sentence in a; an omitted sentence goes right
 * after the group holding the nearest earlier sentence of b that is aligned (or, failing that, right
 * before the nearest later one), so it shows where it fits; with nothing aligned at all, b's sentences
 * follow a's.
 */
function readingOrder(groups: Group[], bCount: number): Group[] {
  const groupOfB = new Array<Group | undefined>(bCount);
  for (const g of groups) if (g.a.length) for (const j of g.b) groupOfB[j] = g;
  const position = (g: Group): [number, number] => {
    if (g.a.length) return [g.a[0] as number, -1];
    const j = g.b[0] as number;
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
  const sentences: KindCounts = { same: 0, reworded: 0, added: 0, omitted: 0 };
  const wordCounts: KindCounts = { same: 0, reworded: 0, added: 0, omitted: 0 };
  let shared = 0;
  for (const g of groups) {
    const [side, counts] = g.kind === 'omitted' ? [g.b, countsB] : [g.a, countsA];
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

/**
 * Compares this outlet's article (a) with another outlet's (b): sentences aligned regardless of order
 * (one may cover two or three of the other's), each aligned group word-diffed, every sentence of both
 * in exactly one group (same, reworded, added or omitted), plus quotes worded differently, numbers,
 * dates and names that drift, and word statistics. The headlines are compared as a group of their own
 * when they share any content.
 * compareArticles(b, a) mirrors compareArticles(a, b); the same input always gives the same output.
 * @example
 * const c = compareArticles(
 *   { id: 'x', outlet: 'X', title: 'Putin visits', text: 'Putin arrived. He met Kim.' },
 *   { id: 'y', outlet: 'Y', title: 'Putin visits', text: 'Putin landed. He met Kim.' });
 * c.groups.map((g) => g.kind) // -> ['same', 'reworded', 'same']
 */
export function compareArticles(a: Article, b: Article): Comparison {
  const sa = segmentSentences(a);
  const sb = segmentSentences(b);
  const bodyA = sa.filter((s) => s.kind !== 'headline');
  const bodyB = sb.filter((s) => s.kind !== 'headline');
  const groups: Group[] = [];
  const alignedA = new Set<number>();
  const alignedB = new Set<number>();
  const take = (x: number[], y: number[], similarity: number) => {
    x.forEach((i) => alignedA.add(i));
    y.forEach((j) => alignedB.add(j));
    groups.push(alignedGroup(sa, sb, x, y, similarity));
  };

  // Headlines are compared with each other whenever they share any content: how two outlets headline
  // a story is worth seeing even when they word it very differently.
  const headlineSimilarity = sa[0]?.kind === 'headline' && sb[0]?.kind === 'headline' ? sentenceSimilarity(sa[0].text, sb[0].text) : 0;
  if (headlineSimilarity > 0) take([0], [0], headlineSimilarity);
  for (const al of alignSentences(
    bodyA.map((s) => s.text),
    bodyB.map((s) => s.text),
  )) {
    take(
      al.a.map((k) => (bodyA[k] as Sentence).index),
      al.b.map((k) => (bodyB[k] as Sentence).index),
      al.similarity,
    );
  }
  for (const s of sa) if (!alignedA.has(s.index)) groups.push({ kind: 'added', a: [s.index], b: [], similarity: 0, tokens: [{ op: 'delete', text: s.text }] });
  for (const s of sb) if (!alignedB.has(s.index)) groups.push({ kind: 'omitted', a: [], b: [s.index], similarity: 0, tokens: [{ op: 'insert', text: s.text }] });

  const ordered = readingOrder(groups, sb.length);
  const groupOfA = new Map<number, number>();
  const groupOfB = new Map<number, number>();
  ordered.forEach((g, index) => {
    g.a.forEach((i) => groupOfA.set(i, index));
    g.b.forEach((j) => groupOfB.set(j, index));
  });
  const drift: Drift[] = [];
  ordered.forEach((g, index) => {
    // A same group differs only in minor ways (quote style, spelling, case): no value can drift there.
    if (g.kind !== 'reworded') return;
    const aText = groupText(sa, g.a);
    const bText = groupText(sb, g.b);
    const values = findDrift(aText, bText);
    if (values.length) drift.push({ group: index, a: aText, b: bText, values });
  });

  return {
    a: ref(a),
    b: ref(b),
    sentencesA: sa,
    sentencesB: sb,
    groups: ordered,
    stats: computeStats(ordered, sa, sb),
    quotes: compareQuotes(locatedQuotes(sa, groupOfA), locatedQuotes(sb, groupOfB)),
    drift,
  };
}
