import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordShingles } from '../../../lib/match/word-shingles';
import { couldBeNearDuplicate, couldBeNearDuplicateText, isNearDuplicate } from '../../../lib/store/is-near-duplicate';
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

  const counted = (text: string) => ({ text, shingles: wordShingles(text).size });
  it.each([
    ['the same text', true, story],
    ['a line added at the end', true, `${story}\n\nUpdated at 10:42.`],
    ['a line taken out', true, story.replace('Nobody was hurt, but 40 tonnes of grain were lost.', '')],
    ['half of it', true, story.slice(0, story.length / 2)],
    ["another outlet's write-up of the event", false, STORIES[1]!.text],
    ['an unrelated story', false, STORIES[6]!.text],
  ])('couldBeNearDuplicateText, a stored text that is %s -> %s', (_case, expected, stored) => {
    // Half of it is all in the story: only the story's side (isNearDuplicate) rules it out.
    expect(couldBeNearDuplicateText(wordShingles(story), counted(stored))).toBe(expected);
  });

  it('couldBeNearDuplicateText stops reading a text once its misses rule it out', () => {
    const asked: string[] = [];
    const shingles = wordShingles(story);
    const watched = { has: (s: string) => (asked.push(s), shingles.has(s)) } as unknown as ReadonlySet<string>;
    const unrelated = counted(`${STORIES[6]!.text} ${STORIES[5]!.text} ${STORIES[3]!.text}`);
    expect(couldBeNearDuplicateText(watched, unrelated)).toBe(false);
    // Each 4-gram is a miss: the share carried falls under 90 % at the first miss past a tenth.
    expect(asked.length).toBe(Math.floor(unrelated.shingles * 0.1) + 1);
  });

  it('couldBeNearDuplicateText is never false where isNearDuplicate is true (texts edited at random)', () => {
    // Long enough that a sentence dropped, added or moved leaves most pairs near-identical but not equal.
    const sentences = STORIES.map((s) => s.text)
      .join('\n\n')
      .split(/(?<=\.)\s+/);
    const edit = fc.record({ drop: fc.array(fc.nat(sentences.length - 1), { maxLength: 1 }), add: fc.array(fc.constantFrom(...STORIES.map((s) => s.text.split('.')[0] + '.')), { maxLength: 1 }), swap: fc.boolean() });
    let nearButEdited = 0;
    fc.assert(
      fc.property(edit, edit, (x, y) => {
        const apply = (e: typeof x) => {
          const kept = sentences.filter((_, i) => !e.drop.includes(i));
          if (e.swap && kept.length > 1) [kept[0], kept[1]] = [kept[1]!, kept[0]!];
          return [...kept, ...e.add].join(' ');
        };
        const [a, b] = [apply(x), apply(y)];
        if (!isNearDuplicate(wordShingles(a), wordShingles(b))) return;
        if (a !== b) nearButEdited++;
        expect(couldBeNearDuplicateText(wordShingles(a), counted(b))).toBe(true);
      }),
      { numRuns: 300 },
    );
    // The property was tested on copies that differ, not only on equal texts.
    expect(nearButEdited).toBeGreaterThan(100);
  });
});
