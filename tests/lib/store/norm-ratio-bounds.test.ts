import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inverseDocumentFrequency as idf } from '../../../lib/corpus/inverse-document-frequency';
import { normRatioBounds } from '../../../lib/store/norm-ratio-bounds';
import { buildCorpus } from '../../../lib/corpus/build-corpus';

describe('normRatioBounds', () => {
  it.each([
    ['nothing changed: 1, within rounding slack', { sizeThen: 100_000, sizeNow: 100_000, dfRise: 0, dfFall: 0 }, [1 - 1e-8, 1 + 1e-8]],
    ['one save at 100,000: its rare terms lose up to 5 % of their IDF', { sizeThen: 100_000, sizeNow: 100_001, dfRise: 1, dfFall: 0 }, [0.95, 1.0001]],
    ['one delete: the terms it had gain some', { sizeThen: 100_000, sizeNow: 99_999, dfRise: 0, dfFall: 1 }, [0.9999, 1.06]],
    ['forty saves sharing a term: far looser', { sizeThen: 100_000, sizeNow: 100_040, dfRise: 40, dfFall: 0 }, [0.6, 1.001]],
    ['a small store moves more', { sizeThen: 20, sizeNow: 23, dfRise: 3, dfFall: 1 }, [0.7, 1.2]],
  ])('%s', (_name, change, [low, high]) => {
    const bounds = normRatioBounds(change);
    expect(bounds.low).toBeLessThanOrEqual(1);
    expect(bounds.high).toBeGreaterThanOrEqual(1);
    expect(bounds.low).toBeGreaterThanOrEqual(low as number);
    expect(bounds.high).toBeLessThanOrEqual(high as number);
  });

  it('holds every term\'s IDF ratio, and so every norm\'s, for any sizes, counts and changes (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300_000 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 6 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (sizeThen, adds, removals, where, moved) => {
          const dels = Math.min(removals, sizeThen - 1);
          const sizeNow = sizeThen + adds - dels;
          const bounds = normRatioBounds({ sizeThen, sizeNow, dfRise: adds, dfFall: dels });
          const df = 1 + Math.floor(where ** 3 * (sizeThen - 1));
          const dfNow = df + Math.round(moved * (adds + dels)) - dels;
          if (dfNow < 1) return;
          const r = idf(dfNow, sizeNow) / idf(df, sizeThen);
          expect(r).toBeGreaterThanOrEqual(bounds.low);
          expect(r).toBeLessThanOrEqual(bounds.high);
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('normRatioBounds on real norms', () => {
  // Short articles on a small vocabulary (names, numbers, words), so that changes move many counts.
  const WORDS = 'harbour fire council vote minister river flood storm court trial police school budget tax market bank Elwin Valdera Reis 2024 120 40'.split(' ');
  const article = fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 14 }).map((w) => `${w.join(' ')}.`);
  const dfOf = (corpus: ReturnType<typeof buildCorpus>) => new Map(Object.entries(corpus.postings).map(([term, list]) => [term, list.length / 2]));

  it('every article kept through adds and deletes has its norm now within the bounds of its norm then (both rounded, as the store keeps them)', () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 30 }), fc.array(article, { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 4 }), (kept, added, deletes) => {
        const before = kept.map((text, i) => ({ id: `k${i}`, outlet: 'X', title: '', text }));
        const gone = new Set(deletes.map((d) => `k${d % before.length}`));
        const after = [...before.filter((a) => !gone.has(a.id)), ...added.map((text, i) => ({ id: `n${i}`, outlet: 'X', title: '', text }))];
        const then = buildCorpus(before);
        const now = buildCorpus(after);
        const [dfThen, dfNow] = [dfOf(then), dfOf(now)];
        let rise = 0;
        let fall = 0;
        for (const term of new Set([...dfThen.keys(), ...dfNow.keys()])) {
          const change = (dfNow.get(term) ?? 0) - (dfThen.get(term) ?? 0);
          rise = Math.max(rise, change);
          fall = Math.max(fall, -change);
        }
        const { low, high } = normRatioBounds({ sizeThen: before.length, sizeNow: after.length, dfRise: rise, dfFall: fall });
        after.forEach((a, i) => {
          const j = before.findIndex((b) => b.id === a.id);
          if (j < 0) return;
          const [normThen, normNow] = [then.norms[j] as number, now.norms[i] as number];
          // What the pruned search bounds with: the least the rounded norm now can be, the most the true one can.
          expect(normNow).toBeGreaterThanOrEqual(low * (normThen - 0.0005) - 0.0005);
          expect(normNow - 0.0005).toBeLessThanOrEqual(high * (normThen + 0.0005));
        });
      }),
      { numRuns: 500 },
    );
  });
});
