import { describe, expect, it } from 'vitest';
import { storyGroup } from '../../../lib/match/story-group';
import { FIXED_THRESHOLDS as thresholds } from './fixed-thresholds';

describe('storyGroup', () => {
  it.each([
    ['two write-ups standing apart, alike each other', [0.24, 0.2, 0.09, 0.08], 0.25, 2],
    ['three standing apart', [0.24, 0.22, 0.21, 0.1, 0.09], 0.3, 3],
    ['all standing apart at or above sameStory: a group whatever their similarity', [0.3, 0.28, 0.1], 0, 2],
    ['one candidate alone standing apart (a page whose event the corpus lacks)', [0.24, 0.09, 0.08], 0.25, 0],
    ['a steeper drop after the first does not hide the second', [0.4, 0.2, 0.1, 0.09], 0.3, 2],
    ['the page joins by its mean score, its weakest under groupJoin x cohesion', [0.24, 0.15, 0.07, 0.06], 0.25, 2],
    ['no steep drop: a smooth ranking of neighbours', [0.24, 0.22, 0.2, 0.19, 0.18], 0.25, 0],
    ['a drop beyond the four candidates looked at', [0.3, 0.29, 0.28, 0.27, 0.26, 0.05], 0.3, 0],
    ['the leading two are not one story', [0.24, 0.2, 0.09], 0.05, 0],
    ['the page far from a tight group (a different event of the same kind)', [0.15, 0.14, 0.05], 0.5, 0],
    ['the weakest member under related', [0.12, 0.1, 0.02], 0.12, 0],
    ['a single candidate', [0.3], 0.3, 0],
    ['no candidates', [], 0.3, 0],
  ])('%s -> %i', (_case, scores, similarity, size) => {
    expect(storyGroup(scores, () => similarity, thresholds, 4)).toBe(size);
  });

  it('measures cohesion from the first member to each other member', () => {
    const asked: Array<[number, number]> = [];
    storyGroup([0.24, 0.22, 0.21, 0.1], (i, j) => (asked.push([i, j]), 0.3), thresholds, 4);
    expect(asked).toEqual([
      [0, 1],
      [0, 2],
    ]);
  });
});
