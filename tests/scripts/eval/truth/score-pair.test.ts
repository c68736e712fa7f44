import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../../lib/text/segment-sentences';
import type { Comparison, Group } from '../../../../lib/types';
import type { BasilArticle, BasilUnit } from '../../../../scripts/eval/truth/basil-article';
import type { EngineItem } from '../../../../scripts/eval/truth/engine-items';
import type { GoldPair } from '../../../../scripts/eval/truth/gold-types';
import { scorePair } from '../../../../scripts/eval/truth/score-pair';
import { unitsOf, unitsOfSentences } from '../../../../scripts/eval/truth/unit-map';

/** An article made the way loadBasilArticle makes one, from paragraphs of sentences. */
function basil(title: string, paragraphs: string[][]): BasilArticle {
  const units: BasilUnit[] = [{ id: 't', text: title, start: 0, end: title.length }];
  let text = '';
  paragraphs.forEach((p, i) => {
    if (text) text += '\n\n';
    p.forEach((s, j) => {
      if (j) text += ' ';
      units.push({ id: `p${i}s${j}`, text: s, start: text.length, end: text.length + s.length });
      text += s;
    });
  });
  return { file: 'x', year: '2010', source: 'fox', event: 'e', article: { id: 'x', outlet: 'x', title, text }, units };
}

const A = basil('Senate passes the bill', [['The Senate passed the bill on Monday.', 'It now goes to the House.'], ['Critics called it rushed.']]);
const B = basil('Bill clears the Senate', [['Senators approved the measure Monday.'], ['The governor praised it.']]);
const sa = segmentSentences(A.article);
const sb = segmentSentences(B.article);

const comparison = (groups: Group[]): Comparison =>
  ({ a: A.article, b: B.article, sentencesA: sa, sentencesB: sb, groups, quotes: [], drift: [], stats: {} }) as unknown as Comparison;
const group = (kind: Group['kind'], a: number[], b: number[]): Group => ({ kind, a, b, similarity: 0.5, tokens: [] });

const gold: GoldPair = {
  year: '2010', a: 'x', b: 'y', split: 'dev', judged: { by: 't', date: '2026-12-01' },
  links: [{ a: 't', b: 't', strength: 'must' }, { a: 'p0s0', b: 'p0s0', strength: 'must' }, { a: 'p0s1', b: 'p0s0', strength: 'may' }],
  only: { a: ['p1s0'], b: ['p1s0'] },
  quotes: [{ a: 'p0s0', b: 'p0s0', class: 'trimmed' }],
  drift: [],
};

describe('unitsOfSentences', () => {
  it('maps each engine sentence to the BASIL unit it covers (headline to t)', () => {
    expect(unitsOfSentences(A.units, sa)).toEqual([['t'], ['p0s0'], ['p0s1'], ['p1s0']]);
  });
  it.each([
    ['one sentence', [1], ['p0s0']],
    ['two sentences, in order, no repeats', [2, 1, 1], ['p0s1', 'p0s0']],
    ['none', [], []],
  ])('unitsOf: %s', (_, indices, expected) => {
    expect(unitsOf(unitsOfSentences(A.units, sa), indices)).toEqual(expected);
  });
});

describe('scorePair', () => {
  it.each([
    {
      name: 'everything right',
      groups: [group('reworded', [0], [0]), group('reworded', [1], [1]), group('reworded', [2], [1]), group('added', [3], []), group('omitted', [], [2])],
      expected: { mustLinks: 2, mustFound: 2, engineLinks: 3, engineLinksTrue: 3, engineOnly: 2, engineOnlyTrue: 2, goldOnly: 2 },
    },
    {
      name: 'nothing aligned: every unit claimed only one outlet',
      groups: [0, 1, 2, 3].map((i) => group('added', [i], [])).concat([0, 1, 2].map((j) => group('omitted', [], [j]))),
      expected: { mustLinks: 2, mustFound: 0, engineLinks: 0, engineLinksTrue: 0, engineOnly: 7, engineOnlyTrue: 2, goldOnly: 2 },
    },
    {
      name: 'a false link and a lost must',
      groups: [group('reworded', [0], [0]), group('reworded', [3], [1]), group('added', [1], []), group('added', [2], []), group('omitted', [], [2])],
      expected: { mustLinks: 2, mustFound: 1, engineLinks: 2, engineLinksTrue: 1, engineOnly: 3, engineOnlyTrue: 1, goldOnly: 2 },
    },
  ])('$name', ({ groups, expected }) => {
    expect(scorePair(gold, A, B, comparison(groups), [])).toMatchObject(expected);
  });

  const quote = (a: string, b: string, label: string): EngineItem => ({ id: `${a}|${b}`, pair: 'p', type: 'quote', aUnits: [a], bUnits: [b], label, aText: '', bText: '', detail: '' });
  it.each([
    ['found with the right class', [quote('p0s0', 'p0s0', 'trimmed')], [{ gold: 'trimmed', engine: 'trimmed' }]],
    ['found with another class', [quote('p0s0', 'p0s0', 'reworded')], [{ gold: 'trimmed', engine: 'reworded' }]],
    ['missed', [], [{ gold: 'trimmed', engine: 'none' }]],
    ['two different remarks paired', [quote('p0s0', 'p0s0', 'trimmed'), quote('p1s0', 'p1s0', 'reworded')], [{ gold: 'trimmed', engine: 'trimmed' }, { gold: 'different', engine: 'reworded' }]],
    ['one remark quoted in pieces, each piece paired', [quote('p0s0', 'p0s0', 'trimmed'), quote('p0s0', 'p0s0', 'identical')], [{ gold: 'trimmed', engine: 'trimmed' }]],
  ])('quotes: %s', (_, items, expected) => {
    expect(scorePair(gold, A, B, comparison([]), items).quotes).toEqual(expected);
  });

  it.each([
    ['none', [quote('p0s0', 'p0s0', 'trimmed')], 0],
    ['a second pair on the gold quote\'s units', [quote('p0s0', 'p0s0', 'trimmed'), quote('p0s0', 'p0s0', 'identical')], 1],
    ['a pair on other units is no piece', [quote('p0s0', 'p0s0', 'trimmed'), quote('p1s0', 'p0s0', 'identical')], 0],
  ])('quote pieces: %s', (_, items, expected) => {
    expect(scorePair(gold, A, B, comparison([]), items).quotePieces).toBe(expected);
  });

  it.each([
    ['a gold quote the engine did not pair is listed, with its class and speaker', { ...gold, quotes: [{ a: 'p0s0', b: 'p0s0', class: 'trimmed' as const, speaker: 'Reid' }] }, [], ['missed quote p0s0|p0s0 (trimmed, Reid)']],
    ['without a speaker', gold, [], ['missed quote p0s0|p0s0 (trimmed)']],
    ['one the engine paired is not', gold, [quote('p0s0', 'p0s0', 'reworded')], []],
  ])('errors: %s', (_, pair, items, expected) => {
    expect(scorePair(pair, A, B, comparison([]), items).errors.filter((e) => e.startsWith('missed quote'))).toEqual(expected);
  });

  it('drift: an engine item on units the gold has no drift for is false', () => {
    const item: EngineItem = { id: 'd', pair: 'p', type: 'drift', aUnits: ['p0s0'], bUnits: ['p0s0'], label: 'number', aText: '', bText: '', detail: '' };
    const withDrift = { ...gold, drift: [{ a: 'p0s0', b: 'p0s0', kind: 'date' as const, what: 'day' }] };
    expect(scorePair(gold, A, B, comparison([]), [item])).toMatchObject({ engineDrift: 1, engineDriftTrue: 0, goldDrift: 0 });
    expect(scorePair(withDrift, A, B, comparison([]), [item])).toMatchObject({ engineDrift: 1, engineDriftTrue: 1, goldDrift: 1, goldDriftFound: 1 });
  });

  it.each([
    ['found', true, []],
    ['missed, listed with its kind', false, ['missed drift p0s0|p0s0 (date)']],
  ])('drift the gold has: %s', (_, found, expected) => {
    const item: EngineItem = { id: 'd', pair: 'p', type: 'drift', aUnits: ['p0s0'], bUnits: ['p0s0'], label: 'date', aText: '', bText: '', detail: '' };
    const withDrift = { ...gold, drift: [{ a: 'p0s0', b: 'p0s0', kind: 'date' as const, what: 'day' }] };
    expect(scorePair(withDrift, A, B, comparison([]), found ? [item] : []).errors.filter((e) => e.includes('drift'))).toEqual(expected);
  });
});
