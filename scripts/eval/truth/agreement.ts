/**
 * How far two judges agree on the same pairs: the second judge's annotation (tests/fixtures/truth/second) scored
 * with the measures eval:truth applies to the engine, against the first (tests/fixtures/truth/pairs), and the other
 * way round. It is the ceiling a comparison engine can be expected to reach on this gold. Needs no evaldata.
 */
import type { GoldPair } from './gold-types';

export interface Agreement {
  mustLinks: number;
  mustFound: number;
  links: number;
  linksTrue: number;
  only: number;
  onlyTrue: number;
  goldOnly: number;
  quotePairs: number;
  quotePairsShared: number;
  quoteClassSame: number;
}

/**
 * Scores judge `other`'s links, only-units and quote pairs against judge `gold`'s on one pair.
 * @example agreement(first, second).mustFound / agreement(first, second).mustLinks // -> 0.8
 */
export function agreement(gold: GoldPair, other: GoldPair): Agreement {
  const strength = new Map(gold.links.map((l) => [`${l.a}|${l.b}`, l.strength]));
  const otherLinks = new Set(other.links.map((l) => `${l.a}|${l.b}`));
  const must = gold.links.filter((l) => l.strength === 'must');
  const goldOnly = new Set([...gold.only.a.map((x) => `a:${x}`), ...gold.only.b.map((x) => `b:${x}`)]);
  const otherOnly = [...other.only.a.map((x) => `a:${x}`), ...other.only.b.map((x) => `b:${x}`)];
  const goldQuotes = new Map(gold.quotes.map((q) => [`${q.a}|${q.b}`, q.class]));
  const shared = other.quotes.filter((q) => goldQuotes.has(`${q.a}|${q.b}`));
  return {
    mustLinks: must.length,
    mustFound: must.filter((l) => otherLinks.has(`${l.a}|${l.b}`)).length,
    links: otherLinks.size,
    linksTrue: [...otherLinks].filter((l) => strength.has(l)).length,
    only: otherOnly.length,
    onlyTrue: otherOnly.filter((x) => goldOnly.has(x)).length,
    goldOnly: goldOnly.size,
    quotePairs: other.quotes.length,
    quotePairsShared: shared.length,
    quoteClassSame: shared.filter((q) => goldQuotes.get(`${q.a}|${q.b}`) === q.class).length,
  };
}
