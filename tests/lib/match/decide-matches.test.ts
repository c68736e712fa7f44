import { describe, expect, it } from 'vitest';
import { decideMatches } from '../../../lib/match/decide-matches';

const thresholds = { sameStory: 0.26, related: 0.11, groupDrop: 0.8, groupJoin: 0.7, thisArticleContainment: 0.8, thisArticleCoverage: 0.5 };
const ranked = (...scores: Array<number | 'self'>) => scores.map((s) => (s === 'self' ? { score: 1, thisArticle: true } : { score: s, thisArticle: false }));

describe('decideMatches', () => {
  it.each([
    ['absolute limits only (the leading candidates are not one story)', ranked(0.3, 0.28, 0.26, 0.2, 0.12, 0.1), 0, ['same-story', 'same-story', 'same-story', 'related', 'related', 'unrelated']],
    ['the page itself stays this-article and is not part of the group', ranked('self', 0.24, 0.2, 0.09, 0.08), 0.25, ['this-article', 'same-story', 'same-story', 'unrelated', 'unrelated']],
    ['a story group below the absolute limit', ranked(0.24, 0.2, 0.09, 0.08), 0.25, ['same-story', 'same-story', 'unrelated', 'unrelated']],
    ['the same scores, candidates not one story', ranked(0.24, 0.2, 0.09, 0.08), 0.05, ['related', 'related', 'unrelated', 'unrelated']],
    ['one candidate standing apart stays related', ranked('self', 0.24, 0.09, 0.08), 0.25, ['this-article', 'related', 'unrelated', 'unrelated']],
  ])('%s', (_case, candidates, similarity, decisions) => {
    expect(decideMatches(candidates, () => similarity, thresholds)).toEqual(decisions);
  });

  it('asks similarity by rank in the given ranking, skipping the page itself', () => {
    const asked: Array<[number, number]> = [];
    decideMatches(ranked('self', 0.24, 0.2, 0.09), (i, j) => (asked.push([i, j]), 0.25), thresholds);
    expect(asked).toEqual([[1, 2]]);
  });
});
