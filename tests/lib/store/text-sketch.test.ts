import { describe, expect, it } from 'vitest';
import { wordShingles } from '../../../lib/match/word-shingles';
import { SKETCH_SIZE, textSketch as sketchOf } from '../../../lib/store/text-sketch';
import { STORIES } from './helpers';

const textSketch = (text: string) => sketchOf(wordShingles(text));
const shared = (a: string[], b: string[]) => a.filter((h) => b.includes(h)).length;
const story = STORIES[0]!.text;

describe('textSketch', () => {
  it('keeps the smallest hashes, sorted, at most SKETCH_SIZE', () => {
    const sketch = textSketch(story);
    expect(sketch).toHaveLength(SKETCH_SIZE);
    expect(sketch).toEqual([...sketch].sort());
  });

  it.each([
    ['the same text', story, SKETCH_SIZE],
    ['the same text, a line added', `${story}\n\nUpdated at 10:42.`, SKETCH_SIZE - 3],
    ['another outlet on the same event', STORIES[1]!.text, 0],
  ])('%s shares at least %i values', (_case, other, atLeast) => {
    expect(shared(textSketch(story), textSketch(other))).toBeGreaterThanOrEqual(atLeast);
  });

  it('another story shares none', () => {
    expect(shared(textSketch(story), textSketch(STORIES[6]!.text))).toBe(0);
  });

  it('a short text has a short sketch', () => {
    expect(textSketch('Kim met Putin in Pyongyang on Wednesday.')).toHaveLength(4);
  });
});
