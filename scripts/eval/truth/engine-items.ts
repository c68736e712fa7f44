/**
 * The claims of one comparison that a judge can check one by one: each drift item (values that differ
 * between two passages) and each quote pair. An item is named by its pair, its units and a hash of its
 * values, never by text, so a verdict given once applies again whenever the engine makes the same claim.
 */
import { hashString } from '../../../lib/extract/hash-string';
import type { Comparison } from '../../../lib/types';
import type { BasilArticle } from './basil-article';
import { unitsOf, unitsOfSentences } from './unit-map';

export interface EngineItem {
  id: string;
  pair: string;
  type: 'drift' | 'quote';
  aUnits: string[];
  bUnits: string[];
  /** The engine's class of a quote pair (identical, trimmed, reworded); for drift, the value kinds. */
  label: string;
  /** The texts involved, for the judges' listing only: never written to the repository. */
  aText: string;
  bText: string;
  detail: string;
  speakers?: { a?: string; b?: string };
}

/** The unit whose text holds `quote` (the first, searching the group's units first), or '?' if none does. */
function unitHolding(article: BasilArticle, preferred: readonly string[], quote: string): string {
  const probe = quote.slice(0, 60);
  const inGroup = article.units.find((u) => preferred.includes(u.id) && u.text.includes(probe));
  return (inGroup ?? article.units.find((u) => u.text.includes(probe)))?.id ?? '?';
}

/**
 * The drift and quote items of a comparison of two BASIL articles.
 * @example engineItems('2010-2b95d2cf-fox-nyt', fox, nyt, compareArticles(fox.article, nyt.article))[0].id
 * // -> '2010-2b95d2cf-fox-nyt|drift|p3s0|p5s1|0a1b…'
 */
export function engineItems(pair: string, a: BasilArticle, b: BasilArticle, c: Comparison): EngineItem[] {
  const mapA = unitsOfSentences(a.units, c.sentencesA);
  const mapB = unitsOfSentences(b.units, c.sentencesB);
  const items: EngineItem[] = [];
  for (const d of c.drift) {
    const aUnits = unitsOf(mapA, d.sentencesA);
    const bUnits = unitsOf(mapB, d.sentencesB);
    const values = JSON.stringify(d.values.map((v) => [v.kind, v.a, v.b]));
    items.push({
      id: `${pair}|drift|${aUnits.join('+')}|${bUnits.join('+')}|${hashString(values)}`,
      pair,
      type: 'drift',
      aUnits,
      bUnits,
      label: d.values.map((v) => v.kind).join('+'),
      aText: d.a,
      bText: d.b,
      detail: d.values.map((v) => `${v.kind}: ${v.a.join(', ')} vs ${v.b.join(', ')}`).join('; '),
    });
  }
  for (const q of c.quotes) {
    // Each side's quote is looked for first in its own group's units (a short quote may recur elsewhere).
    const ga = c.groups[q.group];
    const gb = c.groups[q.groupB];
    const aUnit = unitHolding(a, ga ? unitsOf(mapA, ga.a) : [], q.a);
    const bUnit = unitHolding(b, gb ? unitsOf(mapB, gb.b) : [], q.b);
    items.push({
      id: `${pair}|quote|${aUnit}|${bUnit}|${hashString(`${q.a}\u0000${q.b}`)}`,
      pair,
      type: 'quote',
      aUnits: [aUnit],
      bUnits: [bUnit],
      label: q.kind,
      aText: q.a,
      bText: q.b,
      detail: '',
      ...(q.speakers.a || q.speakers.b ? { speakers: q.speakers } : {}),
    });
  }
  return items;
}
