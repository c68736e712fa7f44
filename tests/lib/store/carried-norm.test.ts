import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleNorm } from '../../../lib/corpus/article-norm';
import { ExactSum } from '../../../lib/corpus/exact-sum';
import { inverseDocumentFrequency } from '../../../lib/corpus/inverse-document-frequency';
import { IDF_PRIOR_DOCUMENTS } from '../../../lib/corpus/term-weights';
import { carriedNorm, termSlope, type NormMoments } from '../../../lib/store/carried-norm';

/** What refresh-norms keeps of an article at corpus size n: its exact squares and its slope. */
function moments(weights: ReadonlyMap<string, number>, df: (term: string) => number, n: number): NormMoments {
  const squares = new ExactSum();
  let slope = 0;
  for (const [term, w] of weights) {
    const idf = inverseDocumentFrequency(df(term), n);
    squares.add((w * idf) ** 2);
    slope += w * w * termSlope(idf, df(term), n);
  }
  return { squares: squares.value(), slope };
}

/** An article of `terms` terms with weights and document frequencies spread as in news text. */
function article(terms: number, n: number): { weights: Map<string, number>; df: Map<string, number> } {
  const weights = new Map<string, number>();
  const df = new Map<string, number>();
  for (let i = 0; i < terms; i++) {
    weights.set(`t${i}`, Math.round(1000 * (0.2 + ((i * 37) % 100) / 60)) / 1000);
    df.set(`t${i}`, 1 + ((i * 7919) % Math.max(1, Math.floor(n / (1 + (i % 5))))));
  }
  return { weights, df };
}

/** The norm now by carriedNorm and by articleNorm, after `added` articles (or deletions, negative) of which one shares `shared` terms. */
function both(terms: number, n: number, added: number, shared: number): { carried: number | undefined; exact: number } {
  const { weights, df } = article(terms, n);
  const kept = moments(weights, (t) => df.get(t) as number, n);
  const change = (term: string) => (Number(term.slice(1)) < shared ? Math.sign(added) : 0);
  const dfNow = (term: string) => (df.get(term) as number) + change(term);
  return {
    carried: carriedNorm(kept, { weights, sizeThen: n, sizeNow: n + added, dfChange: change, dfNow }),
    exact: articleNorm(weights, dfNow, n + added),
  };
}

describe('termSlope', () => {
  it.each([
    ['a rare term in a small corpus', 3, 1, 100],
    ['a common term at 100,000', 0.7, 60_000, 100_000],
  ])('%s: idf over df + 0.5 + N + prior', (_name, idf, df, n) => {
    expect(termSlope(idf, df, n)).toBeCloseTo(idf / (df + 0.5 + n + IDF_PRIOR_DOCUMENTS), 15);
  });
});

describe('carriedNorm', () => {
  it.each([
    ['nothing changed', 220, 100_000, 0, 0],
    ['one save sharing no term', 220, 100_000, 1, 0],
    ['one save sharing 40 terms', 220, 100_000, 1, 40],
    ['a full index log of saves', 220, 100_000, 64, 40],
    ['one delete', 220, 100_000, -1, 40],
    ['a full log of deletes', 220, 100_000, -64, 40],
    ['a short article', 12, 100_000, 3, 5],
    ['a small store, one save', 220, 10_000, 1, 30],
  ])('%s: the norm articleNorm gives', (_name, terms, n, added, shared) => {
    const { carried, exact } = both(terms, n, added, shared);
    expect(carried).toBe(exact);
  });

  it.each([
    ['a change of half the corpus', 220, 1_000, 1_500],
    ['a change of half the corpus, deleted', 220, 1_000, -1_000],
  ])('settles nothing when the bounds cannot hold: %s', (_name, terms, n, added) => {
    expect(both(terms, n, added, 0).carried).toBeUndefined();
  });

  it('settles almost every norm at 100,000 articles after a few saves', () => {
    let settled = 0;
    for (let terms = 100; terms < 300; terms++) if (both(terms, 100_000, 5, 20).carried !== undefined) settled++;
    expect(settled).toBeGreaterThanOrEqual(190);
  });

  it('never gives a norm other than articleNorm’s (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 4000 }), fc.integer({ min: 1, max: 2000 }), fc.integer({ min: -3, max: 3 })), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 50, max: 200_000 }),
        fc.integer({ min: -80, max: 80 }),
        (terms, n, added) => {
          const weights = new Map(terms.map(([milli], i) => [`t${i}`, milli / 1000]));
          const dfThen = new Map(terms.map(([, df], i) => [`t${i}`, Math.min(df, n)]));
          const change = new Map(terms.map(([, , d], i) => [`t${i}`, Math.max(d, 1 - (dfThen.get(`t${i}`) as number))]));
          const kept = moments(weights, (t) => dfThen.get(t) as number, n);
          const dfNow = (t: string) => (dfThen.get(t) as number) + (change.get(t) as number);
          const carried = carriedNorm(kept, { weights, sizeThen: n, sizeNow: n + added, dfChange: (t) => change.get(t) as number, dfNow });
          if (carried !== undefined) expect(carried).toBe(articleNorm(weights, dfNow, n + added));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
