import { describe, expect, it } from 'vitest';
import { decideMatches } from '../../../lib/match/decide-matches';
import { decideWithRelations } from '../../../lib/match/decide-with-relations';
import { FIXED_THRESHOLDS as thresholds } from './fixed-thresholds';

const ranked = (...scores: number[]) => scores.map((score) => ({ score, thisArticle: false }));

describe('decideWithRelations', () => {
  it.each([
    ['absolute limits only: no relation read', ranked(0.3, 0.28, 0.1), 0.3, 0],
    ['a story group below the limit', ranked(0.24, 0.2, 0.09, 0.08), 0.25, 1],
    ['a mutual pair in a smooth ranking', ranked(0.2, 0.18, 0.17, 0.16), 0.3, 0.1],
    ['the leading two with closer articles of their own', ranked(0.2, 0.18, 0.17, 0.16), 0.3, 0.19],
  ])('%s: the decisions decideMatches makes with the same answers', async (_case, candidates, similarity, nearest) => {
    const sync = decideMatches(candidates, { similarity: () => similarity, nearestOther: () => nearest }, thresholds);
    const read: string[] = [];
    const decided = await decideWithRelations(
      candidates,
      {
        similarity: async (i, j) => (read.push(`similarity ${i} ${j}`), similarity),
        nearestOther: async (i, j) => (read.push(`nearestOther ${i} ${j}`), nearest),
      },
      thresholds,
    );
    expect(decided).toEqual(sync);
    // Each relation is read once at most, however often the decision asks for it.
    expect(new Set(read).size).toBe(read.length);
  });

  it('reads only the relations the decision asks for', async () => {
    const read: string[] = [];
    await decideWithRelations(ranked(0.3, 0.28, 0.1), { similarity: async () => (read.push('s'), 0), nearestOther: async () => (read.push('n'), 0) }, thresholds);
    expect(read).toEqual([]);
  });

  it('passes a failing read on', async () => {
    const failing = { similarity: async () => Promise.reject(new Error('store closed')), nearestOther: async () => 0 };
    await expect(decideWithRelations(ranked(0.24, 0.2, 0.09, 0.08), failing, thresholds)).rejects.toThrow('store closed');
  });
});
