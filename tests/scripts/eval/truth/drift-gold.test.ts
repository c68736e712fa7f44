import { describe, expect, it } from 'vitest';
import { factsOf, scoreDrift, type DriftGold } from '../../../../scripts/eval/truth/drift-gold';
import type { EngineItem } from '../../../../scripts/eval/truth/engine-items';

const gold = (drift: DriftGold['drift']): DriftGold => ({ pair: '2016-79bf99c6-fox-hpo', year: '2016', a: 'x', b: 'y', chosen: 'random', judged: { by: 't', date: '2026-12-03' }, drift, notNoted: 0 });
const item = (type: 'drift' | 'quote', aUnits: string[], bUnits: string[]): EngineItem => ({ id: `${aUnits}|${bUnits}`, pair: 'p', type, aUnits, bUnits, label: 'number', aText: '', bText: '', detail: '' });

describe('scoreDrift', () => {
  it.each([
    ['nothing judged, nothing listed', [], [], { gold: 0, goldFound: 0, facts: 0, factsFound: 0, engine: 0, engineTrue: 0, errors: [] }],
    ['found: the judged units are within the item\'s group', [{ a: 'p2s0', b: 'p0s0', kind: 'number' as const }], [item('drift', ['p1s0', 'p2s0'], ['p0s0'])], { gold: 1, goldFound: 1, facts: 1, factsFound: 1, engine: 1, engineTrue: 1, errors: [] }],
    ['missed: the item is on other units', [{ a: 'p2s0', b: 'p0s0', kind: 'date' as const }], [item('drift', ['p2s0'], ['p4s1'])], { gold: 1, goldFound: 0, facts: 1, factsFound: 0, engine: 1, engineTrue: 0, errors: ['missed drift p2s0|p0s0 (date)', 'false drift p2s0|p4s1'] }],
    ['a quote item on the same units is not a drift item', [{ a: 'p2s0', b: 'p0s0', kind: 'name' as const }], [item('quote', ['p2s0'], ['p0s0'])], { gold: 1, goldFound: 0, facts: 1, factsFound: 0, engine: 0, engineTrue: 0, errors: ['missed drift p2s0|p0s0 (name)'] }],
    ['one conflict in two sentence pairs, found in one: one fact found', [{ a: 'p0s0', b: 't', kind: 'number' as const }, { a: 'p0s0', b: 'p0s0', kind: 'number' as const }], [item('drift', ['p0s0'], ['p0s0'])], { gold: 2, goldFound: 1, facts: 1, factsFound: 1, engine: 1, engineTrue: 1, errors: ['missed drift p0s0|t (number)'] }],
    ['a false item where nothing was judged', [], [item('drift', ['t'], ['t'])], { gold: 0, goldFound: 0, facts: 0, factsFound: 0, engine: 1, engineTrue: 0, errors: ['false drift t|t'] }],
  ])('%s', (_name, drift, items, expected) => {
    expect(scoreDrift(gold(drift), items)).toEqual(expected);
  });
});

describe('factsOf', () => {
  it.each([
    ['none', [], []],
    ['apart', [{ a: 'p1s0', b: 'p2s0' }, { a: 'p3s0', b: 'p4s0' }], [1, 1]],
    ['sharing a unit of a', [{ a: 'p1s0', b: 'p2s0' }, { a: 'p1s0', b: 'p8s0' }], [2]],
    ['sharing a unit of b', [{ a: 'p0s0', b: 'p4s0' }, { a: 'p19s0', b: 'p4s0' }], [2]],
    ['a chain through both sides: one fact', [{ a: 'p0s0', b: 't' }, { a: 'p1s1', b: 'p0s0' }, { a: 'p0s0', b: 'p0s0' }, { a: 'p1s1', b: 't' }], [4]],
  ])('%s', (_name, drift, sizes) => {
    expect(factsOf(drift).map((f) => f.length).sort()).toEqual(sizes);
  });
});
