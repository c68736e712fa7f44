import type { ArticleRef, Comparison, ComparisonStats, DiffToken, DriftValue, GroupKind, QuoteDiff } from '../types';

/** The CLI's JSON: a Comparison with sentence texts where a reader needs them (documented in README). */
export interface ComparisonJson {
  a: ArticleRef;
  b: ArticleRef;
  groups: Array<{ kind: GroupKind; a: string[]; b: string[]; side?: 'a' | 'b'; similarity: number; tokens: DiffToken[] }>;
  /** Every link claimed between a sentence of a and one of b, as the two sentences' texts. */
  links: Array<{ a: string; b: string; probability: number }>;
  quotes: QuoteDiff[];
  /** Values two passages state differently: `group` holds a's passage, `groupB` b's (the same group when aligned). */
  drift: Array<{ group: number; groupB: number; a: string; b: string; values: DriftValue[] }>;
  /** Whole days between the two publication days, when both are known. */
  publishedDaysApart?: number;
  stats: ComparisonStats;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Turns a Comparison into plain JSON data with the sentences as text (`a`/`b` of each group are the
 * sentences as they appear in the inputs) and similarities rounded to three decimals.
 * @example comparisonToJson(compareArticles(a, b)).groups[0] // -> { kind: 'reworded', a: ['Putin arrives'], b: ['Putin lands'], similarity: 0.5, tokens: [...] }
 */
export function comparisonToJson(c: Comparison): ComparisonJson {
  return {
    a: c.a,
    b: c.b,
    groups: c.groups.map((g) => ({
      kind: g.kind,
      a: g.a.map((i) => c.sentencesA[i]?.text ?? ''),
      b: g.b.map((j) => c.sentencesB[j]?.text ?? ''),
      ...(g.side ? { side: g.side } : {}),
      similarity: round(g.similarity),
      tokens: g.tokens,
    })),
    links: c.links.map((l) => ({ a: c.sentencesA[l.a]?.text ?? '', b: c.sentencesB[l.b]?.text ?? '', probability: round(l.probability) })),
    quotes: c.quotes.map((q) => ({ ...q, similarity: round(q.similarity) })),
    drift: c.drift.map((d) => ({ group: d.group, groupB: d.groupB, a: d.a, b: d.b, values: d.values })),
    ...(c.publishedDaysApart !== undefined ? { publishedDaysApart: c.publishedDaysApart } : {}),
    stats: { ...c.stats, sharedShare: round(c.stats.sharedShare) },
  };
}
