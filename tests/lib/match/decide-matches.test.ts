import { describe, expect, it } from 'vitest';
import { decideMatches } from '../../../lib/match/decide-matches';
import { FIXED_THRESHOLDS as thresholds } from './fixed-thresholds';

const ranked = (...scores: Array<number | 'self'>) => scores.map((s) => (s === 'self' ? { score: 1, thisArticle: true } : { score: s, thisArticle: false }));
/** Every pair of candidates alike by `similarity`; every candidate's nearest other article at `nearest` (1: always something closer than the page). */
const relations = (similarity: number, nearest = 1) => ({ similarity: () => similarity, nearestOther: () => nearest });

describe('decideMatches', () => {
  it.each([
    ['absolute limits only (the leading candidates are not one story)', ranked(0.3, 0.28, 0.26, 0.2, 0.12, 0.1), 0, 1, ['same-story', 'same-story', 'same-story', 'related', 'related', 'unrelated']],
    ['the page itself stays this-article and is not part of the group', ranked('self', 0.24, 0.2, 0.09, 0.08), 0.25, 1, ['this-article', 'same-story', 'same-story', 'unrelated', 'unrelated']],
    ['a story group below the absolute limit', ranked(0.24, 0.2, 0.09, 0.08), 0.25, 1, ['same-story', 'same-story', 'unrelated', 'unrelated']],
    ['the same scores, candidates not one story', ranked(0.24, 0.2, 0.09, 0.08), 0.05, 1, ['related', 'related', 'unrelated', 'unrelated']],
    ['one candidate standing apart stays related', ranked('self', 0.24, 0.09, 0.08), 0.25, 1, ['this-article', 'related', 'unrelated', 'unrelated']],
    ['a mutual pair in a smooth ranking: the leading two only', ranked(0.2, 0.18, 0.17, 0.16), 0.3, 0.1, ['same-story', 'same-story', 'related', 'related']],
    ['a mutual pair past the page itself', ranked('self', 0.2, 0.18, 0.17), 0.3, 0.1, ['this-article', 'same-story', 'same-story', 'related']],
    ['the leading two with closer articles of their own stay related', ranked(0.2, 0.18, 0.17, 0.16), 0.3, 0.19, ['related', 'related', 'related', 'related']],
  ])('%s', (_case, candidates, similarity, nearest, decisions) => {
    expect(decideMatches(candidates, relations(similarity, nearest), thresholds)).toEqual(decisions);
  });

  it('asks similarity by rank in the given ranking, skipping the page itself', () => {
    const asked: Array<[number, number]> = [];
    decideMatches(ranked('self', 0.24, 0.2, 0.09), { similarity: (i, j) => (asked.push([i, j]), 0.25), nearestOther: () => 1 }, thresholds);
    expect(asked).toEqual([[1, 2]]);
  });

  it.each([
    ['asks the leading two, by rank past the page, for their nearest others', ranked('self', 0.2, 0.18, 0.17), [[1, 2], [2, 1]]],
    ['does not ask when the leading two are already same-story', ranked(0.3, 0.28, 0.1), []],
  ])('%s', (_case, candidates, expected) => {
    const asked: Array<[number, number]> = [];
    decideMatches(candidates, { similarity: () => 0.3, nearestOther: (i, besides) => (asked.push([i, besides]), 0) }, thresholds);
    expect(asked).toEqual(expected);
  });
});
