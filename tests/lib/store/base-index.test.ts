import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../lib/corpus/build-corpus';
import { baseIndex } from '../../../lib/store/base-index';
import { textKey } from '../../../lib/store/text-key';
import { BUNDLE, STORIES } from './helpers';

describe('baseIndex', () => {
  const base = baseIndex(BUNDLE.corpus);

  it('counts bundled articles per term from the shipped postings', () => {
    expect(base.df('pyongyang')).toBe(BUNDLE.corpus.postings.pyongyang!.length / 2);
    expect(base.df('pyongyang')).toBeGreaterThan(1);
    expect(base.df('constructor')).toBe(0);
  });

  it('knows the bundled ids and texts, and each article weights in term order', () => {
    const first = BUNDLE.corpus.articles[0]!;
    expect(base.ids.has(first.id)).toBe(true);
    expect(base.textKeys.has(textKey(first.text))).toBe(true);
    expect(base.weights).toHaveLength(BUNDLE.corpus.articles.length);
    for (const [term, weight] of base.weights[0]!) expect(BUNDLE.corpus.postings[term]).toContain(weight);
  });

  it('is made once per corpus, and another corpus has another fingerprint', () => {
    expect(baseIndex(BUNDLE.corpus)).toBe(base);
    expect(baseIndex(buildCorpus(STORIES)).fingerprint).not.toBe(base.fingerprint);
    expect(base.vocabulary).toEqual([...base.vocabulary].sort());
  });
});
