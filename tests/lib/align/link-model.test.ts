import { describe, expect, it } from 'vitest';
import { linkProbability } from '../../../lib/align/link-model';
import { LINK_MODEL_WEIGHTS } from '../../../lib/align/link-model-weights';
import { PAIR_FEATURES } from '../../../lib/align/pair-features';

const features = (values: Partial<Record<(typeof PAIR_FEATURES)[number], number>>) => PAIR_FEATURES.map((name) => values[name] ?? 0);

describe('linkProbability', () => {
  it('has one weight per feature', () => {
    expect(LINK_MODEL_WEIGHTS.weights).toHaveLength(PAIR_FEATURES.length);
  });

  it.each([
    ['two sentences saying the same thing', { dice: 1, containMin: 1, containMax: 1, logShared: 3, rareShared: 4, bestOfEither: 1, mutualBest: 1, logKeys: 2 }, (p: number) => p > 0.95],
    ['one shared common word', { dice: 0.1, containMin: 0.15, containMax: 0.08, logShared: 0.7, logKeys: 2 }, (p: number) => p < 0.1],
    ['nothing shared', {}, (p: number) => p < 0.01],
  ])('%s', (_name, values, check) => {
    const p = linkProbability(features(values));
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1);
    expect(check(p)).toBe(true);
  });

  it.each(['dice', 'containMin', 'containMax', 'logShared', 'rareShared', 'context', 'headlines'] as const)('more %s, more likely a link', (name) => {
    const base = { dice: 0.3, containMin: 0.4, containMax: 0.2, logShared: 1.5, logKeys: 2 };
    expect(linkProbability(features({ ...base, [name]: (base[name as keyof typeof base] ?? 0) + 1 }))).toBeGreaterThan(linkProbability(features(base)));
  });
});
