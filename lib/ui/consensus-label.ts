import type { SentenceConsensus } from '../match/types';

/** A consensus mark as a message key and its substitutions: the words live in the locale files. */
export type ConsensusLabel = { key: 'consensusOnlyThis'; subs: [] } | { key: 'consensusCount'; subs: [string, string] };

/**
 * The consensus mark of a group of this outlet's sentences among `others` other outlets: how many
 * outlets (this one included) carry it, or "only this outlet". A group of several sentences takes its
 * least carried sentence, so the mark never claims more agreement than every sentence has.
 * @example consensusLabel([0], [{ index: 0, text: '', carriedBy: ['b', 'c'] }], 3) // -> { key: 'consensusCount', subs: ['3', '4'] }
 * @example consensusLabel([1], [{ index: 1, text: '', carriedBy: [] }], 3) // -> { key: 'consensusOnlyThis', subs: [] }
 */
export function consensusLabel(indices: readonly number[], sentences: readonly SentenceConsensus[], others: number): ConsensusLabel | undefined {
  const counts = indices.map((i) => sentences.find((s) => s.index === i)?.carriedBy.length ?? 0);
  if (!counts.length || others < 1) return undefined;
  const carried = Math.min(...counts);
  return carried === 0 ? { key: 'consensusOnlyThis', subs: [] } : { key: 'consensusCount', subs: [String(carried + 1), String(others + 1)] };
}
