import { describe, expect, it } from 'vitest';
import { wordShingles } from '../../../lib/match/word-shingles';
import { couldBeNearDuplicate, isNearDuplicate } from '../../../lib/store/is-near-duplicate';
import { STORIES } from './helpers';

const story = `${STORIES[0]!.text}\n\n${STORIES[2]!.text}\n\n${STORIES[7]!.text}`;

describe('isNearDuplicate', () => {
  it.each([
    ['the same text', story, true],
    ['a line added at the end', `${story}\n\nUpdated at 10:42.`, true],
    ['other typesetting of the same words', story.replace(/'/g, '’').replace(/\n\n/g, '\n\n\n'), true],
    ['half of it', story.slice(0, story.length / 2), false],
    ["another outlet's write-up of the event", STORIES[1]!.text, false],
    ['an unrelated story', STORIES[6]!.text, false],
  ])('%s -> %s', (_case, other, expected) => {
    expect(isNearDuplicate(wordShingles(story), wordShingles(other))).toBe(expected);
    expect(isNearDuplicate(wordShingles(other), wordShingles(story))).toBe(expected);
  });

  it.each([
    ['equal counts', 100, 100, true],
    ['the smaller just 90 % of the larger', 90, 100, true],
    ['the smaller under 90 %', 89, 100, false],
    ['either order', 100, 89, false],
  ])('couldBeNearDuplicate: %s -> %s', (_case, a, b, expected) => {
    expect(couldBeNearDuplicate(a, b)).toBe(expected);
  });

  it('couldBeNearDuplicate never rules out a pair isNearDuplicate accepts', () => {
    const other = `${story}\n\nUpdated at 10:42.`;
    const [a, b] = [wordShingles(story), wordShingles(other)];
    expect(isNearDuplicate(a, b) && couldBeNearDuplicate(a.size, b.size)).toBe(true);
  });
});
