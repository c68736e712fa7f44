/**
 * Scores one comparison against the gold of its pair: the links it makes (every pair of units that
 * share a group other than added/omitted), the units it calls "only one outlet has it", its quote pairs
 * and its drift, each against what the judges recorded.
 */
import type { Comparison } from '../../../lib/types';
import type { BasilArticle } from './basil-article';
import type { EngineItem } from './engine-items';
import type { GoldPair, QuoteClass } from './gold-types';
import { unitsOf, unitsOfSentences } from './unit-map';
import { scoreDrift } from './drift-gold';

export type QuoteCell = QuoteClass | 'different' | 'none';

export interface PairScore {
  mustLinks: number;
  mustFound: number;
  engineLinks: number;
  /** Engine links the gold has as must or may. */
  engineLinksTrue: number;
  /** Engine links the gold has as must. */
  engineLinksMust: number;
  goldOnly: number;
  engineOnly: number;
  engineOnlyTrue: number;
  /** Gold class (or 'different' for a pair the gold does not list) -> engine class (or 'none'): counts. */
  quotes: Array<{ gold: QuoteCell; engine: QuoteCell }>;
  /**
   * Engine quote pairs beyond the first on two units the gold pairs as one remark: the remark quoted in pieces
   * ("I trust in God," he said, "but ..."), each piece paired. Not two different remarks, and not counted twice.
   */
  quotePieces: number;
  goldDrift: number;
  goldDriftFound: number;
  goldDriftFacts: number;
  goldDriftFactsFound: number;
  engineDrift: number;
  engineDriftTrue: number;
  /** What went wrong, unit by unit, for reading (ids only). */
  errors: string[];
}

const LINKING = new Set(['same', 'reworded', 'partial']);

/**
 * The score of one comparison (a = gold.a, b = gold.b) against its gold.
 * @example scorePair(gold, fox, nyt, compareArticles(fox.article, nyt.article), items).mustFound // -> 12
 */
export function scorePair(gold: GoldPair, a: BasilArticle, b: BasilArticle, c: Comparison, items: readonly EngineItem[]): PairScore {
  const mapA = unitsOfSentences(a.units, c.sentencesA);
  const mapB = unitsOfSentences(b.units, c.sentencesB);
  const engineLinks = new Set<string>();
  const engineOnlyA = new Set<string>();
  const engineOnlyB = new Set<string>();
  for (const g of c.groups) {
    const ua = unitsOf(mapA, g.a);
    const ub = unitsOf(mapB, g.b);
    if (LINKING.has(g.kind)) for (const x of ua) for (const y of ub) engineLinks.add(`${x}|${y}`);
    else if (g.kind === 'added') ua.forEach((x) => engineOnlyA.add(x));
    else if (g.kind === 'omitted') ub.forEach((y) => engineOnlyB.add(y));
  }
  // Links claimed outside the groups: a sentence's content carried by sentences other than its group's.
  for (const l of c.links ?? []) for (const x of mapA[l.a] ?? []) for (const y of mapB[l.b] ?? []) engineLinks.add(`${x}|${y}`);
  const strength = new Map(gold.links.map((l) => [`${l.a}|${l.b}`, l.strength]));
  const must = gold.links.filter((l) => l.strength === 'must').map((l) => `${l.a}|${l.b}`);
  const errors: string[] = [];
  for (const m of must) if (!engineLinks.has(m)) errors.push(`missed must ${m}`);
  let engineLinksTrue = 0;
  let engineLinksMust = 0;
  for (const l of engineLinks) {
    const s = strength.get(l);
    if (s) engineLinksTrue++;
    else errors.push(`false link ${l}`);
    if (s === 'must') engineLinksMust++;
  }
  const goldOnlyA = new Set(gold.only.a);
  const goldOnlyB = new Set(gold.only.b);
  let engineOnlyTrue = 0;
  for (const x of engineOnlyA) {
    if (goldOnlyA.has(x)) engineOnlyTrue++;
    else errors.push(`false added a:${x}`);
  }
  for (const y of engineOnlyB) {
    if (goldOnlyB.has(y)) engineOnlyTrue++;
    else errors.push(`false omitted b:${y}`);
  }

  const quoteItems = items.filter((i) => i.type === 'quote');
  const quotes: PairScore['quotes'] = [];
  const usedItems = new Set<EngineItem>();
  for (const q of gold.quotes) {
    const item = quoteItems.find((i) => !usedItems.has(i) && i.aUnits[0] === q.a && i.bUnits[0] === q.b);
    if (item) usedItems.add(item);
    else errors.push(`missed quote ${q.a}|${q.b} (${q.class}${q.speaker ? `, ${q.speaker}` : ''})`);
    quotes.push({ gold: q.class, engine: (item?.label as QuoteClass | undefined) ?? 'none' });
  }
  let quotePieces = 0;
  for (const i of quoteItems) {
    if (usedItems.has(i)) continue;
    if (gold.quotes.some((q) => i.aUnits[0] === q.a && i.bUnits[0] === q.b)) {
      quotePieces++;
      continue;
    }
    quotes.push({ gold: 'different', engine: i.label as QuoteClass });
    errors.push(`quote pair not in gold ${i.aUnits[0]}|${i.bUnits[0]} (${i.label})`);
  }

  const drift = scoreDrift(gold, items);
  errors.push(...drift.errors);

  return {
    mustLinks: must.length,
    mustFound: must.filter((m) => engineLinks.has(m)).length,
    engineLinks: engineLinks.size,
    engineLinksTrue,
    engineLinksMust,
    goldOnly: goldOnlyA.size + goldOnlyB.size,
    engineOnly: engineOnlyA.size + engineOnlyB.size,
    engineOnlyTrue,
    quotes,
    quotePieces,
    goldDrift: drift.gold,
    goldDriftFound: drift.goldFound,
    goldDriftFacts: drift.facts,
    goldDriftFactsFound: drift.factsFound,
    engineDrift: drift.engine,
    engineDriftTrue: drift.engineTrue,
    errors,
  };
}
