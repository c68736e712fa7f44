/**
 * Drift judged alone (tests/fixtures/truth/drift/*.json): BASIL pairs read whole for facts stated with
 * conflicting values and nothing else, so that drift recall can be measured at all (the fully annotated
 * pairs hold no drift: it is rare). Two kinds of pairs, reported apart: `random` (drawn among the pairs
 * with no full gold, seed 20261203) and `seeded` (the pairs where judges had found real drift in an
 * earlier engine's list: chosen for having drift, so their recall flatters).
 */
import type { EngineItem } from './engine-items';
import type { GoldDriftKind } from './gold-types';

export interface DriftGold {
  pair: string;
  year: string;
  a: string;
  b: string;
  chosen: 'random' | 'seeded';
  judged: { by: string; date: string; minutes?: number };
  drift: Array<{ a: string; b: string; kind: GoldDriftKind }>;
  /** Near-misses the judge considered and ruled not drift. */
  notNoted: number;
  notes?: string;
}

export interface DriftScore {
  gold: number;
  goldFound: number;
  /** The judged drifts as facts: drifts of one pair that share a unit on a side state one conflict in several sentence pairs (factsOf). */
  facts: number;
  /** Facts with at least one of their drifts found: a reader is told of the conflict. */
  factsFound: number;
  engine: number;
  engineTrue: number;
  errors: string[];
}

/**
 * Whether an engine drift item is a judged drift: the judged units are among the item's group's units.
 * @example driftHits({ a: 'p2s0', b: 'p0s0' }, item) // -> true when the item's group holds both
 */
export const driftHits = (d: { a: string; b: string }, item: EngineItem) => item.aUnits.includes(d.a) && item.bUnits.includes(d.b);

/**
 * The judged drifts grouped into facts: two drifts sharing a unit of A or of B (the headline's $139 million
 * against two sentences of the other side) are one conflict stated in several places.
 * @example factsOf([{ a: 'p0s0', b: 't' }, { a: 'p0s0', b: 'p1s0' }, { a: 'p5s0', b: 'p6s0' }]).length // -> 2
 */
export function factsOf<T extends { a: string; b: string }>(drift: readonly T[]): T[][] {
  const facts: T[][] = [];
  for (const d of drift) {
    const joined = facts.filter((f) => f.some((e) => e.a === d.a || e.b === d.b));
    const merged = [d, ...joined.flat()];
    for (const f of joined) facts.splice(facts.indexOf(f), 1);
    facts.push(merged);
  }
  return facts;
}

/**
 * The engine's drift items on one judged pair against the judgement (drift gold or a fully judged pair's
 * drift): how many judged drifts it found, how many of its items are judged drifts, and each miss and false
 * item by units.
 * @example scoreDrift(gold, engineItems(gold.pair, a, b, compareArticles(a.article, b.article))) // -> { gold: 1, goldFound: 1, facts: 1, factsFound: 1, engine: 1, engineTrue: 1, errors: [] }
 */
export function scoreDrift(gold: Pick<DriftGold, 'drift'>, items: readonly EngineItem[]): DriftScore {
  const drift = items.filter((i) => i.type === 'drift');
  const errors = [
    ...gold.drift.filter((d) => !drift.some((i) => driftHits(d, i))).map((d) => `missed drift ${d.a}|${d.b} (${d.kind})`),
    ...drift.filter((i) => !gold.drift.some((d) => driftHits(d, i))).map((i) => `false drift ${i.aUnits.join('+')}|${i.bUnits.join('+')}`),
  ];
  const facts = factsOf(gold.drift);
  return {
    gold: gold.drift.length,
    goldFound: gold.drift.filter((d) => drift.some((i) => driftHits(d, i))).length,
    facts: facts.length,
    factsFound: facts.filter((f) => f.some((d) => drift.some((i) => driftHits(d, i)))).length,
    engine: drift.length,
    engineTrue: drift.filter((i) => gold.drift.some((d) => driftHits(d, i))).length,
    errors,
  };
}
