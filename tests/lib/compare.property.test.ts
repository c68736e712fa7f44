/**
 * Properties of the whole comparison pipeline (segmentation, alignment, word diff, classification) over
 * generated articles and mutated real ones (the bundled corpus): every sentence of both inputs is a
 * member of exactly one group; every link joins sentences that exist, at most three a sentence; tokens rebuild both sides of every group; compare(b, a) mirrors compare(a, b)
 * (groups, links and the sentences each drift compares);
 * the same input gives the same output; holding "only one outlet" claims back in the lead and beside covered
 * sentences only takes claims away, and changes nothing else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALIGN_THRESHOLDS } from '../../lib/align/thresholds';
import { compareArticles, groupMembers, groupText } from '../../lib/compare';
import { segmentSentences } from '../../lib/text/segment-sentences';
import type { Article, Comparison } from '../../lib/types';

const corpusDir = join(import.meta.dirname, '..', '..', 'corpus', 'articles');
const realSentences = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => segmentSentences({ title: '', text: readFileSync(join(corpusDir, f), 'utf8') }).map((s) => s.text))
  .filter((s) => s.length > 20);

const vocabulary = ['Putin', 'Kim', 'visit', 'the', 'of', 'border', 'troops', '24', 'years', 'said', 'defence', 'defense', 'Jong-un', 'Jong Un', '\u201Cwe', 'know\u201D', 'U.S.', 'Mr.', 'programme', 'program', ',', 'and', 'North', 'Korea', 'constructor', '__proto__', 'toString'];
const generatedSentence = fc
  .array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 14 })
  .chain((ws) => fc.constantFrom('.', '?', '!', '', '."').map((end) => ws.join(' ') + end));

/** A real sentence with words dropped, swapped or replaced, as another outlet might rewrite it. */
const mutatedSentence = fc
  .tuple(fc.constantFrom(...realSentences), fc.array(fc.tuple(fc.nat(60), fc.constantFrom('drop', 'swap', 'variant', 'quote', 'number')), { maxLength: 5 }))
  .map(([sentence, edits]) => {
    const ws = sentence.split(' ');
    for (const [at, edit] of edits) {
      const k = at % ws.length;
      if (edit === 'drop' && ws.length > 1) ws.splice(k, 1);
      else if (edit === 'swap' && k + 1 < ws.length) [ws[k], ws[k + 1]] = [ws[k + 1] as string, ws[k] as string];
      else if (edit === 'variant') ws[k] = (ws[k] as string).replace(/ence$/, 'ense').replace(/mme$/, 'm');
      else if (edit === 'quote') ws[k] = (ws[k] as string).replace(/[\u201C\u201D]/g, '"');
      else if (edit === 'number') ws[k] = (ws[k] as string).replace(/\d/g, '7');
    }
    return ws.join(' ');
  });

const sentence = fc.oneof(generatedSentence, mutatedSentence, fc.string({ maxLength: 40 }));
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(' '));
const article = (id: string) =>
  fc.record({ title: fc.oneof(fc.constant(''), sentence), paragraphs: fc.array(paragraph, { maxLength: 8 }) }).map(
    ({ title, paragraphs }): Article => ({ id, outlet: id, title, text: paragraphs.join('\n\n') }),
  );

/** Two articles on one story: b shares shuffled, mutated sentences of a plus its own. */
const pair = fc.oneof(
  fc.tuple(article('a'), article('b')),
  article('a').chain((a) =>
    fc.tuple(fc.constant(a), fc.shuffledSubarray(a.text.split('\n\n')), fc.array(paragraph, { maxLength: 3 })).map(
      ([x, kept, extra]): [Article, Article] => [x, { id: 'b', outlet: 'b', title: x.title, text: [...kept, ...extra].join('\n\n') }],
    ),
  ),
);

function accountsForEverySentence(c: Comparison) {
  const inA = c.groups.flatMap((g) => groupMembers(g).a).sort((x, y) => x - y);
  const inB = c.groups.flatMap((g) => groupMembers(g).b).sort((x, y) => x - y);
  expect(inA).toEqual(c.sentencesA.map((s) => s.index));
  expect(inB).toEqual(c.sentencesB.map((s) => s.index));
  for (const l of c.links) {
    expect(c.sentencesA[l.a]).toBeDefined();
    expect(c.sentencesB[l.b]).toBeDefined();
  }
  for (const side of ['a', 'b'] as const) {
    const perSentence = new Map<number, number>();
    for (const l of c.links) perSentence.set(l[side], (perSentence.get(l[side]) ?? 0) + 1);
    expect(Math.max(0, ...perSentence.values())).toBeLessThanOrEqual(3);
  }
}

function tokensRebuildBothSides(c: Comparison) {
  for (const g of c.groups) {
    // A partial group's tokens rebuild its own side only (the other side's sentences have groups of their own).
    if (g.kind !== 'partial' || g.side === 'a') expect(g.tokens.filter((t) => t.op !== 'insert').map((t) => t.text).join('')).toBe(groupText(c.sentencesA, g.a));
    if (g.kind !== 'partial' || g.side === 'b') expect(g.tokens.filter((t) => t.op !== 'delete').map((t) => t.text).join('')).toBe(groupText(c.sentencesB, g.b));
  }
}

const swapKind = { added: 'omitted', omitted: 'added', same: 'same', reworded: 'reworded', partial: 'partial', uncertain: 'uncertain' } as const;
const swapSide = { a: 'b', b: 'a' } as const;
function mirrors(c: Comparison, m: Comparison) {
  const key = (kind: string, a: number[], b: number[], side = '') => `${kind}|${a}|${b}|${side}`;
  expect(m.groups.map((g) => key(g.kind, g.a, g.b, g.side)).sort()).toEqual(c.groups.map((g) => key(swapKind[g.kind], g.b, g.a, g.side && swapSide[g.side])).sort());
  expect(m.links.map((l) => `${l.b}|${l.a}|${l.probability}`).sort()).toEqual(c.links.map((l) => `${l.a}|${l.b}|${l.probability}`).sort());
  expect(m.drift.map((d) => `${d.sentencesB}|${d.sentencesA}`).sort()).toEqual(c.drift.map((d) => `${d.sentencesA}|${d.sentencesB}`).sort());
}

const RUNS = Number(process.env.PROPERTY_RUNS ?? 3000);

describe('compareArticles properties', () => {
  it('has real sentences to mutate', () => {
    expect(realSentences.length).toBeGreaterThan(50);
  });

  it(`accounts for every sentence once, rebuilds texts from tokens, mirrors, is deterministic (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const c = compareArticles(a, b);
        accountsForEverySentence(c);
        tokensRebuildBothSides(c);
        mirrors(c, compareArticles(b, a));
        expect(JSON.stringify(compareArticles(a, b))).toBe(JSON.stringify(c));
      }),
      { numRuns: RUNS },
    );
    // A property run is not a speed test (npm run bench is): room for a loaded machine.
  }, 180_000);

  it(`the lead and neighbour rule only turns "only one outlet" claims into no claim (${RUNS / 3} cases)`, () => {
    const unruled = { thresholds: { ...ALIGN_THRESHOLDS, leadWords: 0, claimNeighbours: 0 } };
    const claim = (c: Comparison) => c.groups.filter((g) => g.kind === 'added' || g.kind === 'omitted').map((g) => `${g.a}|${g.b}`);
    let heldBack = 0;
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const ruled = compareArticles(a, b);
        const free = compareArticles(a, b, unruled);
        expect(claim(ruled).every((k) => claim(free).includes(k))).toBe(true);
        // Every other group is the same; a claim held back is the same sentence, shown uncertain.
        const key = (g: Comparison['groups'][number]) => `${g.kind === 'added' || g.kind === 'omitted' ? 'uncertain' : g.kind}|${g.a}|${g.b}|${g.side ?? ''}`;
        expect(ruled.groups.map(key).sort()).toEqual(free.groups.map(key).sort());
        heldBack += claim(free).length - claim(ruled).length;
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
    // The generated pairs do reach the rule (a property that never exercises it proves nothing).
    expect(heldBack).toBeGreaterThan(0);
  }, 180_000);
});
