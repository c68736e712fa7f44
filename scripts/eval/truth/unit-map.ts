/**
 * Where the engine's sentences fall among the BASIL units: the engine segments the text itself, so a
 * sentence of the comparison is read as the units it overlaps (by characters). Gold and engine output
 * then meet on unit ids.
 */
import type { Sentence } from '../../../lib/types';
import type { BasilUnit } from './basil-article';

/**
 * The units each engine sentence overlaps, by sentence index. A unit counts when the overlap is at least
 * half of the unit or half of the sentence, so a stray space or a quote mark at a border does not.
 * @example unitsOfSentences(units, sentences)[0] // -> ['t']
 */
export function unitsOfSentences(units: readonly BasilUnit[], sentences: readonly Sentence[]): string[][] {
  return sentences.map((s) => {
    const inTitle = s.kind === 'headline';
    const hits = units.filter((u) => (u.id === 't') === inTitle).map((u) => ({ u, overlap: Math.min(u.end, s.end) - Math.max(u.start, s.start) }));
    const kept = hits.filter(({ u, overlap }) => overlap > 0 && (overlap * 2 >= u.end - u.start || overlap * 2 >= s.end - s.start));
    return kept.map(({ u }) => u.id);
  });
}

/**
 * The units an engine sentence list covers (a group side), in unit order, without repeats.
 * @example unitsOf([['p0s0'], ['p0s1']], [0, 1]) // -> ['p0s0', 'p0s1']
 */
export function unitsOf(map: readonly string[][], indices: readonly number[]): string[] {
  return [...new Set(indices.flatMap((i) => map[i] ?? []))];
}
