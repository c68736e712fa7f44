import { decideMatches, type RankedCandidate } from './decide-matches';
import type { AsyncCandidateRelations, CandidateRelations, DecisionThresholds, MatchDecision } from './types';

/** Thrown by the cached relations when decideMatches asks for a value not read yet. */
class NotYetRead {
  constructor(readonly read: () => Promise<void>) {}
}

/**
 * decideMatches with relations that must be read first (the store answers asynchronously): decideMatches
 * runs on a cache of answers; when it asks for one the cache lacks, that one is read and the (cheap,
 * pure) decision runs again. It asks in the same order every time, so this ends after one read per
 * relation it really uses, never reading one the decision would not have asked for.
 * @example await decideWithRelations(ranked, { similarity: async () => 0.3, nearestOther: async () => 0.1 }, DECISION_THRESHOLDS) // -> ['same-story', 'same-story']
 */
export async function decideWithRelations(ranked: RankedCandidate[], relations: AsyncCandidateRelations, thresholds: DecisionThresholds): Promise<MatchDecision[]> {
  const known = new Map<string, number>();
  const cached =
    (name: 'similarity' | 'nearestOther') =>
    (i: number, j: number): number => {
      const key = `${name} ${i} ${j}`;
      const value = known.get(key);
      if (value !== undefined) return value;
      throw new NotYetRead(async () => void known.set(key, await relations[name](i, j)));
    };
  const sync: CandidateRelations = { similarity: cached('similarity'), nearestOther: cached('nearestOther') };
  for (;;) {
    try {
      return decideMatches(ranked, sync, thresholds);
    } catch (error) {
      if (!(error instanceof NotYetRead)) throw error;
      await error.read();
    }
  }
}
