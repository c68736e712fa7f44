import { describe, expect, it } from 'vitest';
import { sentenceSimilarity } from '../../../lib/align/sentence-similarity';

describe('sentenceSimilarity', () => {
  it.each([
    ['spelling, case and inflection', 'The defence programmes are growing.', 'Defense programs grow.', 1],
    ['name variants', 'Kim Jong-un welcomed Putin.', 'Kim Jong Un welcomes Putin.', 1],
    ['function words do not count', 'Putin was in the city.', 'Putin is at a city.', 1],
    ['unrelated', 'Putin arrived in Pyongyang.', 'Markets set new record highs.', 0],
    ['empty', '', '', 0],
  ])('%s', (_name, a, b, expected) => {
    expect(sentenceSimilarity(a, b)).toBeCloseTo(expected, 10);
  });

  it('is higher for a paraphrase than for a sentence on another point of the story', () => {
    const a = 'The US and its allies accused North Korea of supplying Russia with weapons.';
    expect(sentenceSimilarity(a, 'North Korea was accused by the US and allies of supplying weapons to Russia.')).toBeGreaterThan(
      sentenceSimilarity(a, 'North Korea denied supplying anything to Russia, its ally.'),
    );
  });

  it('uses the weights it is given', () => {
    const heavyKim = (k: string) => (k === 'kim' ? 10 : 1);
    expect(sentenceSimilarity('Kim spoke.', 'Kim left.', heavyKim)).toBeGreaterThan(sentenceSimilarity('Kim spoke.', 'Kim left.'));
  });
});
